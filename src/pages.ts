import { createMemoryHistory } from '@tanstack/react-router'
import { LOCALES } from './content/types.ts'
import { langParam } from './lib/locale.ts'
import type { Page } from './lib/seo.ts'
import { createAppRouter } from './router.tsx'

// The list of static pages, read off the router: each leaf route's declared params (its
// `staticData.prerender`, see src/lib/prerender.ts) in each language of the locale table, with
// the address built by the router itself. Adding a page is adding its route file.

/** A route as the walk sees it: the router's own objects, read through what they all share. */
interface WalkedRoute {
  readonly id: string
  readonly fullPath: string
  readonly options: { readonly staticData?: { readonly prerender?: unknown } }
  readonly children?: Readonly<Record<string, WalkedRoute>> | readonly WalkedRoute[]
}

/** The leaves of the route tree, depth first in the tree's order: every page-drawing route. */
export function leafRoutes(route: WalkedRoute): readonly WalkedRoute[] {
  const children = route.children ? Object.values(route.children) : []
  if (children.length === 0) return [route]
  return children.flatMap(leafRoutes)
}

function appRouter() {
  return createAppRouter({ history: createMemoryHistory({ initialEntries: ['/'] }) })
}

/**
 * Every prerendered page, full pages and embeds: language by language, then in route-tree
 * order, then in the order each route's declaration lists its pages. Throws when a leaf route
 * declares no pages: such a route would exist in the app and never as a file.
 */
export async function routePages(): Promise<readonly Page[]> {
  const router = appRouter()
  const declared = []
  for (const route of leafRoutes(router.routeTree as WalkedRoute)) {
    const spec =
      router.routesById[route.id as keyof typeof router.routesById].options.staticData?.prerender
    if (!spec) throw new Error(`${route.id} declares no prerendered pages (staticData.prerender)`)
    declared.push({ route, spec, list: await spec.params() })
  }
  const pages: Page[] = []
  for (const locale of LOCALES) {
    for (const { route, spec, list } of declared) {
      for (const params of list) {
        const location = router.buildLocation({
          to: route.fullPath,
          params: { ...params, lang: langParam(locale) },
        } as unknown as Parameters<typeof router.buildLocation>[0])
        const view = spec.view(params)
        pages.push({
          kind: view.kind,
          locale,
          path: withoutBase(location.pathname, router.basepath),
          view,
          embed: spec.embed,
          // An index route is a folder too (/fr, /delegations): see filesFor.
          folder: route.fullPath.endsWith('/'),
        })
      }
    }
  }
  return pages
}

/** The path inside the site: what the router sees once the base path is taken off. */
function withoutBase(pathname: string, basepath: string): string {
  const base = basepath.replace(/\/$/, '')
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
  return rest === '' ? '/' : rest.replace(/(.)\/$/, '$1')
}

/** The full pages, in the order the sitemap lists them. */
export async function sitePages(): Promise<readonly Page[]> {
  return (await routePages()).filter((page) => !page.embed)
}

/** The embeds (/embed, /embed/events/…) in every language. */
export async function embedPages(): Promise<readonly Page[]> {
  return (await routePages()).filter((page) => page.embed)
}
