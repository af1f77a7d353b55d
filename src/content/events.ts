import type { EventRecord } from './eventFile.ts'
import { withText } from './eventText.ts'
import type { TimelineEvent } from './types.ts'

// The mission's events, one file each in ./events/ (data and text together: see ./eventFile.ts):
// those the joint press release tells, which the first screen shows. The history's are in
// ./events/history/ and load when a view shows them (./history.ts). The records name their text
// by key, `events.<id>.<field>`, which each language module fills from the same files; the
// order the reader sees is src/content/queries.ts's, by date.
const records = import.meta.glob<EventRecord>('./events/*.ts', { eager: true, import: 'event' })

export const events: readonly TimelineEvent[] = Object.values(records).map(withText)
