import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFeeds } from '../../src/lib/calendarFeed.ts'
import { absoluteUrl, filesFor, pathFor, SHARE_IMAGE } from '../../src/lib/seo.ts'
import {
  documentOf,
  expectedPaths,
  fileOf,
  manifest,
  OUT_DIR,
  pngHeader,
  read,
  SITE,
  textOf,
} from './site'

// What the build wrote, as a whole: one file per page (against a page list made from the
// content, not from the prerenderer's own list), the sitemap, robots.txt, the share image,
// the not-found page, the embeds and the calendar feeds.

const SHARE_PNG = { signature: 'PNG', width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }

describe('the files of the build', () => {
  it('are one page per view and language, as the content has them', () => {
    expect(manifest.pages.map((page) => page.path).sort()).toEqual(expectedPaths().sort())
  })

  it('include every page’s files, 404.html, sitemap.xml, robots.txt and the share image', () => {
    const files = manifest.pages.flatMap((page) => filesFor(page))
    expect(files).toEqual(expect.arrayContaining(['index.html', 'events/plenary.html']))
    expect(files).toEqual(expect.arrayContaining(['fr.html', 'fr/index.html', 'ja/source.html']))
    expect(files).toEqual(expect.arrayContaining(['delegations.html', 'delegations/index.html']))
    for (const file of [...files, '404.html', 'sitemap.xml', 'robots.txt', 'og-image.png']) {
      expect(existsSync(resolve(OUT_DIR, file)), file).toBe(true)
    }
  })

  it('write a folder page’s two files alike', () => {
    const folders = manifest.pages.filter((p) => filesFor(p).length === 2)
    // The delegations index, and the French and Japanese timelines, in each language.
    expect(folders.length).toBeGreaterThanOrEqual(3)
    for (const page of folders) {
      const [file = '', index = ''] = filesFor(page)
      expect(read(index), page.path).toBe(read(file))
    }
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('the sitemap lists every page with its language alternates', () => {
    const xml = read('sitemap.xml')
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs).toEqual(manifest.pages.map((page) => absoluteUrl(SITE, page.path)))
    expect([...locs].sort()).toEqual(
      expectedPaths()
        .map((p) => absoluteUrl(SITE, p))
        .sort(),
    )
    // Each URL names itself and the two other languages, plus the x-default.
    expect(xml.match(/<xhtml:link /g)).toHaveLength(manifest.pages.length * 4)
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="ja-JP" href="${absoluteUrl(SITE, '/ja/events/plenary')}"/>`,
    )
  })

  it('robots.txt lets every crawler in and names the sitemap', () => {
    const robots = read('robots.txt')
    expect(robots).toContain('User-agent: *')
    expect(robots).toContain(`Sitemap: ${absoluteUrl(SITE, '/sitemap.xml')}`)
  })
})

it('the share image is a 1200×630 PNG', () => {
  expect(pngHeader(readFileSync(resolve(OUT_DIR, 'og-image.png')))).toEqual(SHARE_PNG)
})

it('the not-found page says so and names no canonical address', () => {
  const document = documentOf('404.html')
  expect(document.title).toBe('Page not found · France–Japan Space Dialogue 2023')
  expect(document.querySelector('link[rel="canonical"]')).toBeNull()
  expect(textOf(document.querySelector('h1'))).toBe('Page not found')
  // It stands for any address: the app renders over it instead of hydrating one path.
  expect(document.querySelector('#root')?.hasAttribute('data-path')).toBe(false)
})

it('titles and addresses read as expected (spot checks, written by hand)', () => {
  const plenary = documentOf('fr/events/plenary.html')
  expect(plenary.title).toBe(
    'Séance plénière du dialogue spatial au SGDSN · Dialogue global franco-japonais sur l’espace (2023)',
  )
  expect(plenary.documentElement.lang).toBe('fr-FR')
  expect(plenary.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
    `${SITE.origin}${SITE.basePath}fr/events/plenary`,
  )
  expect(plenary.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(
    `${SITE.origin}${SITE.basePath}events/plenary`,
  )
  expect(plenary.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toMatch(
    /^Carte d’aperçu du lien\u202f: Séance plénière/,
  )
  const japan = documentOf('ja/delegations/jp.html')
  expect(japan.title).toMatch(/^日本代表団/)
  expect(japan.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('ja_JP')
  expect(
    documentOf('ja/events/plenary.html')
      .querySelector('meta[property="og:image:alt"]')
      ?.getAttribute('content'),
  ).toMatch(/^リンクプレビュー画像：国防・国家安全保障事務総局で宇宙対話の全体会合/)
})

describe('embed pages', () => {
  it('exist for the timeline and every event, in every language', () => {
    // Two embeddable views (the timeline and each event), three languages.
    expect(manifest.embedPages.length).toBeGreaterThanOrEqual(3 * 2)
    for (const page of manifest.embedPages)
      expect(existsSync(resolve(OUT_DIR, fileOf(page)))).toBe(true)
  })

  for (const page of manifest.embedPages) {
    it(`${page.path} is not indexed and names the full page as canonical`, () => {
      const document = documentOf(fileOf(page))
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        absoluteUrl(SITE, pathFor(page.view, page.locale)),
      )
    })
  }
})

function uids(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid)
}

it('the calendar feeds parse and keep the UIDs of another build', () => {
  const otherBuild = calendarFeeds(SITE, new Date('2000-01-01T00:00:00Z'))
  expect(otherBuild.length).toBeGreaterThan(0)
  for (const feed of otherBuild) {
    const built = uids(read(feed.file))
    expect(built.length, feed.file).toBeGreaterThan(0)
    expect(built, feed.file).toEqual(uids(feed.ics))
  }
})

it('no two pages, in any language, share a preview image', () => {
  const hashes = new Set(
    manifest.pages.map((page) => {
      const image = documentOf(fileOf(page))
        .querySelector('meta[property="og:image"]')
        ?.getAttribute('content')
      const file = new URL(image ?? '', SITE.origin).pathname.slice(SITE.basePath.length)
      return createHash('sha256')
        .update(readFileSync(resolve(OUT_DIR, file)))
        .digest('hex')
    }),
  )
  expect(hashes.size).toBe(manifest.pages.length)
})
