import { describe, expect, it } from 'vitest'
import { canonicalPathname } from '../../src/lib/address.ts'
import { canonicalPath } from '../../src/lib/canonical-path.js'

// The project's server redirects and the app rewrites by one rule (src/lib/canonical-path.js).
const TABLE: [string, string][] = [
  ['/', '/'],
  ['/index.html', '/'],
  ['/index', '/'],
  ['/events/plenary', '/events/plenary'],
  ['/events/plenary/', '/events/plenary'],
  ['/events/plenary//', '/events/plenary'],
  ['/events/plenary.html', '/events/plenary'],
  ['/Events/Plenary.HTML', '/events/plenary'],
  ['/fr/', '/fr'],
  ['/fr/index.html', '/fr'],
  ['/fr.html', '/fr'],
  ['/delegations/FR', '/delegations/fr'],
  ['/delegations/index', '/delegations'],
  ['/en', '/'],
  ['/en/', '/'],
  ['/EN/source/', '/source'],
  ['/en/fr', '/fr'],
  ['/english', '/english'],
  ['/events/plenary/extra', '/events/plenary/extra'],
]

describe('canonical addresses', () => {
  it.each(TABLE)('%s is %s', (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical)
  })

  it('rewrites a typed form under the base path, and leaves canonical addresses alone', () => {
    expect(canonicalPathname('/sub/events/plenary/', '/sub/')).toBe('/sub/events/plenary')
    expect(canonicalPathname('/sub/', '/sub/')).toBeUndefined()
    expect(canonicalPathname('/sub/fr', '/sub/')).toBeUndefined()
    expect(canonicalPathname('/other/x/', '/sub/')).toBeUndefined()
  })

  it.each(['//x/', '/events%2fplenary/', '/events%2Fplenary', '/en//evil.example', '/a%5cb/'])(
    'leaves %s for the router to call not found',
    (path) => {
      expect(canonicalPathname(path, '/')).toBeUndefined()
    },
  )
})
