import { describe, expect, it } from 'vitest'
import { allEvents } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import { messages } from '../../src/lib/messages.ts'
import { clip, headMarkup } from '../../src/lib/head.ts'
import {
  absoluteUrl,
  browserPath,
  contentSecurityPolicy,
  filesFor,
  pathFor,
  robotsTxt,
  siteConfig,
  sitemapXml,
} from '../../src/lib/seo.ts'
import { sitePages } from '../../src/pages.ts'
import { headAt } from './heads.ts'

// The pages the route tree declares (src/pages.ts), as the prerenderer writes them.
const PAGES = await sitePages()

const ROOT = siteConfig({ SITE_ORIGIN: 'https://timeline.example' })
const SUB = siteConfig({ SITE_ORIGIN: 'https://someone.github.io/', BASE_PATH: 'space-dialogue' })

describe('site setting', () => {
  it('normalises the origin and the base path', () => {
    expect(ROOT).toEqual({ origin: 'https://timeline.example', basePath: '/' })
    expect(SUB).toEqual({ origin: 'https://someone.github.io', basePath: '/space-dialogue/' })
    expect(siteConfig({ BASE_PATH: '/a/b/' }).basePath).toBe('/a/b/')
    expect(siteConfig({}).origin).toBe('http://127.0.0.1:4173')
  })

  it('builds addresses under the base path', () => {
    expect(absoluteUrl(ROOT, '/')).toBe('https://timeline.example/')
    expect(absoluteUrl(SUB, '/fr/events/plenary')).toBe(
      'https://someone.github.io/space-dialogue/fr/events/plenary',
    )
    expect(browserPath(SUB, '/')).toBe('/space-dialogue/')
    expect(browserPath(SUB, '/ja')).toBe('/space-dialogue/ja')
  })
})

describe('pages and files', () => {
  const pages = PAGES

  it('lists every view in every language, English unprefixed', () => {
    expect(pages).toHaveLength(LOCALES.length * (allEvents.length + 6))
    const paths = pages.map((p) => p.path)
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/fr', '/ja', '/events/plenary', '/ja/events/plenary']),
    )
    expect(paths).toEqual(
      expect.arrayContaining(['/delegations', '/delegations/fr', '/fr/delegations/jp']),
    )
    expect(paths).toEqual(expect.arrayContaining(['/source', '/fr/source', '/ja/source']))
    expect(paths).toEqual(expect.arrayContaining(['/rounds', '/fr/rounds', '/ja/rounds']))
    expect(new Set(paths).size).toBe(paths.length)
    expect(
      pathFor({ route: '/{-$lang}/events/$eventId', params: { eventId: 'plenary' } }, 'fr'),
    ).toBe('/fr/events/plenary')
    // The route's own path, filled in, is the address the router builds for every page.
    for (const page of pages) expect(pathFor(page.view, page.locale)).toBe(page.path)
  })

  it('writes name.html for every page and name/index.html for folders, never twice', () => {
    const byPath = new Map(pages.map((p) => [p.path, filesFor(p)]))
    expect(byPath.get('/')).toEqual(['index.html'])
    expect(byPath.get('/fr')).toEqual(['fr.html', 'fr/index.html'])
    expect(byPath.get('/delegations')).toEqual(['delegations.html', 'delegations/index.html'])
    expect(byPath.get('/events/plenary')).toEqual(['events/plenary.html'])
    expect(byPath.get('/ja/delegations/jp')).toEqual(['ja/delegations/jp.html'])
    const files = pages.flatMap((p) => filesFor(p))
    expect(new Set(files).size).toBe(files.length)
    expect(files).not.toContain('404.html')
  })
})

describe('titles and descriptions', () => {
  it('are the ones the routes declare', async () => {
    expect((await headAt('/', ROOT)).title).toBe('France–Japan Space Dialogue 2023: timeline')
    expect((await headAt('/events/plenary', ROOT)).title).toBe(
      'Plenary of the space dialogue at the SGDSN · France–Japan Space Dialogue 2023',
    )
    expect((await headAt('/fr/delegations/fr', ROOT)).title).toBe(
      messages.fr.documentTitle('Délégation française'),
    )
    expect((await headAt('/ja/nope', ROOT)).title).toBe(
      messages.ja.documentTitle(messages.ja.notFoundTitle),
    )
    expect((await headAt('/events/nope', ROOT)).title).toBe(
      messages.en.documentTitle(messages.en.notFoundTitle),
    )
  })

  it('are unique within a language and short enough for previews', async () => {
    for (const locale of LOCALES) {
      const pages = PAGES.filter((p) => p.locale === locale)
      const heads = await Promise.all(pages.map((p) => headAt(p.path, ROOT)))
      const descriptions = heads.map((h) => h.description ?? '')
      expect(new Set(heads.map((h) => h.title)).size).toBe(pages.length)
      expect(new Set(descriptions).size).toBe(pages.length)
      for (const d of descriptions) {
        expect(d.length).toBeGreaterThan(40)
        expect(d.length).toBeLessThanOrEqual(260)
      }
    }
  })

  it('clips at a sentence, else at a word, and marks a cut', () => {
    expect(clip('Short.')).toBe('Short.')
    expect(clip('One two three. Four five six seven eight.', 30)).toBe('One two three.')
    expect(clip('alpha beta gamma delta epsilon zeta eta theta', 20)).toBe('alpha beta gamma…')
    expect(clip('文'.repeat(30) + '。' + '字'.repeat(30), 40)).toBe(`${'文'.repeat(30)}。`)
  })
})

describe('head tags', () => {
  it('give each page its canonical, alternates and preview tags', async () => {
    const head = await headAt('/ja/events/plenary', SUB)
    expect(head.canonical).toBe('https://someone.github.io/space-dialogue/ja/events/plenary')
    expect(head.alternates).toEqual([
      { hreflang: 'en-GB', href: 'https://someone.github.io/space-dialogue/events/plenary' },
      { hreflang: 'fr-FR', href: 'https://someone.github.io/space-dialogue/fr/events/plenary' },
      { hreflang: 'ja-JP', href: 'https://someone.github.io/space-dialogue/ja/events/plenary' },
      { hreflang: 'x-default', href: 'https://someone.github.io/space-dialogue/events/plenary' },
    ])
    expect(head.markup).toContain(`<title>${head.title}</title>`)
    expect(head.markup).toContain(
      '<meta property="og:image" content="https://someone.github.io/space-dialogue/og/ja/events/plenary.png" />',
    )
    expect(head.markup).toContain('<meta property="og:image:width" content="1200" />')
    expect(head.meta('og:image:alt')).toContain('国防・国家安全保障事務総局で宇宙対話の全体会合')
    expect(head.markup).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(head.markup).toContain('<meta property="og:locale" content="ja_JP" />')
  })

  it('write the page’s own words, then its addresses, then its previews', async () => {
    const tags = (await headAt('/fr/source', ROOT)).markup
      .split('\n')
      .map((line) => /^<(\w+)( \w+="[^"]*")?/.exec(line.trim())?.slice(1, 3).join('') ?? line)
    expect(tags.slice(0, 3)).toEqual(['title', 'meta name="description"', 'link rel="canonical"'])
    expect(tags.at(-1)).toBe('meta name="twitter:image:alt"')
  })

  it('escape what they quote', () => {
    const html = headMarkup({
      meta: [{ title: 'A "quoted" <b>&</b>' }, { name: 'description', content: "l'été" }],
    })
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;</title>')
    expect(html).toContain('content="l&#39;été"')
  })

  it('name no canonical or alternates for the not-found page', async () => {
    const head = await headAt('/404', ROOT)
    expect(head.routeId).toBe('__root__')
    expect(head.canonical).toBeUndefined()
    expect(head.alternates).toEqual([])
    expect(head.meta('og:image')).toBe('https://timeline.example/og-image.png')
  })
})

describe('security policy', () => {
  it('allows scripts from the site only, and an inline one only by its hash', () => {
    const policy = contentSecurityPolicy([])
    expect(policy).toContain("script-src 'self';")
    expect(contentSecurityPolicy([], [], ['boot='])).toContain("script-src 'self' 'sha256-boot=';")
    expect(policy).toContain("style-src-attr 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toMatch(/https?:/)
  })

  it('allows the inlined stylesheet by its hash, not any inline style', () => {
    const policy = contentSecurityPolicy([], ['xyz='])
    expect(policy).toContain("style-src 'self' 'sha256-xyz='")
    expect(contentSecurityPolicy([])).toContain("style-src 'self';")
  })

  it('allows the prerendered style attributes one by one, by hash', () => {
    expect(contentSecurityPolicy(['abc=', 'def='])).toContain(
      "style-src-attr 'unsafe-hashes' 'sha256-abc=' 'sha256-def='",
    )
  })
})

describe('sitemap and robots', () => {
  it('lists every page with its alternates', () => {
    const xml = sitemapXml(ROOT, PAGES)
    expect(xml.match(/<url>/g)).toHaveLength(PAGES.length)
    expect(xml).toContain('<loc>https://timeline.example/fr/delegations/jp</loc>')
    expect(xml.match(/hreflang="x-default"/g)).toHaveLength(PAGES.length)
  })

  it('adds the sitemap to robots.txt, replacing any earlier line', () => {
    expect(robotsTxt(SUB, 'User-agent: *\nAllow: /\nSitemap: https://old/sitemap.xml\n')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://someone.github.io/space-dialogue/sitemap.xml\n',
    )
  })
})
