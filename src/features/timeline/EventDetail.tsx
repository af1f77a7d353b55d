import { Link } from '@tanstack/react-router'
import { useLinkScope } from '../../components/linkScope.ts'
import type { ReactNode, Ref } from 'react'
import { Citation } from '../../components/Citation.tsx'
import { CountryTag } from '../../components/CountryTag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { findTopic } from '../../content/queries.ts'
import { eventCites, sentencesText } from '../../content/sentences.ts'
import {
  COUNTRIES,
  type Citation as CitationData,
  type CountryCode,
  type TimelineEvent,
} from '../../content/types.ts'
import { datetimeAttribute, formatDateValue } from '../../lib/dates.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './EventDetail.module.css'
import { ParticipantList } from './ParticipantList.tsx'

interface Props {
  event: TimelineEvent
  country: CountryCode | undefined
  headingRef?: Ref<HTMLHeadingElement>
  /** Previous/next controls and sharing, composed by the route. */
  navigation?: ReactNode
  actions?: ReactNode
}

function sameCite(a: CitationData, b: CitationData | undefined): boolean {
  return b !== undefined && a.source === b.source && a.quote === b.quote
}

export function EventDetail({ event, country, headingRef, navigation, actions }: Props) {
  const locale = useLocale()
  const t = useMessages()
  const lang = langParam(locale)
  const links = useLinkScope()
  const countries = country === undefined ? COUNTRIES.filter((c) => event.roles[c]) : [country]
  return (
    <article className={styles.detail} aria-labelledby="detail-title">
      <h2 id="detail-title" className={styles.title} tabIndex={-1} ref={headingRef}>
        {event.title[locale]}
      </h2>
      {actions && <div className={styles.actions}>{actions}</div>}
      <p className={styles.summary}>{sentencesText(event.summary, locale)}</p>

      <dl className={styles.facts}>
        <div>
          <dt>{t.dateHeading}</dt>
          <dd>
            {event.dates.length === 0 && event.undated ? (
              <>
                <strong>{t.dateNotStated}</strong>
                <p className={styles.muted}>{event.undated.why[locale]}</p>
                <Citation cite={event.undated.cite} />
              </>
            ) : (
              <ul className={styles.plain}>
                {event.dates.map((claim, index) => (
                  <li key={index}>
                    <time dateTime={datetimeAttribute(claim.value)} className={styles.strong}>
                      {formatDateValue(claim.value, locale)}
                    </time>{' '}
                    <span className={styles.muted}>
                      {index === 0 ? t.dateFromRelease : t.dateRefined}
                    </span>
                    <Citation cite={claim.cite} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.placeHeading}</dt>
          <dd>
            {event.place ? (
              <>
                <span className={styles.strong}>{event.place.name[locale]}</span>
                {!sameCite(event.place.cite, event.dates[0]?.cite) && (
                  <Citation cite={event.place.cite} />
                )}
              </>
            ) : event.cite.source === 'press-release' ? (
              t.placeNotStated
            ) : (
              t.placeNotStatedOutside
            )}
          </dd>
        </div>
        <div>
          <dt>{t.rolesHeading}</dt>
          <dd>
            <ul className={styles.inline}>
              {countries.map((c) => {
                const role = event.roles[c]
                return role ? (
                  <li key={c}>
                    <CountryTag country={c} role={t.roles[role.role]} />
                  </li>
                ) : null
              })}
            </ul>
          </dd>
        </div>
        <div>
          <dt>
            {country === undefined
              ? t.participantsHeading
              : t.participantsFiltered(t.countryNames[country])}
          </dt>
          <dd>
            <ParticipantList event={event} country={country} />
          </dd>
        </div>
        {event.topics.length > 0 && (
          <div>
            <dt>{t.topicsHeading}</dt>
            <dd>
              <ul className={styles.inline}>
                {event.topics.map((id) => {
                  const topic = findTopic(id)
                  return topic ? (
                    <li key={id} className={styles.topic}>
                      {topic.label[locale]}
                    </li>
                  ) : null
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {event.notes.length > 0 && (
        <section aria-labelledby="detail-notes" className={styles.section}>
          <h3 id="detail-notes">{t.notesHeading}</h3>
          <ul className={styles.notes}>
            {event.notes.map((note, index) => (
              <li key={index}>
                <p>{note.text[locale]}</p>
                {note.cites.map((cite, i) => (
                  <Citation key={i} cite={cite} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="detail-sources" className={styles.section}>
        <h3 id="detail-sources">{t.sourcesHeading}</h3>
        {/* The event's own passage, then those behind each sentence of its summary. */}
        {eventCites(event).map((cite, i) => (
          <Citation key={i} cite={cite} />
        ))}
      </section>

      {navigation}
      <p className={styles.back}>
        <Link to={links.timeline} params={{ lang }} search={(prev) => prev}>
          {t.backToTimeline}
        </Link>
      </p>
    </article>
  )
}
