import { createMemoryHistory } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { allEmbedPages } from '../../src/lib/embed.ts'
import { allPages } from '../../src/lib/seo.ts'
import { createAppRouter } from '../../src/router.tsx'

// The prerenderer writes one file per page in allPages() and allEmbedPages(). A route added under src/routes
// that no page reaches would exist in the app but never as a file: a static host answers its
// address with 404.html, and nothing else would notice. This test walks the router's own
// tree and asks the router which route each prerendered path lands on.

interface TreeRoute {
  readonly id: string
  readonly children?: Readonly<Record<string, TreeRoute>> | readonly TreeRoute[]
}

/** Every route that is a page of its own: the leaves of the tree. */
function leafRoutes(route: TreeRoute): string[] {
  const children = route.children ? Object.values(route.children) : []
  if (children.length === 0) return [route.id]
  return children.flatMap(leafRoutes)
}

function router() {
  return createAppRouter({ history: createMemoryHistory({ initialEntries: ['/'] }) })
}

/** The deepest route the router matches for a path, as the prerenderer's render would. */
function routeFor(path: string): string | undefined {
  const app = router()
  const matches = app.matchRoutes(path, {})
  const id: unknown = matches.at(-1)?.routeId
  return typeof id === 'string' ? id : undefined
}

/** Everything the prerenderer writes a page file for. */
const prerendered = [...allPages(), ...allEmbedPages()]

describe('every route is prerendered', () => {
  const app = router()
  const leaves = leafRoutes(app.routeTree as TreeRoute)
  const covered = new Map<string, string[]>()
  for (const page of prerendered) {
    const id = routeFor(page.path)
    if (id) covered.set(id, [...(covered.get(id) ?? []), page.path])
  }

  it('finds the pages in the route tree', () => {
    // A sanity check on the walk itself: the tree has the timeline, an event, the delegation
    // panels and the release, so an empty or one-route walk would be a broken test.
    expect(leaves.length).toBeGreaterThanOrEqual(5)
    expect(leaves).toContain('/{-$lang}/_timeline/events/$eventId')
  })

  it.each(leaves)('%s has prerendered pages in every language', (id) => {
    const paths = covered.get(id) ?? []
    expect(paths, `no prerendered page lands on ${id}`).not.toEqual([])
    const languages = new Set(
      prerendered.filter((p) => paths.includes(p.path)).map((p) => p.locale),
    )
    expect([...languages].sort()).toEqual(['en', 'fr', 'ja'])
  })

  it('lands every prerendered page on a page route, never on not-found', () => {
    for (const page of prerendered) {
      const id = routeFor(page.path)
      expect(leaves, page.path).toContain(id)
    }
  })
})
