// The stack's floor: React 19 + ReactDOM + TanStack Router and nothing of the app's, one route
// with one heading and a paragraph. scripts/bench/floors.js renders it to HTML in Node (as
// scripts/prerender.js renders the app) and builds the browser side with Vite; the browser
// side starts as the app does (src/boot.ts, src/main.tsx): after the first frame, then
// hydrates. Its first-load JS and Lighthouse TBT are what any page of this stack pays.
import { createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { createElement, StrictMode } from 'react'

function Page() {
  return createElement(
    'main',
    null,
    createElement('h1', null, 'France–Japan Comprehensive Space Dialogue'),
    createElement('p', null, 'A page of this stack with none of the app’s code.'),
  )
}

/** @param {import('@tanstack/react-router').RouterHistory} [history] */
export function floorApp(history) {
  const router = createRouter({
    routeTree: createRootRoute({ component: Page }),
    ...(history && { history }),
  })
  return { router, app: createElement(StrictMode, null, createElement(RouterProvider, { router })) }
}
