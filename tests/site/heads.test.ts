import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import postcss, { type AtRule } from 'postcss'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/content/types.ts'
import { findEvent } from '../../src/content/queries.ts'
import { INTL_TAG } from '../../src/lib/locale.ts'
import { localeInfo } from '../../src/core/locales.ts'
import { absoluteUrl, alternatesFor, previewImagePath, SHARE_IMAGE } from '../../src/lib/seo.ts'
import { declaredHead, documentOf, fileOf, manifest, OUT_DIR, pngHeader, read, SITE } from './site'

// What each page's head says about it, for every page the build wrote: title, description,
// addresses, previews, its oEmbed and structured data, its feed, and its security policy.

/** Each selector of each style rule with its at-rules and declarations, as one text. */
function rulesOf(css: string): string[] {
  const found: string[] = []
  postcss.parse(css).walkRules((rule) => {
    const context: string[] = []
    for (let at = rule.parent; at && at.type === 'atrule'; at = at.parent)
      context.unshift(`@${(at as AtRule).name} ${(at as AtRule).params}`)
    const body = rule.nodes.map(String).join(';')
    for (const selector of rule.selectors) found.push(`${context.join(' ')} ${selector}{${body}}`)
  })
  return found
}

const attr = (document: Document, selector: string, name = 'content') =>
  document.querySelector(selector)?.getAttribute(name) ?? null

/** The head as a crawler or a link preview reads it. */
function head(document: Document) {
  const meta = (selector: string) => attr(document, selector)
  return {
    lang: document.documentElement.lang,
    title: document.title,
    description: meta('meta[name="description"]'),
    canonical: attr(document, 'link[rel="canonical"]', 'href'),
    alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({
      hreflang: l.getAttribute('hreflang'),
      href: l.getAttribute('href'),
    })),
    og: {
      title: meta('meta[property="og:title"]'),
      description: meta('meta[property="og:description"]'),
      url: meta('meta[property="og:url"]'),
      image: meta('meta[property="og:image"]'),
      locale: meta('meta[property="og:locale"]'),
    },
    twitter: {
      card: meta('meta[name="twitter:card"]'),
      title: meta('meta[name="twitter:title"]'),
      image: meta('meta[name="twitter:image"]'),
    },
  }
}

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

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

for (const locale of LOCALES) {
  it(`no two ${locale} pages share a title`, () => {
    const pages = manifest.pages.filter((p) => p.locale === locale)
    const titles = new Set(pages.map((page) => documentOf(fileOf(page)).title))
    expect(titles.size).toBe(pages.length)
  })
}

describe.each(manifest.pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const file = fileOf(page)

  it('has its own title, description, addresses and preview tags', () => {
    const { title, description } = declaredHead(path)
    const canonical = absoluteUrl(SITE, path)
    const image = absoluteUrl(SITE, previewImagePath(page.view, page.locale))
    expect(head(documentOf(file))).toEqual({
      lang: INTL_TAG[page.locale],
      title,
      description,
      canonical,
      alternates: alternatesFor(SITE, page.view),
      og: { title, description, url: canonical, image, locale: localeInfo(page.locale).ogLocale },
      twitter: { card: 'summary_large_image', title, image },
    })
  })

  it('names its own 1200×630 preview image, which exists, with a localised description', () => {
    const document = documentOf(file)
    expect(attr(document, 'meta[property="og:image:alt"]')).toBe(page.card?.alt)
    expect(attr(document, 'meta[property="og:image:width"]')).toBe(String(SHARE_IMAGE.width))
    expect(attr(document, 'meta[property="og:image:height"]')).toBe(String(SHARE_IMAGE.height))
    const png = readFileSync(resolve(OUT_DIR, previewImagePath(page.view, page.locale).slice(1)))
    expect(pngHeader(png)).toEqual({
      signature: 'PNG',
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
    })
  })

  it('names an oEmbed file that parses and names this page', () => {
    const link = documentOf(file).querySelector(
      'head link[rel="alternate"][type="application/json+oembed"]',
    )
    const href = link?.getAttribute('href') ?? ''
    const at = new URL(href)
    expect(at.origin).toBe(SITE.origin)
    const data = JSON.parse(read(at.pathname.slice(SITE.basePath.length))) as Record<
      string,
      unknown
    >
    const { title } = declaredHead(path)
    expect(data.title).toBe(title)
    expect(link?.getAttribute('title')).toBe(title)
    expect(data.version).toBe('1.0')
    const embeddable = ['/{-$lang}/', '/{-$lang}/events/$eventId'].includes(page.view.route)
    expect(data.type).toBe(embeddable ? 'rich' : 'link')
    if (embeddable) expect(String(data.html)).toMatch(/^<iframe src="[^"]+\/embed[^"]*" title="/)
  })

  it('links its language’s calendar feed in the head', () => {
    expect(attr(documentOf(file), 'head link[rel="alternate"][type="text/calendar"]', 'href')).toBe(
      absoluteUrl(SITE, `/calendar/${page.locale}.ics`),
    )
  })

  it('carries JSON-LD that parses, naming its own event on an event page', () => {
    const scripts = [
      ...documentOf(file).querySelectorAll('script[type="application/ld+json"]'),
    ].map((script) => JSON.parse(script.textContent ?? '') as unknown)
    if (page.view.route !== '/{-$lang}/events/$eventId') return
    const event = findEvent(page.view.params?.eventId ?? '')
    expect(
      documentOf(file).querySelectorAll('head script[type="application/ld+json"]'),
    ).toHaveLength(1)
    expect(scripts[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event?.title[page.locale],
      url: absoluteUrl(SITE, path),
    })
  })

  it('is styled by one inline stylesheet, with no request for one, holding every rule its markup uses', () => {
    const document = documentOf(file)
    expect(document.querySelectorAll('head > style')).toHaveLength(1)
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0)
    // The inline rules are the page's part of the whole stylesheet, which the boot script adds
    // before the app renders: each class of the page that the whole stylesheet styles is
    // styled inline too, and the inline text adds no rule of its own.
    const html = read(file)
    const inline = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const href = document.querySelector<HTMLScriptElement>('script[data-style]')?.dataset.style
    expect(href).toMatch(/^\/assets\/style-[\w-]+\.css$/)
    const stylesheet = read((href ?? '').slice(SITE.basePath.length))
    const markup = html.replace(/<style>[\s\S]*?<\/style>/, '')
    const used = new Set(
      [...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ')),
    )
    const wholeRules = rulesOf(stylesheet)
    const inlineRules = new Set(rulesOf(inline))
    // A rule whose classes (outside :not(), :is()… and [attributes]) all appear in the page.
    const applies = (rule: string) =>
      [
        ...rule
          .replace(/\{.*$/, '')
          .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
          .matchAll(/\.(_[\w-]+)/g),
      ].every((m) => used.has(m[1] ?? ''))
    expect(wholeRules.filter((rule) => applies(rule) && !inlineRules.has(rule))).toEqual([])
    const whole = new Set(wholeRules)
    expect([...inlineRules].filter((rule) => !whole.has(rule))).toEqual([])
  })

  it('carries a strict policy before anything loads, allowing exactly its inline code', () => {
    const html = read(file)
    const document = documentOf(file)
    const headHtml = html.slice(0, html.indexOf('</head>'))
    // The policy applies only to what comes after it: it must precede every script and link.
    const policyAt = headHtml.indexOf('http-equiv="Content-Security-Policy"')
    expect(policyAt).toBeGreaterThan(0)
    expect(policyAt).toBeLessThan(headHtml.search(/<script|<link/))
    expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin" />')
    // One inline script, the boot script, allowed by the hash of its text; any other script
    // would be a same-origin file. JSON-LD is data, which browsers never execute.
    const scripts = [...document.querySelectorAll('script')].filter(
      (script) => script.type !== 'application/ld+json',
    )
    const inline = scripts.filter((script) => !script.hasAttribute('src'))
    expect(inline).toHaveLength(1)
    expect(inline[0]?.type).toBe('module')
    expect(inline[0]?.getAttribute('data-entry')).toMatch(/^\/[^/]/)
    for (const script of scripts.filter((s) => s.hasAttribute('src')))
      expect(script.getAttribute('src')).toMatch(/^\/[^/]/)

    const policy = parsePolicy(attr(document, 'meta[http-equiv="Content-Security-Policy"]') ?? '')
    expect(policy.get('script-src')).toEqual(["'self'", sha256(inline[0]?.textContent ?? '')])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"])
    // Every inline stylesheet and style attribute is allowed by its hash, or the browser
    // would refuse it and report a violation on load.
    const styleSrc = policy.get('style-src') ?? []
    const stylesheets = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    expect(stylesheets).toHaveLength(document.querySelectorAll('style').length)
    for (const [, text = ''] of stylesheets) expect(styleSrc).toContain(sha256(text))
    const styleAttr = policy.get('style-src-attr') ?? []
    for (const element of document.querySelectorAll('[style]'))
      expect(styleAttr, element.outerHTML.slice(0, 80)).toContain(
        sha256(element.getAttribute('style') ?? ''),
      )
    for (const [name, sources] of policy) {
      for (const source of sources) {
        // Only keywords, hashes, and data: images; never a host or a scheme wildcard.
        const allowed =
          /^'(self|none|unsafe-hashes|sha256-[A-Za-z0-9+/]+=*)'$/.test(source) ||
          (name === 'img-src' && source === 'data:') ||
          (name === 'require-trusted-types-for' && source === "'script'")
        expect(allowed, `${name} ${source}`).toBe(true)
      }
    }
  })
})
