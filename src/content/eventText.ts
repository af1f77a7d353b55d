import type { EventRecord } from './eventFile.ts'
import { localized } from './localized.ts'
import type { TimelineEvent } from './types.ts'

/**
 * An event as the app reads it: its record, with each field of text read by its key in the
 * language asked for (src/content/events.ts, src/content/history.ts).
 */
export function withText(record: EventRecord): TimelineEvent {
  const text = (field: string) => localized(`events.${record.id}.${field}`)
  const { place, undated, ...rest } = record
  return {
    ...rest,
    title: text('title'),
    shortTitle: text('shortTitle'),
    summary: record.summary.map((sentence, i) => ({ ...sentence, text: text(`summary.${i}`) })),
    place: place && { ...place, name: text('place.name') },
    ...(undated ? { undated: { ...undated, why: text('undated.why') } } : {}),
    notes: record.notes.map((note, i) => ({ ...note, text: text(`notes.${i}`) })),
  }
}
