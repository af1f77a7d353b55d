import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { headDescription, headMarkup } from './lib/head.ts'
import { INTL_TAG } from './lib/locale.ts'
import type { SiteConfig } from './lib/seo.ts'
import { partsAskedFor, type ContentPart } from './content/contentText.ts'
import { loadPage } from './pages.ts'

// The prerenderer's entry (scripts/prerender.js builds it with Vite's SSR build and runs it in
// Node): the same router, routes and components as the browser, at a memory history.

// The prerenderer writes every page, the history's included, and files that list every event
// (the calendar feeds, the structured data): it loads the whole content before anything reads
// it, where the browser loads the history and the rounds' text when a view shows them. Called,
// not awaited here at the top: the history's chunk imports this bundle's shared code, which
// would wait for this module to finish.
export { loadAllContent } from './content/queries.ts'

export { embedPages, sitePages, structuredDataScript } from './pages.ts'
export {
  browserPath,
  contentSecurityPolicy,
  filesFor,
  previewImagePath,
  REFERRER_POLICY,
  robotsTxt,
  siteConfig,
  sitemapXml,
} from './lib/seo.ts'
export { calendarFeedLink, calendarFeeds } from './lib/calendarFeed.ts'
export { oEmbedFor, oEmbedLink } from './lib/embed.ts'
export { oEmbedPath } from './lib/seo.ts'

export interface Rendered {
  /** The markup of #root. */
  readonly html: string
  /** True when the address matched no page (or no event or delegation). */
  readonly notFound: boolean
  /** The page's head tags, as its route declares them (the deepest match's `head`). */
  readonly head: string
  /** The title and description in that head. */
  readonly title: string
  readonly description: string | undefined
  /** The `lang` of the page's <html>. */
  readonly lang: string
  /** The page's language, as the locale table names it (`en`, `fr`, `ja`). */
  readonly locale: string
  /** The routes the address matched, outermost first: the code the page needs to hydrate. */
  readonly routeIds: readonly string[]
  /**
   * The content parts its routes' loaders asked for (the history's events, the rounds' text):
   * its boot script then fetches them with its route's code.
   */
  readonly parts: readonly ContentPart[]
}

/** Renders the view at `url` (base path included), with its head, once its loaders and code have loaded. */
export async function render(url: string, site: SiteConfig): Promise<Rendered> {
  partsAskedFor()
  const { router, notFound, head, title, locale } = await loadPage(url, site)
  const parts = partsAskedFor()
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
  return {
    html: withoutScripts(html),
    notFound,
    head: headMarkup(head),
    title,
    description: headDescription(head),
    lang: INTL_TAG[locale],
    locale,
    routeIds: router.state.matches.map((match) => String(match.routeId)),
    parts,
  }
}

/**
 * On the server the router adds an inline script that restores the scroll position before
 * hydration. The page's Content-Security-Policy forbids inline scripts, and the router restores
 * scrolling itself once the app runs, so the script is left out. The script removes itself when
 * it runs, so hydration never sees it either way.
 */
function withoutScripts(html: string): string {
  const stripped = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  if (/<script\b/i.test(stripped)) throw new Error('Rendered markup holds a script it cannot drop')
  return stripped
}
