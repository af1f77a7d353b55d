import type { EventRecord } from './eventFile.ts'
import { withText } from './eventText.ts'
import type { TimelineEvent } from './types.ts'

// The dialogue's history (the facts sheet's section C): one file per event in ./events/history/,
// as the mission's are in ./events/. Its own chunk, which src/content/queries.ts's loadHistory
// fetches when a view shows the history (a range beyond the mission's days, one of its events,
// the release's page with its citers), so that the first screen, which shows the mission's five
// events, does not download the other sixteen with their citations, nor the outside sources
// that only they cite. Its text is in each language's history module (./i18n/history/<tag>.ts),
// fetched beside it.
const records = import.meta.glob<EventRecord>('./events/history/*.ts', {
  eager: true,
  import: 'event',
})

export { historySources } from './historySources.ts'

export const historyEvents: readonly TimelineEvent[] = Object.values(records).map(withText)
