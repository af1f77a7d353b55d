import * as v from 'valibot'
import { topics } from '../content/topics.ts'
import { COUNTRIES } from '../content/types.ts'
import { formatTimeRange, parseTimeRange } from './timeRange.ts'

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

export const viewSearchSchema = v.object({ country, topic, time })

export type ViewSearch = v.InferOutput<typeof viewSearchSchema>
