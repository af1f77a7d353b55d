import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { allEvents } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import { INTL_TAG } from '../../src/lib/locale.ts'
import { localeInfo } from '../../src/core/locales.ts'
import { absoluteUrl, alternatesFor, filesFor, previewImagePath } from '../../src/lib/seo.ts'
import { expect, test } from './fixtures'
import {
  allowDocument404,
  declaredHead,
  writtenPages,
  pngHeader,
  SHARE_PNG,
  SITE,
  STATIC_URL,
  waitForApp,
} from './static-host'

// What each prerendered file says about itself: title, description, addresses, previews and
// security policy, read from the files the build wrote and served by the plain static server.

test.use({ baseURL: STATIC_URL })

const OUT_DIR = resolve(process.env.OUT_DIR || 'dist')

test('the build writes a file for every page, plus 404.html, sitemap.xml and robots.txt', () => {
  const files = writtenPages().flatMap((page) => filesFor(page))
  // In each language: the timeline, each event, both panels and their index, the release.
  expect(writtenPages()).toHaveLength(LOCALES.length * (allEvents.length + 5))
  for (const file of [...files, '404.html', 'sitemap.xml', 'robots.txt', 'og-image.png']) {
    expect(existsSync(resolve(OUT_DIR, file)), file).toBe(true)
  }
  expect(files).toEqual(expect.arrayContaining(['index.html', 'events/plenary.html']))
  expect(files).toEqual(expect.arrayContaining(['fr.html', 'fr/index.html', 'ja/source.html']))
  expect(files).toEqual(expect.arrayContaining(['delegations.html', 'delegations/index.html']))
})

test('sitemap.xml lists every page with its language alternates; robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
  expect(locs).toEqual(writtenPages().map((page) => absoluteUrl(SITE, page.path)))
  // Each URL names itself and the two other languages, plus the x-default.
  expect(xml.match(/<xhtml:link /g)).toHaveLength(writtenPages().length * 4)
  expect(xml).toContain(
    `<xhtml:link rel="alternate" hreflang="ja-JP" href="${absoluteUrl(SITE, '/ja/events/plenary')}"/>`,
  )

  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('User-agent: *')
  expect(robots).toContain(`Sitemap: ${absoluteUrl(SITE, '/sitemap.xml')}`)
})

test('the share image is a 1200×630 PNG', async ({ request }) => {
  const response = await request.get(`${SITE.basePath}og-image.png`.replace(/^\/+/, '/'))
  expect(response.headers()['content-type']).toBe('image/png')
  const png = await response.body()
  expect(pngHeader(png)).toEqual(SHARE_PNG)
})

/** The head of the page as served, before any script could change it. */
async function head(page: Page) {
  const meta = (selector: string) => page.locator(selector).getAttribute('content')
  return {
    lang: await page.locator('html').getAttribute('lang'),
    title: await page.title(),
    description: await meta('meta[name="description"]'),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    alternates: await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
      ),
    og: {
      title: await meta('meta[property="og:title"]'),
      description: await meta('meta[property="og:description"]'),
      url: await meta('meta[property="og:url"]'),
      image: await meta('meta[property="og:image"]'),
      locale: await meta('meta[property="og:locale"]'),
    },
    twitter: {
      card: await meta('meta[name="twitter:card"]'),
      title: await meta('meta[name="twitter:title"]'),
      image: await meta('meta[name="twitter:image"]'),
    },
  }
}

test.describe('each page as served, without scripts', () => {
  test.use({ javaScriptEnabled: false })

  for (const locale of LOCALES) {
    test(`every ${locale} page has its own title, description, addresses and preview tags`, async ({
      page,
    }) => {
      const titles = new Set<string>()
      for (const entry of writtenPages().filter((p) => p.locale === locale)) {
        // The title and description the page's route declares; the addresses by the site's rules.
        const { title, description } = declaredHead(entry.path)
        const canonical = absoluteUrl(SITE, entry.path)
        const image = absoluteUrl(SITE, previewImagePath(entry.view, locale))
        const response = await page.goto(`${SITE.basePath}${entry.path.slice(1)}`)
        expect(response?.status(), entry.path).toBe(200)
        expect(await head(page), entry.path).toEqual({
          lang: INTL_TAG[locale],
          title,
          description,
          canonical,
          alternates: alternatesFor(SITE, entry.view),
          og: { title, description, url: canonical, image, locale: localeInfo(locale).ogLocale },
          twitter: { card: 'summary_large_image', title, image },
        })
        titles.add(title)
      }
      // No two pages of a language share a title.
      expect(titles.size).toBe(writtenPages().filter((p) => p.locale === locale).length)
    })
  }

  test('titles and addresses read as expected (spot checks)', async ({ page }) => {
    await page.goto(`${SITE.basePath}fr/events/plenary`)
    await expect(page).toHaveTitle(
      'Séance plénière du dialogue spatial au SGDSN · Dialogue global franco-japonais sur l’espace (2023)',
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE.origin}${SITE.basePath}fr/events/plenary`,
    )
    await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute(
      'href',
      `${SITE.origin}${SITE.basePath}events/plenary`,
    )

    await page.goto(`${SITE.basePath}ja/delegations/jp`)
    await expect(page).toHaveTitle(/^日本代表団/)
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP')
  })

  test('the not-found page says so and names no canonical address', async ({ page, problems }) => {
    const response = await page.goto(`${SITE.basePath}events/no-such-event`)
    expect(response?.status()).toBe(404)
    await expect(page).toHaveTitle('Page not found · France–Japan Space Dialogue 2023')
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    allowDocument404(problems)
  })
})

/** Directive name → its sources, from a policy string. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

test.describe('security policy', () => {
  test('every page carries a strict policy before anything loads, and one inline script, by hash', () => {
    for (const entry of writtenPages()) {
      const html = readFileSync(resolve(OUT_DIR, filesFor(entry)[0] ?? ''), 'utf8')
      const headHtml = html.slice(0, html.indexOf('</head>'))
      // The policy applies only to what comes after it: it must precede every script and link.
      const policyAt = headHtml.indexOf('http-equiv="Content-Security-Policy"')
      expect(policyAt, entry.path).toBeGreaterThan(0)
      expect(policyAt).toBeLessThan(headHtml.search(/<script|<link/))
      expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin" />')
      // One inline script, the boot script, allowed by the hash of its text; any other script
      // would be a same-origin file. JSON-LD is data, which browsers never execute.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attributes]) => attributes !== ' type="application/ld+json"',
      )
      const inline = scripts.filter(([, attributes]) => !/ src="/.test(attributes ?? ''))
      expect(
        inline.map(([, attributes]) => attributes),
        entry.path,
      ).toEqual([expect.stringMatching(/^ type="module" data-entry="\/[^/]/)])
      for (const [, attributes] of scripts) {
        if (/ src="/.test(attributes ?? '')) expect(attributes).toMatch(/ src="\/[^/]/)
      }
      const bootHash = createHash('sha256')
        .update(inline[0]?.[2] ?? '', 'utf8')
        .digest('base64')

      const policy = parsePolicy(
        /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '',
      )
      expect(policy.get('script-src'), entry.path).toEqual(["'self'", `'sha256-${bootHash}'`])
      expect(policy.get('default-src')).toEqual(["'self'"])
      expect(policy.get('object-src')).toEqual(["'none'"])
      expect(policy.get('require-trusted-types-for')).toEqual(["'script'"])
      for (const [name, sources] of policy) {
        for (const source of sources) {
          // Only keywords, hashes, and data: images; never a host or a scheme wildcard.
          const allowed =
            /^'(self|none|unsafe-hashes|sha256-[A-Za-z0-9+/]+=*)'$/.test(source) ||
            (name === 'img-src' && source === 'data:') ||
            (name === 'require-trusted-types-for' && source === "'script'")
          expect(allowed, `${entry.path}: ${name} ${source}`).toBe(true)
        }
      }
    }
  })

  test('a violation listener hears nothing while reading and moving around', async ({ page }) => {
    // Opens every page in turn and waits for each to hydrate: minutes on a busy machine.
    test.setTimeout(180_000)
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
      })
    })
    const violations = () =>
      page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations)

    for (const entry of writtenPages()) {
      await page.goto(`${SITE.basePath}${entry.path.slice(1)}`)
      await waitForApp(page)
      expect(await violations(), entry.path).toEqual([])
    }
    // Moving between views in the app renders new markup (and style attributes) client-side.
    await page.goto(`${SITE.basePath}events/plenary`)
    await waitForApp(page)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Delegations' })
      .click()
    await expect(page).toHaveURL(/\/delegations$/)
    await page.getByRole('link', { name: 'Timeline' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
    await page
      .getByRole('list', { name: 'Show events for' })
      .getByRole('link', { name: /^Japan/ })
      .click()
    await expect(page).toHaveURL(/\?country=JP$/)
    expect(await violations()).toEqual([])
  })
})
