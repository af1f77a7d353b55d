import { useRouter } from '@tanstack/react-router'
import { memo, useEffect, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import {
  findDelegation,
  findOrganisation,
  findPerson,
  findSource,
  findTopic,
} from '../../content/queries.ts'
import { displayQuote } from '../../content/quote.ts'
import { eventCites, sentencesText } from '../../content/sentences.ts'
import {
  COUNTRIES,
  type Citation,
  type Participant,
  type TimelineEvent,
  type Locale,
} from '../../content/types.ts'
import { datetimeAttribute, formatDateValue } from '../../lib/dates.ts'
import { chosenFacets, NO_FACETS, type FacetSelection } from '../../lib/facets.ts'
import { langParam } from '../../lib/locale.ts'
import type { Messages } from '../../lib/messages.ts'
import styles from './PrintDigest.module.css'

// The digest can hold thousands of events, so its parts take the language, text and link
// addresses as props rather than each subscribing to the router (every navigation would run
// thousands of selectors), and its links are plain anchors for the same reason: they are for
// paper.
interface Text {
  t: Messages
  locale: Locale
  eventHref: (id: string) => string
}

const ID_SLOT = '__event__'

/**
 * The event page's address without the filters (`/events/…`, `/fr/events/…`), built by the
 * router once per language and filled in per event: thousands of buildLocation calls would
 * cost more than the digest itself.
 */
function useEventHref(locale: Locale): (id: string) => string {
  const router = useRouter()
  return useMemo(() => {
    const { href } = router.buildLocation({
      to: '/{-$lang}/events/$eventId',
      params: { lang: langParam(locale), eventId: ID_SLOT },
      search: NO_FACETS,
    })
    return (id) => href.replace(ID_SLOT, encodeURIComponent(id))
  }, [router, locale])
}

function SourceNote({ cite, t, locale }: { cite: Citation } & Omit<Text, 'eventHref'>) {
  const source = findSource(cite.source)
  if (!source) return null
  return (
    <p className={styles.source}>
      {t.labelled(t.sourceKind[source.kind])}
      {source.url !== undefined ? (
        <a href={source.url}>{source.title[locale]}</a>
      ) : (
        <cite>{source.title[locale]}</cite>
      )}
      {source.kind === 'secondary' && t.aside(source.confidence[locale])}
      {t.clauseJoiner}
      {/* Outside sources are known through the facts sheet's summary, not their own words. */}
      {source.kind === 'primary' ? (
        <q lang="en">{displayQuote(cite.quote)}</q>
      ) : (
        <>
          {t.labelled(t.citationSummary)}
          <span lang="en">{displayQuote(cite.quote)}</span>
        </>
      )}
    </p>
  )
}

function participantName(p: Participant, locale: Locale): string {
  if (p.kind === 'delegation') return findDelegation(p.country)?.name[locale] ?? p.country
  const entry = p.kind === 'person' ? findPerson(p.id) : findOrganisation(p.id)
  return entry?.name[locale] ?? p.id
}

const DigestEvent = memo(function DigestEvent({
  event,
  t,
  locale,
  eventHref,
}: { event: TimelineEvent } & Text) {
  return (
    <article className={styles.event}>
      <h2 className={styles.title}>
        {/* The event's own address, without the filters: it prints after the title. */}
        <a href={eventHref(event.id)}>{event.title[locale]}</a>
      </h2>
      <p>{sentencesText(event.summary, locale)}</p>
      <dl className={styles.facts}>
        <dt>{t.dateHeading}</dt>
        <dd>
          {event.dates.length === 0 ? (
            event.undated ? (
              <>
                {event.undated.why[locale]}
                <SourceNote cite={event.undated.cite} t={t} locale={locale} />
              </>
            ) : (
              t.dateNotStated
            )
          ) : (
            event.dates.map((claim, index) => (
              <div key={index}>
                <time dateTime={datetimeAttribute(claim.value)}>
                  {formatDateValue(claim.value, locale)}
                </time>
                {t.aside(index === 0 ? t.dateFromRelease : t.dateRefined)}
                <SourceNote cite={claim.cite} t={t} locale={locale} />
              </div>
            ))
          )}
        </dd>
        <dt>{t.placeHeading}</dt>
        <dd>
          {event.place
            ? event.place.name[locale]
            : event.cite.source === 'press-release'
              ? t.placeNotStated
              : t.placeNotStatedOutside}
        </dd>
        <dt>{t.printRoles}</dt>
        <dd>
          {COUNTRIES.flatMap((c) => {
            const role = event.roles[c]
            return role ? [`${t.labelled(t.countryNames[c])}${t.roles[role.role]}`] : []
          }).join(t.itemSeparator)}
        </dd>
        <dt>{t.participantsHeading}</dt>
        <dd>{event.participants.map((p) => participantName(p, locale)).join(t.itemSeparator)}</dd>
        {event.topics.length > 0 && (
          <>
            <dt>{t.topicsHeading}</dt>
            <dd>
              {event.topics
                .flatMap((id) => findTopic(id)?.label[locale] ?? [])
                .join(t.itemSeparator)}
            </dd>
          </>
        )}
      </dl>
      {event.notes.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.notesHeading}</h3>
          <ul className={styles.notes}>
            {event.notes.map((note, index) => (
              <li key={index}>
                {note.text[locale]}
                {note.cites.map((cite, i) => (
                  <SourceNote key={i} cite={cite} t={t} locale={locale} />
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className={styles.subheading}>{t.sourcesHeading}</h3>
      {eventCites(event).map((cite, i) => (
        <SourceNote key={i} cite={cite} t={t} locale={locale} />
      ))}
    </article>
  )
})

// Outside a browser (the prerenderer, Node) the digest is drawn in full: a prerendered page
// prints its own view without scripts. So it is where a page cannot tell when it prints (no
// matchMedia: jsdom in the unit tests).
const ALWAYS_DRAWN = typeof window === 'undefined' || typeof window.matchMedia !== 'function'

/**
 * True while the page is being printed: from the browser's `beforeprint` (or the print media
 * query starting to match) to `afterprint`. The first render happens inside the event, so the
 * printed page has it.
 */
function usePrinting(): boolean {
  // Already printing when the digest's code arrives (a filter, then Ctrl+P at once): drawn now.
  const [printing, setPrinting] = useState(() => ALWAYS_DRAWN || window.matchMedia('print').matches)
  useEffect(() => {
    if (ALWAYS_DRAWN) return
    const query = window.matchMedia('print')
    const start = () => flushSync(() => setPrinting(true))
    const end = () => setPrinting(false)
    const change = () => (query.matches ? start() : end())
    window.addEventListener('beforeprint', start)
    window.addEventListener('afterprint', end)
    query.addEventListener('change', change)
    return () => {
      window.removeEventListener('beforeprint', start)
      window.removeEventListener('afterprint', end)
      query.removeEventListener('change', change)
    }
  }, [])
  return printing
}

/**
 * The printed page: every event the filters show, flat and complete, in place of the
 * interactive list and panel, which print as half a story. Hidden on screen.
 */
// Memoised: selecting an event or moving through the timeline changes none of its inputs
// (filterEvents returns the same list).
export const PrintDigest = memo(function PrintDigest(props: {
  events: readonly TimelineEvent[]
  selection: FacetSelection
}) {
  // In the browser the events are drawn only while the page prints. Drawn after each filter
  // change, in a render React deferred past the frame that shows the filter, every shown
  // event's article (at scale thousands, whose commit cannot be interrupted) was main-thread
  // work that a second click waited for, for a text hidden on screen (docs/performance.md,
  // "The overview's first load…; the print digest drawn when the page prints").
  const printing = usePrinting()
  const { events, selection } = props
  const t = useMessages()
  const locale = useLocale()
  const eventHref = useEventHref(locale)
  const filters = chosenFacets(selection, t, locale)
    .filter((chosen) => chosen.facet.inPrint)
    .map((chosen) => chosen.label)
  return (
    <section className={styles.digest} data-print="only" aria-labelledby="print-heading">
      <h1 id="print-heading">{t.printHeading}</h1>
      {printing && (
        <>
          <p>
            {t.printFilter(filters.length === 0 ? t.printAll : filters.join(' · '))}
            {t.clauseJoiner}
            {t.eventsCount(events.length)}
          </p>
          {events.length === 0 ? (
            <p>{t.noEvents}</p>
          ) : (
            events.map((event) => (
              <DigestEvent
                key={event.id}
                event={event}
                t={t}
                locale={locale}
                eventHref={eventHref}
              />
            ))
          )}
        </>
      )}
    </section>
  )
})
