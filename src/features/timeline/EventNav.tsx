import { Link } from '@tanstack/react-router'
import { useLinkScope } from '../../components/linkScope.ts'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './EventNav.module.css'

interface Props {
  previous: TimelineEvent | undefined
  next: TimelineEvent | undefined
  position: number
  total: number
}

/** Previous and next links; at either end the control stays in place but is marked unavailable. */
export function EventNav({ previous, next, position, total }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const lang = langParam(locale)
  const links = useLinkScope()
  return (
    <nav className={styles.nav} aria-label={t.eventPosition(position, total)}>
      {previous ? (
        <Link
          to={links.event}
          params={{ lang, eventId: previous.id }}
          search={(prev) => prev}
          resetScroll={false}
          rel="prev"
          className={styles.link}
        >
          <span className={styles.dir} aria-hidden="true">
            ←
          </span>
          <span>
            <span className={styles.label}>{t.previousEvent}</span>
            <span className={styles.name}>{previous.title[locale]}</span>
          </span>
        </Link>
      ) : (
        <span className={styles.link} aria-disabled="true">
          <span className={styles.dir} aria-hidden="true">
            ←
          </span>
          <span className={styles.label}>{t.previousEvent}</span>
        </span>
      )}
      <span className={styles.position}>{t.eventPosition(position, total)}</span>
      {next ? (
        <Link
          to={links.event}
          params={{ lang, eventId: next.id }}
          search={(prev) => prev}
          resetScroll={false}
          rel="next"
          className={`${styles.link} ${styles.next}`}
        >
          <span>
            <span className={styles.label}>{t.nextEvent}</span>
            <span className={styles.name}>{next.title[locale]}</span>
          </span>
          <span className={styles.dir} aria-hidden="true">
            →
          </span>
        </Link>
      ) : (
        <span className={`${styles.link} ${styles.next}`} aria-disabled="true">
          <span className={styles.label}>{t.nextEvent}</span>
          <span className={styles.dir} aria-hidden="true">
            →
          </span>
        </span>
      )}
    </nav>
  )
}
