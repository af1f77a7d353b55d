import { createMemoryHistory } from '@tanstack/react-router'
import { LOCALES, type Locale } from './content/types.ts'
import { embedViewOf, fullViewOf } from './lib/embed.ts'
import { headTitle } from './lib/head.ts'
import { jsonLdScript } from './lib/jsonld.ts'
import { DEFAULT_LOCALE, langParam } from './lib/locale.ts'
import type { PrerenderSpec } from './lib/prerender.ts'
import type { Page, RoutePath, SiteConfig } from './lib/seo.ts'
import { createAppRouter } from './router.tsx'

// The list of static pages, read off the router: each leaf route's declared params (its
// `staticData.prerender`, see src/lib/prerender.ts) in each language of the locale table, with
// the address built by the router itself from the route's own path. Adding a page is adding
// its route file: its path, head, preview card and structured data are all declared there.

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
    const spec = specOf(router, route.id)
    if (!spec) throw new Error(`${route.id} declares no prerendered pages (staticData.prerender)`)
    declared.push({ route, spec, list: spec.params() })
  }
  const leafPaths = new Set(declared.map(({ route }) => route.fullPath))
  const pages: Page[] = []
  for (const locale of LOCALES) {
    for (const { route, spec, list } of declared) {
      for (const params of list) {
        const location = router.buildLocation({
          to: route.fullPath,
          params: { ...params, lang: langParam(locale) },
        } as unknown as Parameters<typeof router.buildLocation>[0])
        const own = { route: route.fullPath as RoutePath, params }
        const embed = spec.page === undefined
        pages.push({
          locale,
          path: withoutBase(location.pathname, router.basepath),
          // An embed stands for its full page: the same page in every language, its canonical.
          view: embed ? fullViewOf(own) : own,
          embed,
          embeddable: !embed && leafPaths.has(embedViewOf(own).route),
          // An index route is a folder too (/fr, /delegations): see filesFor.
          folder: route.fullPath.endsWith('/'),
          card: spec.page?.card(params, locale),
        })
      }
    }
  }
  return pages
}

type AppRouter = ReturnType<typeof appRouter>

/** One router to look routes up in; no page is loaded in it. */
let walked: AppRouter | undefined

function specOf(router: AppRouter, id: string): PrerenderSpec | undefined {
  return router.routesById[id as keyof AppRouter['routesById']].options.staticData?.prerender
}

/**
 * A full page's structured data as its route declares it, as the element for its head ('' for
 * an embed, or a page that describes no thing).
 */
export function structuredDataScript(site: SiteConfig, page: Page): string {
  walked ??= appRouter()
  const router = walked
  const route = Object.values(router.routesById).find(
    (candidate) => candidate.fullPath === page.view.route && candidate.children === undefined,
  )
  const declaration = route && specOf(router, route.id)?.page
  if (page.embed || !declaration) return ''
  const params = (page.view.params ?? {}) as Readonly<Record<string, string>>
  return jsonLdScript(declaration.structuredData(params, page.locale, site))
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

/**
 * The app at `url` (base path included) once its loaders have run, with the head its route
 * declares: the router has run every match's `head` by then, and the deepest match's is the
 * page's own (the root's stands for any address no page claims). The prerenderer renders
 * this router and writes this head; the tests read the same.
 */
export async function loadPage(url: string, site: SiteConfig) {
  const router = createAppRouter({
    history: createMemoryHistory({ initialEntries: [url] }),
    site,
  })
  await router.load()
  const { matches } = router.state
  const notFound = matches.some((match) => match.status === 'notFound' || match._notFound === true)
  const headed = matches.findLast((match) => match.meta !== undefined)
  const title = headed && headTitle(headed)
  if (!headed || title === undefined) throw new Error(`${url} has no head with a title`)
  const head = { meta: headed.meta ?? [], links: headed.links ?? [] }
  // The root's beforeLoad puts the address's language in every match's context.
  const context = matches[0]?.context as { locale?: Locale } | undefined
  return { router, notFound, head, title, locale: context?.locale ?? DEFAULT_LOCALE }
}
