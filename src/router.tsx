import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { DocumentTitle } from './components/DocumentTitle.tsx'
import { ErrorView, NotFoundView } from './components/StatusView.tsx'
import { parseSearch, stringifySearch } from './lib/search.ts'
import { siteConfig, type SiteConfig } from './lib/seo.ts'
import { routeTree } from './routeTree.gen.ts'
import { retryFor } from './lib/retry.ts'

/** One factory for the browser, the prerenderer and the tests, so all three run the same app. */
export function createAppRouter(options: { history?: RouterHistory; site?: SiteConfig } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    // Where the site lives, for the addresses each route's head declares (src/lib/head.ts):
    // the prerenderer passes the configured origin; in a browser, the page's own.
    context: {
      site:
        options.site ??
        siteConfig({
          SITE_ORIGIN: globalThis.location?.origin,
          BASE_PATH: import.meta.env.BASE_URL,
        }),
    },
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Addresses carry only the keys the app knows; see src/lib/search.ts.
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: () => <NotFoundView />,
    defaultErrorComponent: ({ error, reset }) => <ErrorView onRetry={retryFor(error, reset)} />,
    // Around every view, not-found and error ones included: the tab title follows the heads.
    InnerWrap: ({ children }) => (
      <>
        <DocumentTitle />
        {children}
      </>
    ),
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
