import { dialogue } from '../../content/dialogue.ts'
import {
  allDelegations,
  allEvents,
  allOrganisations,
  allPeople,
  allTopics,
} from '../../content/queries.ts'
import { normaliseForMatch } from '../../content/quote.ts'
import { ROUND_ROWS, rounds } from '../../content/rounds.ts'
import type {
  Citation,
  CountryCode,
  EventId,
  OrganisationId,
  PersonId,
  SourceId,
  TopicId,
} from '../../content/types.ts'

/** Something in the app that cites a passage, and so can be linked back to from it. */
export type Citer =
  | { readonly kind: 'event'; readonly id: EventId }
  | { readonly kind: 'person'; readonly id: PersonId; readonly country: CountryCode }
  | { readonly kind: 'organisation'; readonly id: OrganisationId; readonly country: CountryCode }
  | { readonly kind: 'delegation'; readonly country: CountryCode }
  | { readonly kind: 'topic'; readonly id: TopicId }
  | { readonly kind: 'overview' }
  | { readonly kind: 'rounds' }

export interface CitedQuote {
  readonly source: SourceId
  /** The quote as first written in the content; equal quotes are merged. */
  readonly quote: string
  readonly citers: readonly Citer[]
}

function citerKey(citer: Citer): string {
  switch (citer.kind) {
    case 'delegation':
      return `delegation-${citer.country}`
    case 'overview':
      return 'overview'
    case 'rounds':
      return 'rounds'
    default:
      return `${citer.kind}-${citer.id}`
  }
}

/** Every citation in the content, grouped by source and quote, with who cites it. */
function collect(): readonly CitedQuote[] {
  const byQuote = new Map<string, { source: SourceId; quote: string; citers: Map<string, Citer> }>()
  function add(cite: Citation | undefined, citer: Citer) {
    if (!cite) return
    const key = `${cite.source}\u0000${normaliseForMatch(cite.quote)}`
    let entry = byQuote.get(key)
    if (!entry) {
      entry = { source: cite.source, quote: cite.quote, citers: new Map() }
      byQuote.set(key, entry)
    }
    entry.citers.set(citerKey(citer), citer)
  }
  for (const sentence of dialogue.summary)
    for (const c of sentence.cites) add(c, { kind: 'overview' })
  for (const event of allEvents) {
    const citer: Citer = { kind: 'event', id: event.id }
    add(event.cite, citer)
    for (const sentence of [...event.summary, ...event.notes])
      for (const c of sentence.cites) add(c, citer)
    for (const claim of event.dates) add(claim.cite, citer)
    add(event.undated?.cite, citer)
    add(event.place?.cite, citer)
    for (const role of Object.values(event.roles)) add(role.cite, citer)
  }
  for (const person of allPeople) {
    const citer: Citer = { kind: 'person', id: person.id, country: person.country }
    add(person.cite, citer)
    for (const cites of Object.values(person.localCites ?? {})) for (const c of cites) add(c, citer)
  }
  for (const organisation of allOrganisations) {
    const citer: Citer = {
      kind: 'organisation',
      id: organisation.id,
      country: organisation.country,
    }
    add(organisation.cite, citer)
    add(organisation.official?.cite, citer)
    add(organisation.noteCite, citer)
    for (const cites of Object.values(organisation.localCites ?? {}))
      for (const c of cites) add(c, citer)
  }
  for (const delegation of allDelegations) {
    add(delegation.cite, { kind: 'delegation', country: delegation.country })
  }
  for (const topic of allTopics) add(topic.cite, { kind: 'topic', id: topic.id })
  for (const round of rounds)
    for (const row of ROUND_ROWS)
      for (const c of round.cells[row]?.cites ?? []) add(c, { kind: 'rounds' })
  return [...byQuote.values()].map(({ source, quote, citers }) => ({
    source,
    quote,
    citers: [...citers.values()],
  }))
}

let cache:
  { readonly events: readonly unknown[]; readonly quotes: readonly CitedQuote[] } | undefined

/**
 * Every citation, grouped (collect), worked out once per list of events: again once the
 * history has loaded, whose events cite outside sources too. The page's loader loads it before
 * the page renders, but this module may be evaluated before that.
 */
export function citedQuotes(): readonly CitedQuote[] {
  if (cache?.events !== allEvents) cache = { events: allEvents, quotes: collect() }
  return cache.quotes
}
