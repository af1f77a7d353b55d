import { Link } from '@tanstack/react-router'
import { useLinkScope } from '../../components/linkScope.ts'
import { Flag } from '../../components/Flag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import {
  findDelegation,
  findOrganisation,
  findPerson,
  participantCountry,
  participantsOf,
} from '../../content/queries.ts'
import type { CountryCode, Participant, TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './EventDetail.module.css'

function participantKey(p: Participant): string {
  return p.kind === 'delegation' ? `delegation-${p.country}` : `${p.kind}-${p.id}`
}

/** Who took part; every participant links to its delegation's panel. */
export function ParticipantList({
  event,
  country,
}: {
  event: TimelineEvent
  country: CountryCode | undefined
}) {
  const locale = useLocale()
  const t = useMessages()
  const lang = langParam(locale)
  const links = useLinkScope()
  const list = participantsOf(event, country)
  if (list.length === 0) return <p className={styles.muted}>{t.noParticipants}</p>
  return (
    <ul className={styles.participants}>
      {list.map((p) => {
        const side = participantCountry(p)
        if (!side) return null
        const delegationId = side.toLowerCase()
        let label: string
        let detail: string | undefined
        if (p.kind === 'person') {
          const person = findPerson(p.id)
          label = person?.name[locale] ?? p.id
          detail = person?.title[locale]
        } else if (p.kind === 'organisation') {
          const org = findOrganisation(p.id)
          label = org?.name[locale] ?? p.id
          detail = org?.note?.[locale]
        } else {
          label = t.delegationWhole(findDelegation(p.country)?.name[locale] ?? p.country)
        }
        return (
          <li key={participantKey(p)}>
            <Flag country={side} />{' '}
            <Link
              to="/{-$lang}/delegations/$delegationId"
              params={{ lang, delegationId }}
              search={(prev) => prev}
              hash={p.kind === 'delegation' ? undefined : participantKey(p)}
              {...links.outside}
            >
              {label}
            </Link>
            {detail !== undefined && (
              <span className={styles.muted}>{t.titleAfterName(detail)}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
