import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { datetimeAttribute, formatDateValue } from '../../lib/dates.ts'

/** The date as the press release gives it; undated events say so instead of guessing. */
export function EventDate({ event }: { event: TimelineEvent }) {
  const locale = useLocale()
  const t = useMessages()
  const first = event.dates[0]
  if (!first) return <span>{t.dateNotStated}</span>
  return (
    <time dateTime={datetimeAttribute(first.value)}>{formatDateValue(first.value, locale)}</time>
  )
}

/** Plain text of the same, for announcements and titles. */
export function useEventDateText(event: TimelineEvent | undefined): string {
  const locale = useLocale()
  const t = useMessages()
  const first = event?.dates[0]
  return first ? formatDateValue(first.value, locale) : t.dateNotStated
}
