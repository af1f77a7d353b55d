import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { calendarDays } from '../../lib/calendarDays.ts'
import { saveFile } from './download.ts'
import styles from './ExportControls.module.css'
import { useAppUrls } from './useAppUrls.ts'

/** One event as a calendar file, or a plain statement of why it cannot be one. */
export function EventCalendarButton({ event }: { event: TimelineEvent }) {
  const t = useMessages()
  const locale = useLocale()
  const urls = useAppUrls()
  const days = calendarDays(event)
  if (days.kind === 'none') {
    return (
      <p className={styles.note} data-print="hide">
        {t.calendarNoDay[days.reason]}
      </p>
    )
  }
  // The calendar writer loads on the click (as in ExportControls).
  async function download() {
    const { eventsToCalendar } = await import('../../lib/ics.ts')
    const { ics } = eventsToCalendar([event], { locale, now: new Date(), pageUrl: urls.page })
    saveFile(ics, 'text/calendar;charset=utf-8', `${event.id}.ics`)
  }
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => void download()}
      data-print="hide"
    >
      {t.downloadEventCalendar}
    </button>
  )
}
