import * as v from 'valibot'
import { facetSchemas } from './facets.ts'
import { formatTimeRange, parseTimeRange } from './timeRange.ts'

// Search params come from anyone's URL. Each key falls back to "not set" on anything that
// is not exactly a value we know: the filters' keys and schemas come from the facet registry
// (src/lib/facets.ts), whose schemas forgive wrong case and drop everything else.

// The axis's visible range, written back in one canonical form: clamped into the dialogue's
// days and at least a few days wide. The whole dialogue comes out as DEFAULT_TIME, which the
// route strips from addresses; anything unreadable falls back to it.
const time = v.fallback(
  v.optional(
    v.pipe(
      v.string(),
      v.maxLength(32),
      v.transform((text) => {
        const range = parseTimeRange(text)
        return range && formatTimeRange(range)
      }),
    ),
  ),
  undefined,
)

export const viewSearchSchema = v.object({ ...facetSchemas, time })

// ---- The query string ----------------------------------------------------------------
// The router reads and writes addresses with these two (src/router.tsx), so that an address
// only ever carries the keys above: anything else a link brings (?utm_source=…, ?zzz=1) is
// dropped from the address the app shows, shares and exports.

/** The query keys the app reads, from the schema, so that a new key needs no second list. */
const SEARCH_KEYS: readonly string[] = Object.keys(viewSearchSchema.entries)

/**
 * Query string → the text of each known key, for the schema to validate. Values stay text (no
 * JSON parsing, so `?country=1` is the text "1"); one pair of JSON quotes is taken off, since
 * routers write strings that way (`?country=%22JP%22` means JP). A key given more than once
 * (`?country=FR&country=JP`) is ambiguous and counts as not set.
 */
export function parseSearch(query: string): Record<string, string> {
  const params = new URLSearchParams(query)
  const search: Record<string, string> = {}
  for (const key of SEARCH_KEYS) {
    const values = params.getAll(key)
    const [value] = values
    if (values.length === 1 && value !== undefined) search[key] = value.replace(/^"(.*)"$/s, '$1')
  }
  return search
}

/** Validated search → query string: known keys only, in the schema's order, unset left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const key of SEARCH_KEYS) {
    const value = search[key]
    if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value))
  }
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}
