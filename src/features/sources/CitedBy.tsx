import { Link } from '@tanstack/react-router'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import {
  findDelegation,
  findEvent,
  findOrganisation,
  findPerson,
  findTopic,
} from '../../content/queries.ts'
import { langParam } from '../../lib/locale.ts'
import type { Citer } from './citers.ts'
import styles from './SourceView.module.css'

const ORDER: readonly Citer['kind'][] = [
  'overview',
  'event',
  'rounds',
  'delegation',
  'person',
  'organisation',
  'topic',
]

function CiterLink({ citer }: { citer: Citer }) {
  const locale = useLocale()
  const t = useMessages()
  const lang = langParam(locale)
  switch (citer.kind) {
    case 'overview':
      return (
        <Link to="/{-$lang}" params={{ lang }}>
          {t.overviewLink}
        </Link>
      )
    case 'rounds':
      return (
        <Link to="/{-$lang}/rounds" params={{ lang }}>
          {t.roundsTitle}
        </Link>
      )
    case 'event':
      return (
        <Link to="/{-$lang}/events/$eventId" params={{ lang, eventId: citer.id }}>
          {findEvent(citer.id)?.title[locale] ?? citer.id}
        </Link>
      )
    case 'delegation':
      return (
        <Link
          to="/{-$lang}/delegations/$delegationId"
          params={{ lang, delegationId: citer.country.toLowerCase() }}
        >
          {findDelegation(citer.country)?.name[locale] ?? citer.country}
        </Link>
      )
    case 'person':
    case 'organisation': {
      const entry = citer.kind === 'person' ? findPerson(citer.id) : findOrganisation(citer.id)
      return (
        <Link
          to="/{-$lang}/delegations/$delegationId"
          params={{ lang, delegationId: citer.country.toLowerCase() }}
          hash={`${citer.kind}-${citer.id}`}
        >
          {entry?.name[locale] ?? citer.id}
        </Link>
      )
    }
    case 'topic':
      return (
        <Link to="/{-$lang}" params={{ lang }} search={(prev) => ({ ...prev, topic: citer.id })}>
          {findTopic(citer.id)?.label[locale] ?? citer.id}
        </Link>
      )
  }
}

/** Links from a passage back to everything in the app that cites it, grouped by kind. */
export function CitedBy({ citers, label }: { citers: readonly Citer[]; label: string }) {
  const t = useMessages()
  if (citers.length === 0) return null
  return (
    <div className={styles.citedBy} role="group" aria-label={label}>
      <p className={styles.citedByHeading}>{t.citedBy}</p>
      <dl className={styles.citedByList}>
        {ORDER.map((kind) => {
          const group = citers.filter((c) => c.kind === kind)
          if (group.length === 0) return null
          return (
            <div key={kind}>
              <dt>{t.citedByKinds[kind]}</dt>
              <dd>
                <ul>
                  {group.map((citer) => (
                    <li key={JSON.stringify(citer)}>
                      <CiterLink citer={citer} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )
        })}
      </dl>
    </div>
  )
}
