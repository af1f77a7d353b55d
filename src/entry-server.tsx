import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createAppRouter } from './router.tsx'

// The prerenderer's entry (scripts/prerender.js builds it with Vite's SSR build and runs it in
// Node): the same router, routes and components as the browser, at a memory history.

export { embedPages, sitePages } from './pages.ts'
export {
  browserPath,
  contentSecurityPolicy,
  filesFor,
  headTags,
  notFoundMeta,
  pageMeta,
  previewImagePath,
  REFERRER_POLICY,
  robotsTxt,
  siteConfig,
  sitemapXml,
} from './lib/seo.ts'
export { calendarFeedLink, calendarFeeds } from './lib/calendarFeed.ts'
export { embedHeadTags, oEmbedFor, oEmbedLink, oEmbedPath } from './lib/embed.ts'
export { jsonLdScript } from './lib/jsonld.ts'
export { previewCard } from './lib/previewCard.ts'

export interface Rendered {
  /** The markup of #root. */
  readonly html: string
  /** True when the address matched no page (or no event or delegation). */
  readonly notFound: boolean
}

/** Renders the view at `url` (base path included), once its loaders and code have loaded. */
export async function render(url: string): Promise<Rendered> {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [url] }) })
  await router.load()
  const notFound = router.state.matches.some(
    (match) => match.status === 'notFound' || match._notFound === true,
  )
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
  return { html: withoutScripts(html), notFound }
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
