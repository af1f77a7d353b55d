import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { ErrorView, NotFoundView } from './components/StatusView.tsx'
import { parseSearch, stringifySearch } from './lib/search.ts'
import { routeTree } from './routeTree.gen.ts'

/** One factory for the browser, the prerenderer and the tests, so all three run the same app. */
export function createAppRouter(options: { history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Addresses carry only the keys the app knows; see src/lib/search.ts.
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: () => <NotFoundView />,
    defaultErrorComponent: ({ reset }) => <ErrorView onRetry={reset} />,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
