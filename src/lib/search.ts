import * as v from 'valibot'
import { topics } from '../content/topics.ts'
import { COUNTRIES } from '../content/types.ts'

// Search params come from anyone's URL. Each key falls back to "not set" on anything that
// is not exactly a value we know: wrong case is forgiven, everything else is dropped.
const country = v.fallback(
  v.optional(v.pipe(v.string(), v.maxLength(8), v.toUpperCase(), v.picklist(COUNTRIES))),
  undefined,
)

const topic = v.fallback(
  v.optional(
    v.pipe(v.string(), v.maxLength(32), v.toLowerCase(), v.picklist(topics.map((t) => t.id))),
  ),
  undefined,
)

export const viewSearchSchema = v.object({ country, topic })
