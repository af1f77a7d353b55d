import { dateBounds } from '../content/queries.ts'
import type { DateClaim, DateValue, TimelineEvent } from '../content/types.ts'

// Apart from the calendar writer (ics.ts): the export controls decide on every render which
// events a calendar can hold, and load the writer itself only when the reader downloads.

/** Which days a calendar entry may honestly claim for an event, or why it gets none. */
export type CalendarDays =
  | {
      readonly kind: 'days'
      readonly start: string
      readonly end: string
      readonly claim: DateClaim
      /** The release's own, vaguer wording when the days come from another source. */
      readonly stated?: DateValue
    }
  | { readonly kind: 'none'; readonly reason: 'undated' | 'month' }

/**
 * A calendar has no "some day in May": an event gets an entry only for days a source states.
 * The release's day or range wins; a month it gives is replaced by an outside source's exact
 * days when one exists (and the entry says so), and otherwise the event is left out.
 */
export function calendarDays(event: TimelineEvent): CalendarDays {
  const exact = event.dates.find((claim) => claim.value.precision !== 'month')
  if (!exact) return { kind: 'none', reason: event.dates.length === 0 ? 'undated' : 'month' }
  const { start, end } = dateBounds(exact.value)
  const first = event.dates[0]
  if (first && first !== exact && first.value.precision === 'month') {
    return { kind: 'days', start, end, claim: exact, stated: first.value }
  }
  return { kind: 'days', start, end, claim: exact }
}
