import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render, type RenderResult } from '@testing-library/react'
import { createAppRouter } from '../../src/router.tsx'

/**
 * Renders the real app at a path: the app's own router factory and route tree, over an
 * in-memory history instead of the address bar. Loaders, search validation, not-found and
 * error handling all run as in the browser.
 */
export async function renderRoute(
  path: string,
): Promise<RenderResult & { router: ReturnType<typeof createAppRouter> }> {
  const history = createMemoryHistory({ initialEntries: [path] })
  const router = createAppRouter({ history })
  // Resolve the route's code and loader first, as main.tsx does before hydrating.
  await router.load()
  return { router, ...render(<RouterProvider router={router} />) }
}
