import { localized } from './localized.ts'
import type { EventRecord } from './eventFile.ts'
import type { TimelineEvent } from './types.ts'

// Every event, one file each in ./events/ (data and text together: see ./eventFile.ts). The
// records name their text by key, `events.<id>.<field>`, which each language module fills from
// the same files; the order the reader sees is src/content/queries.ts's, by date.
const records = import.meta.glob<EventRecord>('./events/*.ts', { eager: true, import: 'event' })

export const events: readonly TimelineEvent[] = Object.values(records).map(withText)

function withText(record: EventRecord): TimelineEvent {
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
