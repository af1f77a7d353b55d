import { localized } from '../content/localized.ts'
import { dialogue } from '../content/dialogue.ts'
import { sentencesText } from '../content/sentences.ts'
import { findDelegation, findEvent, findPerson } from '../content/queries.ts'
import { LOCALES, type Delegation, type Locale, type Localized } from '../content/types.ts'
import { DEFAULT_LOCALE, INTL_TAG, langParam } from './locale.ts'
import { localeInfo } from './locales.ts'
import { messagesFor } from './i18n.ts'
import { previewCard } from './previewCard.ts'

// Everything a prerendered page says about itself before any script runs: which pages exist,
// their titles, descriptions, canonical and alternate addresses, link-preview tags, and the
// security policy. Pure functions of the content and one site setting, so the prerenderer,
// the unit tests and the browser tests all agree on what each page should carry.

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
  readonly kind: View['kind']
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
  /** An index route's page (/fr, /delegations), written as a folder's index.html too. */
  readonly folder: boolean
}

/** A view independent of language. */
export type View =
  | { readonly kind: 'timeline' }
  | { readonly kind: 'event'; readonly eventId: string }
  | { readonly kind: 'delegations' }
  | { readonly kind: 'delegation'; readonly delegationId: string }
  | { readonly kind: 'source' }

function viewPath(view: View): string {
  switch (view.kind) {
    case 'timeline':
      return ''
    case 'event':
      return `/events/${view.eventId}`
    case 'delegations':
      return '/delegations'
    case 'delegation':
      return `/delegations/${view.delegationId}`
    case 'source':
      return '/source'
  }
}

/** The default language lives at the unprefixed paths; the others under their table prefix. */
export function pathFor(view: View, locale: Locale): string {
  const segment = langParam(locale)
  const prefix = segment === undefined ? '' : `/${segment}`
  return `${prefix}${viewPath(view)}` || '/'
}

/**
 * The files a page is written to, relative to the output folder. Every page is `<path>.html`
 * (static hosts serve it for `/<path>`); a page that is also a folder (`/fr`, `/delegations`)
 * gets `<path>/index.html` too, so that `/fr/` works on hosts that only look for index.html.
 */
export function filesFor(page: Page): readonly string[] {
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

// ---- Titles and descriptions ----------------------------------------------------------

/** Longest description kept whole; search results and previews cut around here. */
const DESCRIPTION_MAX = 200

/** Shortens to whole sentences (or words) within `max` characters, marking any cut. */
export function clip(text: string, max = DESCRIPTION_MAX): string {
  // Runs of ordinary white space only: French keeps its narrow no-break spaces.
  const clean = text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max)
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'))
  if (sentenceEnd > max / 3) return head.slice(0, sentenceEnd + 1)
  const space = head.lastIndexOf(' ')
  return `${space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1)}…`
}

const DELEGATIONS_DESCRIPTION: Localized = localized('seo.DELEGATIONS_DESCRIPTION')

function delegationDescription(delegation: Delegation, locale: Locale): string {
  const chairs = delegation.coChairs
    .map((id) => findPerson(id)?.name[locale])
    .filter((name): name is string => name !== undefined)
  const name = delegation.name[locale]
  const n = delegation.members.length
  const t = messagesFor(locale)
  return t.delegationDescription(name, n, chairs.join(t.andJoiner), chairs.length)
}

const IMAGE_ALT: Localized = localized('seo.IMAGE_ALT')

/** The share image in public/: drawn once from scripts/og-image.svg (see README). */
export const SHARE_IMAGE = { path: '/og-image.png', width: 1200, height: 630 } as const

/** A page's own preview image, drawn at build time (scripts/og): `/og/fr/events/plenary.png`. */
export function previewImagePath(view: View, locale: Locale): string {
  return `/og/${locale}${viewPath(view) || '/index'}.png`
}

export interface PageMeta {
  readonly lang: string
  readonly title: string
  readonly description: string
  /** Absent on the not-found page, which stands for any missing address. */
  readonly canonical: string | undefined
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[]
  readonly ogLocale: string
  readonly ogLocaleAlternates: readonly string[]
  readonly siteName: string
  readonly image: string
  readonly imageAlt: string
}

/** What a page shows: a view, or the not-found page that stands for any missing address. */
export type Target = View | { readonly kind: 'not-found' }

function eventOf(eventId: string) {
  const event = findEvent(eventId)
  if (!event) throw new Error(`No event ${eventId}`)
  return event
}

function delegationOf(delegationId: string) {
  const delegation = findDelegation(delegationId)
  if (!delegation) throw new Error(`No delegation ${delegationId}`)
  return delegation
}

/** The same strings the components set as document.title, so hydration changes nothing. */
export function titleFor(target: Target, locale: Locale): string {
  const t = messagesFor(locale)
  switch (target.kind) {
    case 'not-found':
      return t.documentTitle(t.notFoundTitle)
    case 'timeline':
      return t.documentTitle(undefined)
    case 'event':
      return t.documentTitle(eventOf(target.eventId).title[locale])
    case 'delegations':
      return t.documentTitle(t.navDelegations)
    case 'delegation':
      return t.documentTitle(delegationOf(target.delegationId).name[locale])
    case 'source':
      return t.documentTitle(t.sourceTitle)
  }
}

export function descriptionFor(target: Target, locale: Locale): string {
  switch (target.kind) {
    case 'not-found':
      return messagesFor(locale).notFoundPage
    case 'timeline':
      return clip(sentencesText(dialogue.summary, locale))
    case 'event':
      return clip(sentencesText(eventOf(target.eventId).summary, locale))
    case 'delegations':
      return DELEGATIONS_DESCRIPTION[locale]
    case 'delegation':
      return delegationDescription(delegationOf(target.delegationId), locale)
    case 'source':
      return clip(messagesFor(locale).sourceIntro)
  }
}

export function pageMeta(config: SiteConfig, page: Page): PageMeta {
  return metaFor(config, page.view, page.locale)
}

/** The not-found page: one file for every missing address, so it names no canonical URL. */
export function notFoundMeta(config: SiteConfig): PageMeta {
  return metaFor(config, { kind: 'not-found' }, DEFAULT_LOCALE)
}

function metaFor(config: SiteConfig, target: Target, locale: Locale): PageMeta {
  const view = target.kind === 'not-found' ? undefined : target
  const alternates =
    view === undefined
      ? []
      : [
          ...LOCALES.map((l) => ({
            hreflang: INTL_TAG[l],
            href: absoluteUrl(config, pathFor(view, l)),
          })),
          { hreflang: 'x-default', href: absoluteUrl(config, pathFor(view, DEFAULT_LOCALE)) },
        ]
  return {
    lang: INTL_TAG[locale],
    title: titleFor(target, locale),
    description: descriptionFor(target, locale),
    canonical: view === undefined ? undefined : absoluteUrl(config, pathFor(view, locale)),
    alternates,
    ogLocale: localeInfo(locale).ogLocale,
    ogLocaleAlternates: LOCALES.filter((l) => l !== locale).map((l) => localeInfo(l).ogLocale),
    siteName: messagesFor(locale).siteTitle,
    // The not-found page stands for any address, so it keeps the site-wide image.
    image: absoluteUrl(config, view ? previewImagePath(view, locale) : SHARE_IMAGE.path),
    imageAlt: view ? previewCard(view, locale).alt : IMAGE_ALT[locale],
  }
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

/** The `<head>` tags that describe one page: title, description, addresses, previews. */
export function headTags(meta: PageMeta): string {
  const tag = (name: string, attrs: Record<string, string>) =>
    `<${name} ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
      .join(' ')} />`
  const property = (p: string, content: string) => tag('meta', { property: p, content })
  const named = (n: string, content: string) => tag('meta', { name: n, content })
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    named('description', meta.description),
    ...(meta.canonical ? [tag('link', { rel: 'canonical', href: meta.canonical })] : []),
    ...meta.alternates.map((a) =>
      tag('link', { rel: 'alternate', hreflang: a.hreflang, href: a.href }),
    ),
    property('og:type', 'website'),
    property('og:site_name', meta.siteName),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(meta.canonical ? [property('og:url', meta.canonical)] : []),
    property('og:locale', meta.ogLocale),
    ...meta.ogLocaleAlternates.map((l) => property('og:locale:alternate', l)),
    property('og:image', meta.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(SHARE_IMAGE.width)),
    property('og:image:height', String(SHARE_IMAGE.height)),
    property('og:image:alt', meta.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', meta.image),
    named('twitter:image:alt', meta.imageAlt),
  ]
  return lines.join('\n    ')
}

// ---- Security policy ------------------------------------------------------------------

/**
 * The Content-Security-Policy a page carries in a `<meta http-equiv>`. Only files from the
 * site's own origin load; no inline script at all. Inline `style` attributes in the
 * prerendered markup (the timeline spaces its items with `style="--gap:…"`) are allowed one
 * by one, by hash, rather than with 'unsafe-inline', and so is the one inlined stylesheet
 * (scripts/prerender.js puts it in each page's head); styles React sets later go through the
 * CSSOM, which the policy does not govern. `frame-ancestors`, `report-uri` and `sandbox` are
 * ignored in a meta element, so they belong in real headers (see README).
 */
export function contentSecurityPolicy(
  styleAttributeHashes: readonly string[],
  styleElementHashes: readonly string[] = [],
): string {
  const styleAttr =
    styleAttributeHashes.length === 0
      ? "'none'"
      : ["'unsafe-hashes'", ...styleAttributeHashes.map((h) => `'sha256-${h}'`)].join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
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
export function sitemapXml(config: SiteConfig, pages: readonly Page[]): string {
  const urls = pages.map((page) => {
    const meta = pageMeta(config, page)
    const links = meta.alternates
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
