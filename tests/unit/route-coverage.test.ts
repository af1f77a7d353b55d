import { createMemoryHistory } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/content/types.ts'
import { INTL_TAG } from '../../src/lib/locale.ts'
import { absoluteUrl, siteConfig } from '../../src/lib/seo.ts'
import { leafRoutes, routePages } from '../../src/pages.ts'
import { createAppRouter } from '../../src/router.tsx'
import { headAt } from './heads.ts'

// The route tree is the one list of pages: each leaf route declares the static pages it stands
// for (staticData.prerender), and the prerenderer writes exactly those (src/pages.ts). A leaf
// that declares none would exist in the app but never as a file (a static host answers its
// address with 404.html), and a declared page that the router cannot show would be written as
// a not-found page. Both fail here.

function router(path = '/') {
  return createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) })
}

const leaves = leafRoutes(router().routeTree as Parameters<typeof leafRoutes>[0]).map((r) => r.id)
const pages = await routePages()

/** The deepest route the router matches for a path, as the prerenderer's render would. */
const matcher = router()
const routeIds = new Map<string, string | undefined>()
function routeFor(path: string): string | undefined {
  // Asked for every page once per leaf route: matched once each (matching reads no state).
  if (!routeIds.has(path)) {
    const id: unknown = matcher.matchRoutes(path, {}).at(-1)?.routeId
    routeIds.set(path, typeof id === 'string' ? id : undefined)
  }
  return routeIds.get(path)
}

describe('every route is prerendered', () => {
  it('finds the pages in the route tree', () => {
    // A sanity check on the walk itself: the tree has the timeline, an event, the delegation
    // panels, the release and the embeds, so an empty or one-route walk would be a broken test.
    expect(leaves.length).toBeGreaterThanOrEqual(7)
    expect(leaves).toContain('/{-$lang}/_timeline/events/$eventId')
  })

  it.each(leaves)('%s declares its pages, in every language', (id) => {
    const route = router().routesById[id as keyof ReturnType<typeof router>['routesById']]
    expect(route.options.staticData?.prerender, `${id} has no staticData.prerender`).toBeDefined()
    const own = pages.filter((page) => routeFor(page.path) === id)
    expect(own, `no prerendered page lands on ${id}`).not.toEqual([])
    expect([...new Set(own.map((p) => p.locale))].sort()).toEqual([...LOCALES].sort())
  })

  it('writes each address once', () => {
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length)
  })

  it('lands every declared page on a page route that renders it, never on not-found', async () => {
    const failures: string[] = []
    for (const page of pages) {
      if (!leaves.includes(routeFor(page.path) ?? '')) failures.push(`${page.path}: no page route`)
      const app = router(page.path)
      await app.load()
      const missing = app.state.matches.some(
        (match) => match.status === 'notFound' || match._notFound === true,
      )
      if (missing) failures.push(`${page.path}: renders not-found`)
    }
    expect(failures).toEqual([])
  })
})

describe('every declared page has a head', () => {
  const site = siteConfig({ SITE_ORIGIN: 'https://timeline.example' })
  // Each page's head is read by up to three tests below: loaded (a router's whole load) once.
  const heads = new Map<string, ReturnType<typeof headAt>>()
  const headOf = (path: string) => {
    if (!heads.has(path)) heads.set(path, headAt(path, site))
    return heads.get(path) as ReturnType<typeof headAt>
  }
  const full = pages.filter((page) => !page.embed)

  it.each(leaves)('%s declares its own head, with a title', async (id) => {
    const route = router().routesById[id as keyof ReturnType<typeof router>['routesById']]
    expect(route.options.head, `${id} has no head`).toBeTypeOf('function')
    // At each of its pages the head the prerenderer writes is this route's own, not the
    // root's not-found head standing in for it.
    for (const page of pages.filter((p) => routeFor(p.path) === id)) {
      const head = await headOf(page.path)
      expect(head.routeId, page.path).toBe(id)
      expect(head.title.trim(), page.path).not.toBe('')
    }
  })

  it('with title, description, canonical and the same page in every language', async () => {
    const problems: string[] = []
    for (const page of full) {
      const head = await headOf(page.path)
      if (head.title.trim() === '') problems.push(`${page.path}: no title`)
      if (!head.description?.trim()) problems.push(`${page.path}: no description`)
      if (head.canonical !== absoluteUrl(site, page.path)) problems.push(`${page.path}: canonical`)
      if (head.robots !== undefined) problems.push(`${page.path}: robots ${head.robots}`)
      // The alternates are the pages the route tree declares for the same view.
      const same = full.filter((p) => JSON.stringify(p.view) === JSON.stringify(page.view))
      const expected = [
        ...LOCALES.map((locale) => {
          const other = same.find((p) => p.locale === locale)
          return { hreflang: INTL_TAG[locale], href: other && absoluteUrl(site, other.path) }
        }),
        {
          hreflang: 'x-default',
          href: absoluteUrl(site, same.find((p) => p.locale === 'en')?.path ?? '?'),
        },
      ]
      if (JSON.stringify(head.alternates) !== JSON.stringify(expected)) {
        problems.push(`${page.path}: alternates ${JSON.stringify(head.alternates)}`)
      }
    }
    expect(full.length).toBeGreaterThan(LOCALES.length * 5)
    expect(problems).toEqual([])
  })

  it('and an embed is not indexed, with its full page as canonical', async () => {
    const problems: string[] = []
    const embeds = pages.filter((page) => page.embed)
    for (const page of embeds) {
      const head = await headOf(page.path)
      const fullPage = full.find(
        (p) => p.locale === page.locale && JSON.stringify(p.view) === JSON.stringify(page.view),
      )
      if (head.title.trim() === '' || !head.description?.trim()) problems.push(`${page.path}: text`)
      if (head.robots !== 'noindex') problems.push(`${page.path}: robots ${head.robots}`)
      if (!fullPage || head.canonical !== absoluteUrl(site, fullPage.path))
        problems.push(`${page.path}: canonical ${head.canonical}`)
      if (head.alternates.length > 0 || head.meta('og:title') !== undefined)
        problems.push(`${page.path}: alternates or previews`)
    }
    expect(embeds.length).toBeGreaterThanOrEqual(LOCALES.length * 2)
    expect(problems).toEqual([])
  })
})
