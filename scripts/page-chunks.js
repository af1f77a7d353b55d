// Which of the build's chunks a prerendered page needs before it can hydrate, beyond the entry
// and the chunks the entry imports (those the boot script already fetches). Without them, the
// route's code and the page's language text were requested only once the entry had run and the
// router had matched the address: two more round trips after the first paint, on a phone's
// connection most of the wait before the page responds. The prerenderer lists them on the boot
// script (`data-fetch`), which fetches them beside the rest (src/boot.ts).
//
// It reads the manifest Vite writes with `build.manifest` (.vite/manifest.json in the output).

/**
 * One chunk as Vite's manifest describes it.
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean }} ManifestChunk
 * @typedef {Record<string, ManifestChunk>} Manifest
 */

/**
 * The source files a route id can come from, in TanStack Router's file naming: `/a/b` is
 * `a/b.tsx` or `a/b/route.tsx`, and an index route `/a/` is `a/index.tsx`.
 * @param {string} routeId
 * @returns {string[]}
 */
export function routeFiles(routeId) {
  if (routeId === '__root__') return ['src/routes/__root.tsx']
  if (routeId.endsWith('/')) return [`src/routes${routeId}index.tsx`]
  return [`src/routes${routeId}.tsx`, `src/routes${routeId}/route.tsx`]
}

/**
 * @param {Manifest} manifest
 * @returns {[string, ManifestChunk]}
 */
function entryOf(manifest) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
  const [entry] = entries
  if (entries.length !== 1 || !entry) {
    throw new Error(`page-chunks: the manifest has ${entries.length} entries, expected 1`)
  }
  return entry
}

/** The history's events (src/content/queries.ts, loadHistory). */
const HISTORY = 'src/content/history.ts'
/** A content part's text in one language: `src/content/i18n/<part>/<tag>.ts`. */
const PART = /^src\/content\/i18n\/([^/]+)\/([^/]+)\.ts$/

/**
 * The keys of a chunk and of every chunk it imports statically, to any depth.
 * @param {Manifest} manifest
 * @param {string} key
 * @param {Set<string>} [seen]
 */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen
  const chunk = manifest[key]
  if (!chunk) throw new Error(`page-chunks: the manifest has no chunk ${key}`)
  seen.add(key)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

/**
 * The files (relative to the output folder, e.g. `assets/route-Ab12.js`) that a page of these
 * routes in this language loads on its way to hydration, less the entry's own closure. Only a
 * route's `component` is split out for a page that renders; error and not-found components
 * load only when they are needed.
 * @param {Manifest} manifest
 * @param {readonly string[]} routeIds the matched routes, from the router that rendered the page
 * @param {string} locale the page's language (`en`, `fr`, `ja`)
 * @param {readonly string[]} [parts] the content parts the page's loaders asked for (`history`,
 *   `rounds`: src/content/contentText.ts), whose text in the page's language, and the history's
 *   events, load apart from the first screen's
 * @returns {string[]}
 */
export function pageChunks(manifest, routeIds, locale, parts = []) {
  const [entryKey] = entryOf(manifest)
  const loaded = staticClosure(manifest, entryKey)
  const wanted = new Set()
  for (const routeId of routeIds) {
    for (const file of routeFiles(routeId)) {
      const key = `${file}?tsr-split=component`
      if (manifest[key]) wanted.add(key)
    }
  }
  // The language's text: each per-language module that the entry's code imports on demand
  // (the locale table's loaders: interface messages and content text).
  for (const key of loaded) {
    for (const dynamic of manifest[key]?.dynamicImports ?? []) {
      const part = PART.exec(dynamic)
      if (part) {
        if (part[2] === locale && parts.includes(part[1] ?? '')) wanted.add(dynamic)
      } else if (dynamic === HISTORY) {
        if (parts.includes('history')) wanted.add(dynamic)
      } else if (dynamic.endsWith(`/${locale}.ts`)) wanted.add(dynamic)
    }
  }
  const files = new Set()
  for (const key of wanted) {
    for (const needed of staticClosure(manifest, key)) {
      const chunk = manifest[needed]
      if (!loaded.has(needed) && chunk) files.add(chunk.file)
    }
  }
  return [...files]
}
