// The floors of src/ and the imports between them, read from the files themselves: the unit
// test tests/unit/import-graph.test.ts finds circles and arrows that go up a floor, and
// eslint.config.js makes its import rules from the same floors and feature folders, so a new
// feature folder is walled off without editing a list.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SRC = join(dirname(fileURLToPath(import.meta.url)), '../src')

/**
 * Ground floor first; a module may import its own floor and those before it. `app` is the
 * files at the top of src/ (main.tsx, router.tsx, pages.ts, …), which create the router.
 */
export const LAYERS = /** @type {const} */ ([
  'core',
  'content',
  'lib',
  'components',
  'features',
  'routes',
  'app',
])

/** The feature folders, as they are on disk today. */
export function featureFolders() {
  return readdirSync(join(SRC, 'features')).filter((name) =>
    statSync(join(SRC, 'features', name)).isDirectory(),
  )
}

/**
 * The floor of a module, by its path relative to src/.
 * @param {string} file
 * @returns {(typeof LAYERS)[number] | undefined}
 */
export function layerOf(file) {
  const [top, ...rest] = file.split('/')
  if (rest.length === 0) return 'app'
  return LAYERS.find((layer) => layer === top && layer !== 'app')
}

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js)$/.test(name) && !/\.(gen|d)\.ts$/.test(name) ? [path] : []
  })
}

// Static imports and re-exports (type-only included), and dynamic imports of a literal path or
// of a template whose variable part names one file of a folder (`./i18n/${locale}.ts`).
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g
const BARE_IMPORT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g
const DYNAMIC = /\bimport\(\s*(['"`])([^'"`]+)\1\s*\)/g

/**
 * Every module of src/ (relative path) and the modules of src/ it imports.
 * @returns {Map<string, string[]>}
 */
export function importGraph(src = SRC) {
  const files = sourceFiles(src).map((path) => relative(src, path))
  const known = new Set(files)
  /** @type {Map<string, string[]>} */
  const graph = new Map()
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8')
    const specifiers = [
      ...[...text.matchAll(IMPORT)].map((m) => m[1]),
      ...[...text.matchAll(BARE_IMPORT)].map((m) => m[1]),
      ...[...text.matchAll(DYNAMIC)].map((m) => m[2]),
    ].filter(/** @returns {s is string} */ (s) => s?.startsWith('.') === true)
    const targets = new Set()
    for (const specifier of specifiers) {
      const base = normalize(join(dirname(file), specifier))
      if (specifier.includes('${')) {
        // A template: every file of that folder the pattern can name.
        const pattern = new RegExp(
          `^${base.replace(/\./g, '\\.').replace(/\$\{[^}]*\}/g, '[^/]+')}$`,
        )
        for (const candidate of files) if (pattern.test(candidate)) targets.add(candidate)
      } else if (known.has(base)) targets.add(base)
    }
    graph.set(file, [...targets].sort())
  }
  return graph
}

/**
 * Every circle, each once, as the path that closes it (first module repeated at the end).
 * @param {ReadonlyMap<string, readonly string[]>} graph
 * @returns {string[][]}
 */
export function findCycles(graph) {
  /** @type {string[][]} */
  const cycles = []
  const seen = new Set()
  /** @type {Map<string, 'open' | 'done'>} */
  const state = new Map()
  /** @type {string[]} */
  const stack = []
  /** @param {string} node */
  const visit = (node) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next]
        const key = [...cycle.slice(0, -1)].sort().join('\n')
        if (!seen.has(key)) {
          seen.add(key)
          cycles.push(cycle)
        }
      } else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}

/**
 * Imports that go to a higher floor than their own, as `from → to`.
 * @param {ReadonlyMap<string, readonly string[]>} graph
 * @returns {string[]}
 */
export function upwardImports(graph) {
  /** @param {string} file */
  const floor = (file) => {
    const layer = layerOf(file)
    return layer === undefined ? -1 : LAYERS.indexOf(layer)
  }
  return [...graph].flatMap(([from, targets]) =>
    targets.filter((to) => floor(to) > floor(from)).map((to) => `${from} → ${to}`),
  )
}
