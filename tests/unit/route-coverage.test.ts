import { createMemoryHistory } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/content/types.ts'
import { INTL_TAG } from '../../src/lib/locale.ts'
import { absoluteUrl, pageMeta, siteConfig } from '../../src/lib/seo.ts'
import { leafRoutes, routePages } from '../../src/pages.ts'
import { createAppRouter } from '../../src/router.tsx'

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
function routeFor(path: string): string | undefined {
  const id: unknown = router().matchRoutes(path, {}).at(-1)?.routeId
  return typeof id === 'string' ? id : undefined
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
  const full = pages.filter((page) => !page.embed)

  it('with title, description, canonical and the same page in every language', () => {
    const problems: string[] = []
    for (const page of full) {
      const meta = pageMeta(site, page)
      if (meta.title.trim() === '') problems.push(`${page.path}: no title`)
      if (meta.description.trim() === '') problems.push(`${page.path}: no description`)
      if (meta.canonical !== absoluteUrl(site, page.path)) problems.push(`${page.path}: canonical`)
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
      if (JSON.stringify(meta.alternates) !== JSON.stringify(expected)) {
        problems.push(`${page.path}: alternates ${JSON.stringify(meta.alternates)}`)
      }
    }
    expect(full.length).toBeGreaterThan(LOCALES.length * 5)
    expect(problems).toEqual([])
  })
})
