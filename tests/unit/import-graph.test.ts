// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  findCycles,
  importGraph,
  layerOf,
  LAYERS,
  upwardImports,
} from '../../scripts/import-graph.js'

// The floors of src/ and the arrows between them (README, "Architecture"): every import goes
// to the same floor or a lower one, and no chain of imports comes back to where it started.
// Type-only imports count: a circle of types is a type on the wrong floor. The same walk is
// what eslint.config.js's floors are made from.

const graph = importGraph()

describe('the import graph of src/', () => {
  it('reads every module and its imports', () => {
    // A sanity check that the walk sees the app: the entry, a route, content, the ground floor.
    for (const file of ['main.tsx', 'content/types.ts', 'core/locales.ts']) {
      expect(graph.has(file), file).toBe(true)
    }
    expect(graph.get('content/types.ts')).toContain('core/locales.ts')
  })

  it('has no circle', () => {
    expect(findCycles(graph)).toEqual([])
  })

  it('never imports from a higher floor', () => {
    expect(upwardImports(graph)).toEqual([])
  })

  it('puts every module on a floor', () => {
    const unplaced = [...graph.keys()].filter((file) => layerOf(file) === undefined)
    expect(unplaced).toEqual([])
    expect(LAYERS[0]).toBe('core')
  })

  it('finds a circle and an arrow up when there is one', () => {
    const circle = new Map([
      ['content/types.ts', ['lib/locales.ts']],
      ['lib/locales.ts', ['lib/messages/en.ts']],
      ['lib/messages/en.ts', ['content/types.ts']],
    ])
    expect(findCycles(circle)).toEqual([
      ['content/types.ts', 'lib/locales.ts', 'lib/messages/en.ts', 'content/types.ts'],
    ])
    expect(upwardImports(circle)).toEqual(['content/types.ts → lib/locales.ts'])
  })
})
