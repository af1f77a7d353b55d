import { memo } from 'react'
import { Link } from '@tanstack/react-router'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { Topic, TopicId } from '../../content/types.ts'
import styles from '../../components/FilterGroup.module.css'

interface Props {
  topics: readonly Topic[]
  topic: TopicId | undefined
  /** Events per choice, within the current country filter. */
  counts: Readonly<Record<TopicId | 'all', number>>
  shown: number
}

/**
 * Like the country filter, a set of links: each choice is a shareable URL that keeps the
 * country filter, so the two combine (?country=JP&topic=industry).
 */
function TopicFilterView({ topics, topic, counts, shown }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const options: readonly (Topic | undefined)[] = [undefined, ...topics]
  const current = topics.find((item) => item.id === topic)
  return (
    <div className={styles.filter} data-print="hide">
      <p className={styles.legend} id="topic-filter-label">
        {t.topicLegend}
      </p>
      <ul className={styles.options} aria-labelledby="topic-filter-label">
        {options.map((option) => {
          return (
            <li key={option?.id ?? 'all'}>
              <Link
                to="."
                search={(prev) => ({ ...prev, topic: option?.id })}
                resetScroll={false}
                className={styles.option}
                // Exact, as for countries: otherwise "All topics" counts as current on every topic.
                activeOptions={{ exact: true }}
                title={option?.description[locale]}
              >
                <span>{option ? option.label[locale] : t.topicAll}</span>
                <span className={styles.count}>{t.filterCount(counts[option?.id ?? 'all'])}</span>
              </Link>
            </li>
          )
        })}
      </ul>
      {current && (
        <p className={styles.status}>
          {t.topicStatus(shown, current.label[locale])}{' '}
          <Link
            to="."
            search={(prev) => ({ ...prev, topic: undefined })}
            resetScroll={false}
            className={styles.reset}
          >
            {t.topicReset}
          </Link>
        </p>
      )}
    </div>
  )
}

// Memoised: the filters and exports stay as they are while the reader moves between events.
export const TopicFilter = memo(TopicFilterView)
