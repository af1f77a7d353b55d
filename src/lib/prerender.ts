import type { Locale } from '../content/types.ts'
import type { JsonLd } from './jsonld.ts'
import type { PreviewCard } from './previewCard.ts'
import type { SiteConfig } from './seo.ts'

// What a route says about the static pages it stands for. Each leaf route declares it in its
// `staticData`, so the route tree is the one list of pages: the prerenderer, the sitemap, the
// preview images, the oEmbed files and the tests all walk the router (src/pages.ts) and read
// this, instead of keeping a table of their own that a new route could be missing from. The
// route's own path is the page's address (src/lib/seo.ts fills in the params); a full page
// also declares its preview card and its structured data, both required, so that a new route
// cannot leave either out without the type checker saying so.

/** The params of one prerendered page, the language aside (the locale table supplies it). */
type Params = Readonly<Record<string, string>>

/** What a full page says about itself besides its head: its preview card, its JSON-LD. */
export interface PageDeclaration<P extends Params = Params> {
  readonly card: (params: P, locale: Locale) => PreviewCard
  /** `noStructuredData` (src/lib/jsonld.ts) for a page that describes no thing. */
  readonly structuredData: (params: P, locale: Locale, site: SiteConfig) => JsonLd | undefined
}

export interface PrerenderSpec {
  /**
   * Every page of the route, as its params. A function so that only the prerenderer and the
   * tests walk the content: the client never calls it. The ids come from the same content
   * modules the route's loader reads, which the route file imports anyway.
   */
  readonly params: () => readonly Params[]
  /** A full page's card and structured data; none for an embed (/embed/…: framed on other
   * sites, not indexed, no preview or oEmbed of its own). */
  readonly page: PageDeclaration | undefined
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The static pages of a leaf route; a leaf without it is never written (see src/pages.ts). */
    readonly prerender?: PrerenderSpec
  }
}

/**
 * Declares a full page route's static pages, typed by its own params: `params` gives each
 * page's params (without the language), `card` and `structuredData` what each page says
 * about itself to link previews and search engines.
 */
export function prerender<P extends Params>(
  spec: { readonly params: () => readonly P[] } & PageDeclaration<P>,
): PrerenderSpec {
  return {
    params: spec.params,
    // The prerenderer and the head only ever pass back what `params` listed for this route.
    page: {
      card: (params, locale) => spec.card(params as P, locale),
      structuredData: (params, locale, site) => spec.structuredData(params as P, locale, site),
    },
  }
}

/** A full page route with a single page (no params of its own besides the language). */
export function singlePage(spec: {
  readonly card: (locale: Locale) => PreviewCard
  readonly structuredData: (locale: Locale, site: SiteConfig) => JsonLd | undefined
}): PrerenderSpec {
  return prerender({
    params: () => [{}],
    card: (_, locale) => spec.card(locale),
    structuredData: (_, locale, site) => spec.structuredData(locale, site),
  })
}

/** An embed route's pages (/embed/…): the full page's params, nothing to preview or index. */
export function embedPages(params: () => readonly Params[] = () => [{}]): PrerenderSpec {
  return { params, page: undefined }
}
