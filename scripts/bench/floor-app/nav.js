// The interactions' floor with the stack in the loop: a click on a TanStack Router link whose
// only effect is a search parameter that React renders as a class. Each of the app's 5-event
// interactions is such a navigation (next event, a filter, opening an event), so what they cost
// beyond this is the app's own: its views, their layout and paint. Rendered in the browser
// (nothing to hydrate), measured with the same probe and throttling as the app.
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  RouterProvider,
  useSearch,
} from '@tanstack/react-router'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

// The app registers its own router's types for the whole project (src/router.tsx); this page's
// router is another, so its link and search are typed here by hand.
const RouterLink =
  /** @type {import('react').ComponentType<{ to: string, search: { on?: number }, children?: string }>} */ (
    /** @type {unknown} */ (Link)
  )

function Page() {
  const { on } = /** @type {{ on?: number }} */ (useSearch({ strict: false }))
  return createElement(
    'main',
    { id: 'target', className: on ? 'on' : undefined },
    createElement('h1', null, 'A click on a router link that toggles a class'),
    createElement(RouterLink, { to: '/nav', search: on ? {} : { on: 1 } }, 'Toggle'),
  )
}

const rootRoute = createRootRoute()
const navRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'nav',
  /** @param {Record<string, unknown>} search */
  validateSearch: (search) => (search.on === 1 ? { on: 1 } : {}),
  component: Page,
})
const router = createRouter({ routeTree: rootRoute.addChildren([navRoute]) })
const container = document.getElementById('root')
if (!container) throw new Error('no #root')
createRoot(container).render(createElement(RouterProvider, { router }))
