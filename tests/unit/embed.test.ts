import { describe, expect, it } from 'vitest'
import { allEvents } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import {
  EMBED_SIZE,
  embedPathFor,
  embedSnippet,
  oEmbedFor,
  oEmbedLink,
} from '../../src/lib/embed.ts'
import { messages } from '../../src/lib/messages.ts'
import { oEmbedPath, SHARE_IMAGE, siteConfig, sitemapXml, type View } from '../../src/lib/seo.ts'
import { embedPages, sitePages } from '../../src/pages.ts'
import { headAt } from './heads.ts'

// The pages the route tree declares (src/pages.ts), as the prerenderer writes them.
const PAGES = await sitePages()
const EMBEDS = await embedPages()

const SITE = siteConfig({ SITE_ORIGIN: 'https://example.test', BASE_PATH: '/sub/' })

/** Each page's title, as its route's head declares it (the oEmbed files take it from there). */
const TITLES = new Map(
  await Promise.all(PAGES.map(async (p) => [p.path, (await headAt(p.path, SITE)).title] as const)),
)
function titleOf(path: string): string {
  const title = TITLES.get(path)
  if (title === undefined) throw new Error(`no page ${path}`)
  return title
}

/** The iframe's attributes, as an HTML parser reads them. */
function iframeOf(html: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const frame = doc.body.firstElementChild
  if (!(frame instanceof HTMLIFrameElement)) throw new Error(`not an iframe: ${html}`)
  expect(doc.body.children).toHaveLength(1)
  return frame
}

function isAbsoluteHttp(url: unknown): boolean {
  if (typeof url !== 'string') return false
  const parsed = new URL(url)
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.href === url
}

/**
 * What oEmbed 1.0 (https://oembed.com/, 2.3.4) requires of a response: `type` and `version`
 * "1.0"; for `rich`, `html`, `width` and `height` (whole pixels); the thumbnail's url, width
 * and height all together or not at all; and the optional text fields as strings.
 */
function oEmbedProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = []
  if (data.version !== '1.0') problems.push('version')
  if (!['photo', 'video', 'link', 'rich'].includes(String(data.type))) problems.push('type')
  if (data.type === 'rich' || data.type === 'video') {
    if (typeof data.html !== 'string') problems.push('html')
    for (const key of ['width', 'height']) {
      if (!Number.isInteger(data[key]) || (data[key] as number) <= 0) problems.push(key)
    }
  }
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter(
    (key) => key in data,
  )
  if (thumbnail.length !== 0 && thumbnail.length !== 3) problems.push('thumbnail fields')
  for (const key of ['title', 'provider_name', 'author_name']) {
    if (key in data && typeof data[key] !== 'string') problems.push(key)
  }
  for (const key of ['provider_url', 'author_url', 'thumbnail_url']) {
    if (key in data && !isAbsoluteHttp(data[key])) problems.push(key)
  }
  return problems
}

describe('embed addresses', () => {
  it('put /embed after the language, for the timeline and every event', () => {
    const plenary: View = { route: '/{-$lang}/events/$eventId', params: { eventId: 'plenary' } }
    expect(embedPathFor({ route: '/{-$lang}/' }, 'en')).toBe('/embed')
    expect(embedPathFor({ route: '/{-$lang}/' }, 'fr')).toBe('/fr/embed')
    expect(embedPathFor(plenary, 'en')).toBe('/embed/events/plenary')
    expect(embedPathFor(plenary, 'ja')).toBe('/ja/embed/events/plenary')
  })

  it('prerender one embed per timeline and event page, in every language, not in the sitemap', () => {
    const embeds = EMBEDS
    expect(embeds).toHaveLength(LOCALES.length * (1 + allEvents.length))
    expect(new Set(embeds.map((p) => p.path)).size).toBe(embeds.length)
    expect(embeds.every((p) => /^(\/(fr|ja))?\/embed(\/events\/[a-z0-9-]+)?$/.test(p.path))).toBe(
      true,
    )
    expect(sitemapXml(SITE, PAGES)).not.toContain('/embed')
  })

  it('head an embed page with noindex and the full page as canonical', async () => {
    const head = await headAt('/fr/embed/events/plenary', SITE)
    expect(head.robots).toBe('noindex')
    expect(head.canonical).toBe('https://example.test/sub/fr/events/plenary')
    expect(head.title).toBe(titleOf('/fr/events/plenary'))
    expect(head.markup).not.toContain('og:')
  })
})

describe('the snippet', () => {
  it('is one lazy, borderless, full-width iframe with a title', () => {
    const frame = iframeOf(
      embedSnippet({ src: 'https://example.test/embed?country=JP', title: 'Timeline' }),
    )
    expect(frame.getAttribute('src')).toBe('https://example.test/embed?country=JP')
    expect(frame.getAttribute('title')).toBe('Timeline')
    expect(frame.getAttribute('width')).toBe('100%')
    expect(frame.getAttribute('height')).toBe(String(EMBED_SIZE.height))
    expect(frame.getAttribute('style')).toBe('border:0')
    expect(frame.getAttribute('loading')).toBe('lazy')
  })

  it('escapes what it quotes, so no title or address can close the attribute', () => {
    const title = 'a "quoted" <b>title</b> & more'
    const src = 'https://example.test/embed?time=2023-01-18..2023-01-21&x="><script>'
    const frame = iframeOf(embedSnippet({ src, title }))
    expect(frame.getAttribute('title')).toBe(title)
    expect(frame.getAttribute('src')).toBe(src)
  })
})

describe('oEmbed', () => {
  it('gives every page a valid oEmbed 1.0 response that names it', () => {
    for (const page of PAGES) {
      const data = oEmbedFor(SITE, page, titleOf(page.path)) as unknown as Record<string, unknown>
      expect(oEmbedProblems(data), page.path).toEqual([])
      // Through JSON, as a consumer reads the file.
      expect(JSON.parse(JSON.stringify(data))).toEqual(data)
      expect(data.title).toBe(titleOf(page.path))
      expect(data.provider_name).toBe(messages[page.locale].siteTitle)
      expect(data.thumbnail_width).toBe(SHARE_IMAGE.width)
      expect(data.thumbnail_height).toBe(SHARE_IMAGE.height)
    }
  })

  it('is rich with the embed for the timeline and events, a link card for the rest', () => {
    for (const page of PAGES) {
      const data = oEmbedFor(SITE, page, titleOf(page.path))
      // The timeline and the events have an embed route of their own; the other pages none.
      const embedded = ['/{-$lang}/', '/{-$lang}/events/$eventId'].includes(page.view.route)
      expect(page.embeddable, page.path).toBe(embedded)
      if (embedded) {
        if (data.type !== 'rich') throw new Error(`${page.path} is not rich`)
        const frame = iframeOf(data.html)
        expect(frame.getAttribute('src')).toBe(
          `https://example.test/sub${embedPathFor(page.view, page.locale)}`,
        )
        expect(frame.getAttribute('title')).toBe(data.title)
        expect([data.width, data.height]).toEqual([EMBED_SIZE.width, EMBED_SIZE.height])
      } else {
        expect(data.type, page.path).toBe('link')
        expect(data).not.toHaveProperty('html')
      }
    }
  })

  it('lives beside the preview image, and every page head names it', () => {
    expect(oEmbedPath({ route: '/{-$lang}/' }, 'en')).toBe('/oembed/en/index.json')
    expect(
      oEmbedPath({ route: '/{-$lang}/events/$eventId', params: { eventId: 'plenary' } }, 'ja'),
    ).toBe('/oembed/ja/events/plenary.json')
    const paths = PAGES.map((p) => oEmbedPath(p.view, p.locale))
    expect(new Set(paths).size).toBe(paths.length)
    const page = PAGES.find((p) => p.path === '/ja/events/plenary')
    if (!page) throw new Error('no Japanese plenary page')
    const link = new DOMParser()
      .parseFromString(oEmbedLink(SITE, page, titleOf(page.path)), 'text/html')
      .querySelector('link')
    expect(link?.getAttribute('rel')).toBe('alternate')
    expect(link?.getAttribute('type')).toBe('application/json+oembed')
    expect(link?.getAttribute('href')).toBe(
      'https://example.test/sub/oembed/ja/events/plenary.json',
    )
    expect(link?.getAttribute('title')).toBe(titleOf('/ja/events/plenary'))
  })
})
