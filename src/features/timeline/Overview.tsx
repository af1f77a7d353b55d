import { memo } from 'react'
import { Link } from '@tanstack/react-router'
import { useLinkScope } from '../../components/linkScope.ts'
import { CitationList } from '../../components/CitationList.tsx'
import { CountryTag } from '../../components/CountryTag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { dialogue } from '../../content/dialogue.ts'
import { allDelegations, findPerson } from '../../content/queries.ts'
import { sentencesCites, sentencesText } from '../../content/sentences.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './Overview.module.css'

/** The detail pane before an event is chosen: what the dialogue was, who led it, where to start. */
function OverviewView({ first }: { first: TimelineEvent | undefined }) {
  const locale = useLocale()
  const t = useMessages()
  const lang = langParam(locale)
  const links = useLinkScope()
  return (
    <section className={styles.overview} aria-labelledby="overview-title">
      <h2 id="overview-title">{t.overviewHeading}</h2>
      <p className={styles.summary}>{sentencesText(dialogue.summary, locale)}</p>
      <CitationList cites={sentencesCites(dialogue.summary)} />
      <h3>{t.coChairsHeading}</h3>
      <ul className={styles.chairs}>
        {allDelegations.map((d) => (
          <li key={d.country}>
            <CountryTag country={d.country} />
            <ul>
              {d.coChairs.map((id) => {
                const person = findPerson(id)
                return person ? (
                  <li key={id}>
                    <Link
                      to="/{-$lang}/delegations/$delegationId"
                      params={{ lang, delegationId: d.country.toLowerCase() }}
                      search={(prev) => prev}
                      hash={`person-${id}`}
                      {...links.outside}
                    >
                      {person.name[locale]}
                    </Link>
                    <span className={styles.muted}>{t.titleAfterName(person.title[locale])}</span>
                  </li>
                ) : null
              })}
            </ul>
          </li>
        ))}
      </ul>
      {first && (
        <p>
          <Link
            className={styles.start}
            to={links.event}
            params={{ lang, eventId: first.id }}
            search={(prev) => prev}
            resetScroll={false}
          >
            {first.title[locale]} →
          </Link>
        </p>
      )}
    </section>
  )
}

// Memoised: the overview does not change while the reader moves between events.
export const Overview = memo(OverviewView)
