import type { RegisteredRouter } from '@tanstack/react-router'
import { LOCALES, type Locale } from '../content/types.ts'
import { DEFAULT_LOCALE, INTL_TAG, langParam } from './locale.ts'
import type { PreviewCard } from './previewCard.ts'

// What is site-wide about the prerendered pages: where the site lives and how a view's
// addresses are spelled (canonical, hreflang, preview image), the security policy, the
// sitemap and robots.txt. What each page says about itself (title, description) its route
// declares (src/lib/head.ts).

/** Where the site lives: `origin` without a trailing slash, `basePath` with both slashes. */
export interface SiteConfig {
  readonly origin: string
  readonly basePath: string
}

/** The address `npm start` serves, used when no origin is configured. */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173'

/**
 * Reads SITE_ORIGIN and BASE_PATH (the same BASE_PATH vite.config.ts uses for `base`).
 * Both are normalised here so that `https://x.org/`, `docs` and `/docs` all work.
 */
export function siteConfig(env: {
  readonly SITE_ORIGIN?: string | undefined
  readonly BASE_PATH?: string | undefined
}): SiteConfig {
  const origin = new URL(env.SITE_ORIGIN || DEFAULT_ORIGIN).origin
  const trimmed = (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')
  return { origin, basePath: trimmed === '' ? '/' : `/${trimmed}/` }
}

export interface Page {
  readonly locale: Locale
  /**
   * The path inside the site, without the base path: `/`, `/fr`, `/events/plenary`,
   * `/ja/delegations/jp`. It is what the router sees once the base path is taken off.
   */
  readonly path: string
  /** The same page in every language, by the same rules (the hreflang alternates). */
  readonly view: View
  /** An embed (/embed/…), rather than a page to index and share. */
  readonly embed: boolean
  /** A full page that has an embed of its own (its oEmbed is then a frame, not a link card). */
  readonly embeddable: boolean
  /** An index route's page (/fr, /delegations), written as a folder's index.html too. */
  readonly folder: boolean
  /** A full page's link-preview card, as its route declares it (none for an embed). */
  readonly card: PreviewCard | undefined
}

/**
 * A route's full path as the router spells it (`/{-$lang}/events/$eventId`), typed by the
 * registered route tree, so that a path no route has fails the type check.
 */
export type RoutePath = keyof RegisteredRouter['routesByPath'] & string

/**
 * A page independent of language: its route's path and its params (the language aside). The
 * route tree is the only table of paths: a view names a route, and the address is the route's
 * own path with the params put in.
 */
export interface View {
  readonly route: RoutePath
  readonly params?: Readonly<Record<string, string | undefined>>
}

/** The path of a view in a language: the route's path with its params, no trailing slash. */
function fillPath(view: View, lang: string | undefined): string {
  const segments = view.route.split('/').flatMap((segment) => {
    if (segment === '{-$lang}') return lang === undefined ? [] : [lang]
    if (!segment.startsWith('$')) return [segment]
    const value = view.params?.[segment.slice(1)]
    if (value === undefined) throw new Error(`${view.route} needs its ${segment} param`)
    return [encodeURIComponent(value)]
  })
  return segments.join('/').replace(/(.)\/$/, '$1') || '/'
}

/** The default language lives at the unprefixed paths; the others under their table prefix. */
export function pathFor(view: View, locale: Locale): string {
  return fillPath(view, langParam(locale))
}

/**
 * The files a page is written to, relative to the output folder. Every page is `<path>.html`
 * (static hosts serve it for `/<path>`); a page that is also a folder (`/fr`, `/delegations`)
 * gets `<path>/index.html` too, so that `/fr/` works on hosts that only look for index.html.
 */
export function filesFor(page: Pick<Page, 'path' | 'folder'>): readonly string[] {
  if (page.path === '/') return ['index.html']
  const rel = page.path.slice(1)
  return page.folder ? [`${rel}.html`, `${rel}/index.html`] : [`${rel}.html`]
}

/** An absolute address on the site for a path inside it. */
export function absoluteUrl(config: SiteConfig, path: string): string {
  return `${config.origin}${config.basePath}${path.replace(/^\//, '')}`
}

/** The path the browser shows for a page, base path included (what the router hydrates at). */
export function browserPath(config: SiteConfig, path: string): string {
  return `${config.basePath}${path.replace(/^\//, '')}`
}

/** The share image in public/: drawn once from scripts/og-image.svg (see docs/previews.md). */
export const SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const

/** A page's own preview image, drawn at build time (scripts/og): `/og/fr/events/plenary.png`. */
export function previewImagePath(view: View, locale: Locale): string {
  const path = fillPath(view, undefined)
  return `/og/${locale}${path === '/' ? '/index' : path}.png`
}

/** Where a page's oEmbed file lives, beside its preview image: `/oembed/fr/events/plenary.json`. */
export function oEmbedPath(view: View, locale: Locale): string {
  return previewImagePath(view, locale)
    .replace(/^\/og\//, '/oembed/')
    .replace(/\.png$/, '.json')
}

/** The same view in every language, and the default one for any other (hreflang). */
export function alternatesFor(
  config: SiteConfig,
  view: View,
): readonly { readonly hreflang: string; readonly href: string }[] {
  return [
    ...LOCALES.map((l) => ({ hreflang: INTL_TAG[l], href: absoluteUrl(config, pathFor(view, l)) })),
    { hreflang: 'x-default', href: absoluteUrl(config, pathFor(view, DEFAULT_LOCALE)) },
  ]
}

// ---- Markup ---------------------------------------------------------------------------

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// ---- Security policy ------------------------------------------------------------------

/**
 * The Content-Security-Policy a page carries in a `<meta http-equiv>`. Only files from the
 * site's own origin load, and one inline script: the boot script (src/boot.ts), which the
 * build writes into the page (vite.config.ts, paintFirst) so that starting the app costs no
 * request before the first paint; it is allowed by the hash of its text. Inline `style` attributes in the
 * prerendered markup (the timeline spaces its items with `style="--gap:…"`) are allowed one
 * by one, by hash, rather than with 'unsafe-inline', and so is the one inlined stylesheet
 * (scripts/prerender.js puts it in each page's head); styles React sets later go through the
 * CSSOM, which the policy does not govern. `frame-ancestors`, `report-uri` and `sandbox` are
 * ignored in a meta element, so they belong in real headers (see docs/deploy.md).
 */
export function contentSecurityPolicy(
  styleAttributeHashes: readonly string[],
  styleElementHashes: readonly string[] = [],
  scriptElementHashes: readonly string[] = [],
): string {
  const styleAttr =
    styleAttributeHashes.length === 0
      ? "'none'"
      : ["'unsafe-hashes'", ...styleAttributeHashes.map((h) => `'sha256-${h}'`)].join(' ')
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptElementHashes.map((h) => `'sha256-${h}'`)].join(' '),
    ["style-src 'self'", ...styleElementHashes.map((h) => `'sha256-${h}'`)].join(' '),
    `style-src-attr ${styleAttr}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // No string ever becomes HTML or script through a DOM sink (innerHTML and the like):
    // tests/e2e/trusted-types.spec.ts walks every page and interaction with no violation.
    "require-trusted-types-for 'script'",
  ].join('; ')
}

/** Sends only the origin to other sites, and nothing when leaving HTTPS for HTTP. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin'

// ---- Sitemap and robots ---------------------------------------------------------------

/** The sitemap of the full pages (src/pages.ts lists them from the route tree). */
export function sitemapXml(
  config: SiteConfig,
  pages: readonly Pick<Page, 'path' | 'view'>[],
): string {
  const urls = pages.map((page) => {
    const links = alternatesFor(config, page.view)
      .map(
        (a) =>
          `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}"/>`,
      )
      .join('\n')
    return `  <url>\n    <loc>${escapeHtml(absoluteUrl(config, page.path))}</loc>\n${links}\n  </url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

/** public/robots.txt with the sitemap's address added (it must be absolute). */
export function robotsTxt(config: SiteConfig, base: string): string {
  const kept = base
    .split('\n')
    .filter((line) => !/^sitemap:/i.test(line.trim()))
    .join('\n')
    .trimEnd()
  return `${kept}\n\nSitemap: ${absoluteUrl(config, '/sitemap.xml')}\n`
}
