import { Link } from '@tanstack/react-router'
import { CitationList } from '../../components/CitationList.tsx'
import { Flag } from '../../components/Flag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import {
  allOrganisations,
  eventsOfDelegation,
  eventsOfOrganisation,
  eventsOfPerson,
  findOrganisation,
  findPerson,
  leadersOf,
} from '../../content/queries.ts'
import type { Delegation, Organisation, Person, TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './DelegationPanel.module.css'

type Level = 1 | 2

function EventLinks({ events, label }: { events: readonly TimelineEvent[]; label: string }) {
  const locale = useLocale()
  const t = useMessages()
  const lang = langParam(locale)
  if (events.length === 0) return null
  return (
    <p className={styles.events}>
      <span className={styles.muted}>{t.labelled(label)}</span>
      {events.map((event, i) => (
        <span key={event.id}>
          {i > 0 && t.listSeparator}
          <Link
            to="/{-$lang}/events/$eventId"
            params={{ lang, eventId: event.id }}
            search={(prev) => prev}
          >
            {event.title[locale]}
          </Link>
        </span>
      ))}
    </p>
  )
}

function PersonEntry({ person, Heading }: { person: Person; Heading: 'h3' | 'h4' }) {
  const locale = useLocale()
  const t = useMessages()
  return (
    <li id={`person-${person.id}`} className={styles.entry}>
      <Heading className={styles.name}>{person.name[locale]}</Heading>
      <p className={styles.role}>
        {t.ownLine(
          person.rank
            ? t.rankAndTitle(person.rank[locale], person.title[locale])
            : person.title[locale],
        )}
      </p>
      <EventLinks events={eventsOfPerson(person.id)} label={t.tookPartIn} />
      <CitationList cites={[person.cite, ...(person.localCites?.[locale] ?? [])]} />
    </li>
  )
}

function OrganisationEntry({ organisation }: { organisation: Organisation }) {
  const locale = useLocale()
  const t = useMessages()
  const official = organisation.official
  return (
    <li id={`organisation-${organisation.id}`} className={styles.entry}>
      <p className={styles.orgName}>
        {organisation.name[locale]}
        {organisation.abbr && <span className={styles.abbr}>{t.aside(organisation.abbr)}</span>}
      </p>
      {official && official.lang !== locale && (
        <p className={styles.official}>
          <span className={styles.muted}>{t.labelled(t.officialName)}</span>
          <span lang={official.lang}>{official.text}</span>
        </p>
      )}
      {organisation.note && <p className={styles.muted}>{organisation.note[locale]}</p>}
      <EventLinks events={eventsOfOrganisation(organisation)} label={t.tookPartIn} />
      <CitationList
        cites={[
          organisation.cite,
          ...(organisation.noteCite ? [organisation.noteCite] : []),
          ...(official ? [official.cite] : []),
          ...(organisation.localCites?.[locale] ?? []),
        ]}
      />
    </li>
  )
}

/** One delegation: who chaired it, which bodies sat in it, and the events it took part in. */
export function DelegationPanel({
  delegation,
  level = 1,
}: {
  delegation: Delegation
  level?: Level
}) {
  const locale = useLocale()
  const t = useMessages()
  const H1 = level === 1 ? 'h1' : 'h2'
  const H2 = level === 1 ? 'h2' : 'h3'
  const H3 = level === 1 ? 'h3' : 'h4'
  const headingId = `delegation-${delegation.country}`
  const leaders = leadersOf(delegation.country)
  // Hosts and companies met on the way are neither members nor leaders: their own list.
  const hosts = allOrganisations.filter(
    (o) => o.country === delegation.country && !o.delegationMember,
  )
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-country={delegation.country}>
      <H1 id={headingId} className={styles.heading}>
        <Flag country={delegation.country} /> {delegation.name[locale]}
      </H1>
      <EventLinks events={eventsOfDelegation(delegation)} label={t.delegationEventsHeading} />
      <CitationList cites={[delegation.cite]} />

      <H2 className={styles.sectionHeading}>{t.coChairsHeading}</H2>
      <ul className={styles.entries}>
        {delegation.coChairs.map((id) => {
          const person = findPerson(id)
          return person ? <PersonEntry key={id} person={person} Heading={H3} /> : null
        })}
      </ul>

      <H2 className={styles.sectionHeading}>{t.membersHeading}</H2>
      <ul className={styles.entries}>
        {delegation.members.map((id) => {
          const organisation = findOrganisation(id)
          return organisation ? <OrganisationEntry key={id} organisation={organisation} /> : null
        })}
      </ul>

      {leaders.length > 0 && (
        <>
          <H2 className={styles.sectionHeading}>{t.leadersHeading}</H2>
          <ul className={styles.entries}>
            {leaders.map((person) => (
              <PersonEntry key={person.id} person={person} Heading={H3} />
            ))}
          </ul>
        </>
      )}

      {hosts.length > 0 && (
        <>
          <H2 className={styles.sectionHeading}>{t.hostsHeading}</H2>
          <ul className={styles.entries}>
            {hosts.map((organisation) => (
              <OrganisationEntry key={organisation.id} organisation={organisation} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
