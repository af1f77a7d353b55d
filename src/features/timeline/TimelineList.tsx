import { Link } from '@tanstack/react-router'
import type { CSSProperties, Ref } from 'react'
import { CountryTag } from '../../components/CountryTag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { AXIS_BREAK_DAYS, axisLayout } from '../../content/queries.ts'
import { COUNTRIES, type CountryCode, type TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import { EventDate } from './EventDate.tsx'
import styles from './TimelineList.module.css'

interface Props {
  events: readonly TimelineEvent[]
  selectedId: string | undefined
  country: CountryCode | undefined
  listRef?: Ref<HTMLOListElement>
}

/**
 * The timeline is an ordered list of articles; the axis is drawn from the real gaps
 * between events, and gaps too long to draw to scale become a labelled break.
 */
export function TimelineList({ events, selectedId, country, listRef }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const lang = langParam(locale)
  if (events.length === 0) return <p className={styles.empty}>{t.noEvents}</p>
  return (
    <ol
      className={styles.list}
      ref={listRef}
      data-has-selection={selectedId !== undefined || undefined}
    >
      {axisLayout(events).map(({ event, gapDays, broken }) => {
        const selected = event.id === selectedId
        const shown = country === undefined ? COUNTRIES.filter((c) => event.roles[c]) : [country]
        return (
          <li
            key={event.id}
            className={styles.item}
            data-broken={broken || undefined}
            style={{ '--gap': Math.min(gapDays, AXIS_BREAK_DAYS) } as CSSProperties}
          >
            {broken ? (
              <p className={styles.break}>{t.axisBreak(gapDays)}</p>
            ) : (
              gapDays > 1 && <p className={styles.gap}>{t.axisGap(gapDays)}</p>
            )}
            <article
              className={styles.card}
              aria-labelledby={`event-${event.id}-title`}
              data-selected={selected || undefined}
            >
              <span
                className={styles.dot}
                aria-hidden="true"
                data-undated={event.dates.length === 0 || undefined}
              />
              <p className={styles.date}>
                <EventDate event={event} />
              </p>
              <h3 id={`event-${event.id}-title`} className={styles.title}>
                <Link
                  to="/{-$lang}/events/$eventId"
                  params={{ lang, eventId: event.id }}
                  search={(prev) => prev}
                  resetScroll={false}
                  aria-current={selected ? 'true' : undefined}
                  className={styles.link}
                  data-event-link={event.id}
                >
                  {event.title[locale]}
                </Link>
              </h3>
              <p className={styles.place}>
                {event.place ? event.place.name[locale] : t.placeNotStated}
              </p>
              <ul className={styles.countries}>
                {shown.map((c) => {
                  const role = event.roles[c]
                  return (
                    <li key={c}>
                      <CountryTag
                        country={c}
                        role={country !== undefined && role ? t.roles[role.role] : undefined}
                      />
                    </li>
                  )
                })}
              </ul>
            </article>
          </li>
        )
      })}
    </ol>
  )
}
