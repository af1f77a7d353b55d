import type { ReactNode } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { findTopic } from '../../content/queries.ts'
import type { CountryCode, TopicId } from '../../content/types.ts'
import styles from './FilterToolbar.module.css'

interface Props {
  country: CountryCode | undefined
  topic: TopicId | undefined
  children: ReactNode
}

/**
 * Filters, topics and downloads in one toolbar. On a phone it is a disclosure whose summary
 * states the active filters ("Japan · Industry"), so that the axis and the open event reach
 * the first screen; on wider screens it is always open and the summary is not shown. A native
 * <details>: it opens and closes without scripts.
 */
export function FilterToolbar({ country, topic, children }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const active = [
    country && t.countryNames[country],
    topic && findTopic(topic)?.label[locale],
  ].filter((part): part is string => Boolean(part))
  return (
    <details className={styles.toolbar}>
      <summary className={styles.summary}>
        <span className={styles.label}>{t.toolbarLabel}</span>{' '}
        <span className={styles.active}>{active.join(' · ') || t.toolbarAll}</span>
      </summary>
      <div className={styles.content}>{children}</div>
    </details>
  )
}
