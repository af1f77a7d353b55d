import { messagesFor } from './i18n.ts'
import {
  absoluteUrl,
  escapeHtml,
  pathFor,
  oEmbedPath,
  previewImagePath,
  SHARE_IMAGE,
  type Page,
  type RoutePath,
  type SiteConfig,
  type View,
} from './seo.ts'
import type { Locale } from '../content/types.ts'

// Embeds (/embed/…): the snippet the "Embed" action copies and the oEmbed file each page
// names in its head, so that a CMS given a page's address can fetch the same snippet.

/**
 * The frame's size. Full width of the column it is pasted into; tall enough for the axis and
 * the start of the open event at a typical article width (the frame scrolls for the rest).
 * oEmbed wants whole pixels for both, so its width is a typical article column.
 */
export const EMBED_SIZE = { width: 800, height: 720 } as const

/**
 * The embed of a view: the same route path with `/embed` after the language
 * (`/{-$lang}/events/$eventId` → `/{-$lang}/embed/events/$eventId`), whether or not the route
 * tree has one; src/pages.ts marks the pages whose embed it has (`Page.embeddable`).
 */
export function embedViewOf(view: View): View {
  const route = view.route.replace(/^\/\{-\$lang\}/, '/{-$lang}/embed') as RoutePath
  return { ...view, route }
}

/** The full page an embed stands for (its canonical address): the inverse of embedViewOf. */
export function fullViewOf(view: View): View {
  const route = view.route.replace(/^\/\{-\$lang\}\/embed(?=\/|$)/, '/{-$lang}') as RoutePath
  return { ...view, route }
}

/** `/embed`, `/fr/embed/events/plenary`: the full page's path with `/embed` after the language. */
export function embedPathFor(view: View, locale: Locale): string {
  return pathFor(embedViewOf(view), locale)
}

/**
 * The `<iframe>` to paste: `src` is an absolute embed address (search params included, as the
 * reader's view has them), `title` names the frame for screen readers in the page's language.
 * Lazy, borderless, full width.
 */
export function embedSnippet({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_SIZE.height}" style="border:0" loading="lazy"></iframe>`
}

/** The oEmbed 1.0 response (https://oembed.com/, section 2.3.4) this site writes per page. */
export type OEmbed = {
  readonly version: '1.0'
  readonly title: string
  readonly provider_name: string
  readonly provider_url: string
  readonly thumbnail_url: string
  readonly thumbnail_width: number
  readonly thumbnail_height: number
} & (
  | {
      readonly type: 'rich'
      readonly html: string
      readonly width: number
      readonly height: number
    }
  | { readonly type: 'link' }
)

/**
 * A page's oEmbed: the timeline and the event pages are `rich`, with the frame of their embed;
 * a delegation panel or the release has no embed, so a CMS gets a `link` card (title and
 * preview image) rather than a frame that would show something else. `title` is the page's
 * own, as its route's head declares it.
 */
export function oEmbedFor(config: SiteConfig, page: Page, title: string): OEmbed {
  const { view, locale } = page
  const common = {
    version: '1.0',
    title,
    provider_name: messagesFor(locale).siteTitle,
    provider_url: absoluteUrl(config, pathFor({ route: '/{-$lang}/' }, locale)),
    thumbnail_url: absoluteUrl(config, previewImagePath(view, locale)),
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  } as const
  if (!page.embeddable) return { ...common, type: 'link' }
  const src = absoluteUrl(config, embedPathFor(view, locale))
  return { ...common, type: 'rich', html: embedSnippet({ src, title }), ...EMBED_SIZE }
}

/** The discovery link for a page's head (https://oembed.com/, section 4), named by its title. */
export function oEmbedLink(config: SiteConfig, page: Page, title: string): string {
  const href = absoluteUrl(config, oEmbedPath(page.view, page.locale))
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}" />`
}
