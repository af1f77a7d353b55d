import type { View } from './seo.ts'

// What a route says about the static pages it stands for. Each leaf route declares it in its
// `staticData`, so the route tree is the one list of pages: the prerenderer, the sitemap, the
// preview images, the oEmbed files and the tests all walk the router (src/pages.ts) and read
// this, instead of keeping a table of their own that a new route could be missing from.

/** The params of one prerendered page, the language aside (the locale table supplies it). */
type Params = Readonly<Record<string, string>>

export interface PrerenderSpec {
  /**
   * Every page of the route, as its params. A function so that only the prerenderer and the
   * tests walk the content: the client never calls it. The ids come from the same content
   * modules the route's loader reads, which the route file imports anyway.
   */
  readonly params: () => readonly Params[]
  /** What one page shows, for its head, preview image, oEmbed and structured data. */
  readonly view: (params: Params) => View
  /** An embed (/embed/…): framed on other sites, not indexed, no preview or oEmbed of its own. */
  readonly embed: boolean
}

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The static pages of a leaf route; a leaf without it is never written (see src/pages.ts). */
    readonly prerender?: PrerenderSpec
  }
}

/**
 * Declares a route's static pages, typed by its own params: `list` gives each page's params
 * (without the language), `view` says what that page shows.
 */
export function prerender<P extends Params>(spec: {
  readonly params: () => readonly P[]
  readonly view: (params: P) => View
  readonly embed?: boolean
}): PrerenderSpec {
  return {
    params: spec.params,
    // The prerenderer only ever passes back what `params` listed for this route.
    view: (params) => spec.view(params as P),
    embed: spec.embed ?? false,
  }
}

/** A route with a single page (no params of its own besides the language). */
export function singlePage(view: View, options: { readonly embed?: boolean } = {}): PrerenderSpec {
  return prerender({ params: () => [{}], view: () => view, ...options })
}
