import { useId } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { calendarFeedPath } from '../../lib/exportPaths.ts'
import styles from './ExportControls.module.css'

/**
 * The language's static calendar feed (written at build time with every dated event, whatever
 * the filters show): a plain https link, which calendar apps accept for subscriptions.
 */
export function SubscribeLink() {
  const t = useMessages()
  const locale = useLocale()
  const hint = useId()
  return (
    <>
      <a
        href={`${import.meta.env.BASE_URL}${calendarFeedPath(locale)}`}
        type="text/calendar"
        aria-describedby={hint}
      >
        {t.subscribeCalendar}
      </a>{' '}
      <span id={hint} className={styles.schema}>
        {t.subscribeCalendarHint}
      </span>
    </>
  )
}
