import * as v from 'valibot'
import { COUNTRIES } from '../content/types.ts'

// Search params come from anyone's URL. Each key falls back to "not set" on anything that
// is not exactly a value we know: wrong case is forgiven, everything else is dropped.
const country = v.fallback(
  v.optional(v.pipe(v.string(), v.maxLength(8), v.toUpperCase(), v.picklist(COUNTRIES))),
  undefined,
)

export const viewSearchSchema = v.object({ country })

export type ViewSearch = v.InferOutput<typeof viewSearchSchema>
