import type { StaticDataRouteOption } from '@tanstack/react-router'
import { localized } from '../content/localized.ts'
import { LOCALES, type Locale, type Localized } from '../content/types.ts'
import { interfaceText } from './i18n.ts'
import { localeInfo } from '../core/locales.ts'
import type { Messages } from './messages.ts'
import { fullViewOf } from './embed.ts'
import type { PreviewCard } from './previewCard.ts'
import {
  absoluteUrl,
  alternatesFor,
  escapeHtml,
  pathFor,
  previewImagePath,
  SHARE_IMAGE,
  type RoutePath,
  type SiteConfig,
  type View,
} from './seo.ts'

// A page's head, as its route declares it with TanStack Router's `head` option: the route
// states its own title and description (from its messages and content), and these helpers
// add what every page carries by the same rules: canonical and hreflang addresses, link
// previews, `noindex` for embeds. The prerenderer writes the deepest match's head into the
// page's <head> (src/entry-server.tsx), and the app sets the tab title from the same
// declaration after each navigation (src/components/DocumentTitle.tsx).

/** What a route says about one of its pages, in the page's language. */
export interface OwnHead {
  readonly title: string
  readonly description: string
}

type Meta =
  | { readonly title: string }
  | { readonly name: string; readonly content: string }
  | { readonly property: string; readonly content: string }

interface Link {
  readonly rel: string
  readonly href: string
  readonly hreflang?: string
}

/** The router's `head` result: tags as data, written out by the prerenderer only. */
export interface Head {
  readonly meta: Meta[]
  readonly links: Link[]
}

/** What a route's `head` is given, read through what every route's match shares. */
interface HeadMatch {
  readonly context: { readonly locale: Locale; readonly site: SiteConfig }
  /** The route's own path, as the router spells it: the page's address once filled in. */
  readonly fullPath: string
  readonly params: object
  readonly staticData: StaticDataRouteOption
}

/**
 * In the browser's bundle a head is only read for the tab's title (DocumentTitle): the
 * prerenderer has written the rest into each page, and the routes' `staticData`, with their
 * preview cards, is left out of that bundle (vite.config.ts). Everywhere else (the
 * prerenderer, the dev server, the tests) heads are whole. Checked inline so that the
 * bundle drops the link-preview and address builders along with it.
 */
const TITLE_ONLY = import.meta.env !== undefined && import.meta.env.BROWSER_BUNDLE === true

function titleOnly(title: string): Head {
  return { meta: [{ title }], links: [] }
}

/**
 * A leaf route's head. `own` gives the page's title and description, or nothing when the
 * route found nothing at this address (its loader threw notFound): the not-found head then.
 * The addresses come from the route's own path and params; the preview card, or that the page
 * is an embed, from the route's own `staticData.prerender`.
 */
export function pageHead(
  match: HeadMatch,
  own: (t: Messages, locale: Locale) => OwnHead | undefined,
): Head {
  const { locale, site } = match.context
  const stated = own(interfaceText(locale), locale)
  if (TITLE_ONLY) return titleOnly(stated?.title ?? notFoundTitle(locale))
  const spec = match.staticData.prerender
  if (!spec) throw new Error('A page head needs its route to declare staticData.prerender')
  if (!stated) return notFoundHead(site, locale)
  // The router only calls a route's head with its own path and params.
  const params = match.params as Readonly<Record<string, string>>
  const view: View = { route: match.fullPath as RoutePath, params }
  return spec.page
    ? fullHead(site, view, locale, stated, spec.page.card(params, locale))
    : embedHead(site, fullViewOf(view), locale, stated)
}

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

const IMAGE_ALT: Localized = localized('seo.IMAGE_ALT')

function previewTags(
  locale: Locale,
  own: OwnHead,
  image: { readonly url: string; readonly alt: string },
  canonical: string | undefined,
): Meta[] {
  const t = interfaceText(locale)
  return [
    { property: 'og:type', content: 'website' },
    { property: 'og:site_name', content: t.siteTitle },
    { property: 'og:title', content: own.title },
    { property: 'og:description', content: own.description },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    { property: 'og:locale', content: localeInfo(locale).ogLocale },
    ...LOCALES.filter((l) => l !== locale).map((l) => ({
      property: 'og:locale:alternate',
      content: localeInfo(l).ogLocale,
    })),
    { property: 'og:image', content: image.url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(SHARE_IMAGE.width) },
    { property: 'og:image:height', content: String(SHARE_IMAGE.height) },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: own.title },
    { name: 'twitter:description', content: own.description },
    { name: 'twitter:image', content: image.url },
    { name: 'twitter:image:alt', content: image.alt },
  ]
}

/** A page to index and share: its addresses in every language and its own preview image. */
function fullHead(
  site: SiteConfig,
  view: View,
  locale: Locale,
  own: OwnHead,
  card: PreviewCard,
): Head {
  const canonical = absoluteUrl(site, pathFor(view, locale))
  const image = { url: absoluteUrl(site, previewImagePath(view, locale)), alt: card.alt }
  return {
    meta: [
      { title: own.title },
      { name: 'description', content: own.description },
      ...previewTags(locale, own, image, canonical),
    ],
    links: [
      { rel: 'canonical', href: canonical },
      ...alternatesFor(site, view).map((a) => ({ rel: 'alternate', ...a })),
    ],
  }
}

/**
 * An embed: no link-preview tags or alternates (it is not a page to share or to index),
 * `noindex`, and a canonical address that is the full page's, so search engines and anyone
 * reading the source find the page it stands for.
 */
function embedHead(site: SiteConfig, view: View, locale: Locale, own: OwnHead): Head {
  return {
    meta: [
      { title: own.title },
      { name: 'description', content: own.description },
      { name: 'robots', content: 'noindex' },
    ],
    links: [{ rel: 'canonical', href: absoluteUrl(site, pathFor(view, locale)) }],
  }
}

/**
 * The head of an address no page claims (the root route declares it, 404.html carries it):
 * it stands for any address, so it names no canonical URL and keeps the site-wide image.
 */
export function notFoundHead(site: SiteConfig, locale: Locale): Head {
  if (TITLE_ONLY) return titleOnly(notFoundTitle(locale))
  const t = interfaceText(locale)
  const own = { title: notFoundTitle(locale), description: t.notFoundPage }
  const image = { url: absoluteUrl(site, SHARE_IMAGE.path), alt: IMAGE_ALT[locale] }
  return {
    meta: [
      { title: own.title },
      { name: 'description', content: own.description },
      ...previewTags(locale, own, image, undefined),
    ],
    links: [],
  }
}

/** The title of any not-found view: 404.html's, and the tab's wherever an address is not found. */
export function notFoundTitle(locale: Locale): string {
  const t = interfaceText(locale)
  return t.documentTitle(t.notFoundTitle)
}

/** The title a head declares, if it declares one. */
export function headTitle(head: { readonly meta?: readonly unknown[] }): string | undefined {
  for (const tag of head.meta ?? []) {
    if (typeof tag === 'object' && tag !== null && 'title' in tag && typeof tag.title === 'string')
      return tag.title
  }
  return undefined
}

/** The description a head declares, if it declares one. */
export function headDescription(head: { readonly meta?: readonly unknown[] }): string | undefined {
  for (const tag of head.meta ?? []) {
    if (typeof tag === 'object' && tag !== null && 'name' in tag && tag.name === 'description')
      return 'content' in tag && typeof tag.content === 'string' ? tag.content : undefined
  }
  return undefined
}

/**
 * A head as markup for the page's <head>: the page's own words first (title, description,
 * robots), then its addresses, then its previews, one tag a line.
 */
export function headMarkup(head: {
  readonly meta?: readonly unknown[]
  readonly links?: readonly unknown[]
}): string {
  const attributes = (tag: object) =>
    Object.entries(tag)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
      .join(' ')
  const meta = (head.meta ?? []).filter((tag): tag is object => typeof tag === 'object' && !!tag)
  const own = (tag: object) =>
    'name' in tag && (tag.name === 'description' || tag.name === 'robots')
  const title = headTitle(head)
  return [
    ...(title === undefined ? [] : [`<title>${escapeHtml(title)}</title>`]),
    ...meta.filter(own).map((tag) => `<meta ${attributes(tag)} />`),
    ...(head.links ?? [])
      .filter((tag): tag is object => typeof tag === 'object' && !!tag)
      .map((tag) => `<link ${attributes(tag)} />`),
    ...meta
      .filter((tag) => !own(tag) && !('title' in tag))
      .map((tag) => `<meta ${attributes(tag)} />`),
  ].join('\n    ')
}
