import {
  allDelegations,
  allEvents,
  findDelegation,
  findEvent,
  findOrganisation,
  findPerson,
  findSource,
} from '../content/queries.ts'
import type {
  Citation,
  DateValue,
  Delegation,
  Locale,
  Participant,
  TimelineEvent,
} from '../content/types.ts'
import { rounds } from '../content/rounds.ts'
import { sentencesText } from '../content/sentences.ts'
import { INTL_TAG } from './locale.ts'
import { messagesFor } from './i18n.ts'
import { passageAnchor } from './passageAnchor.ts'
import { absoluteUrl, pathFor, type SiteConfig } from './seo.ts'

// schema.org structured data for the prerendered pages, built from the content alone: an
// Event per event page, the delegations as GovernmentOrganizations with their members, and the
// timeline as an ItemList of events. Each page route declares its structured data in its
// staticData.prerender, from one of these (or `noStructuredData`, said out loud). Names are the page's language; nothing is added that the
// content does not say (an event without a stated date or place gets no date or location).

/** A JSON-LD node: plain JSON data. */
export type JsonLd = { readonly [key: string]: JsonValue }
type JsonValue = string | number | boolean | JsonLd | readonly JsonValue[]

const CONTEXT = 'https://schema.org'

/** Where a citation can be read: the release passage on /source, or the outside address. */
function sourceWork(config: SiteConfig, cite: Citation, locale: Locale): JsonLd {
  const source = findSource(cite.source)
  const name = source?.title[locale] ?? cite.source
  if (cite.source === 'press-release' || source?.url === undefined) {
    const page = absoluteUrl(config, pathFor({ route: '/{-$lang}/source' }, locale))
    const anchor =
      cite.source === 'press-release' ? passageAnchor(cite.quote) : `source-${cite.source}`
    return { '@type': 'CreativeWork', name, url: `${page}#${anchor}` }
  }
  return { '@type': 'CreativeWork', name, url: source.url }
}

/** ISO 8601 at the stated precision: `2023-01-19`, or `2023-05` for a month. */
function isoDates(value: DateValue): { startDate: string; endDate: string } {
  switch (value.precision) {
    case 'day':
      return { startDate: value.date, endDate: value.date }
    case 'range':
      return { startDate: value.start, endDate: value.end }
    case 'month':
      return { startDate: value.month, endDate: value.month }
  }
}

function delegationNode(delegation: Delegation, locale: Locale): JsonLd {
  return { '@type': 'GovernmentOrganization', name: delegation.name[locale] }
}

function personNode(id: string, locale: Locale): JsonLd | undefined {
  const person = findPerson(id)
  if (!person) return undefined
  return {
    '@type': 'Person',
    name: person.name[locale],
    jobTitle: person.title[locale],
    nationality: { '@type': 'Country', name: messagesFor(locale).countryNames[person.country] },
  }
}

function organisationNode(id: string, locale: Locale): JsonLd | undefined {
  const organisation = findOrganisation(id)
  if (!organisation) return undefined
  return {
    // Delegation members are government bodies; hosts met on the way (ArianeGroup, the
    // start-ups) are not.
    '@type': organisation.delegationMember ? 'GovernmentOrganization' : 'Organization',
    name: organisation.name[locale],
    ...(organisation.abbr === undefined ? {} : { alternateName: organisation.abbr }),
  }
}

function participantNode(participant: Participant, locale: Locale): JsonLd | undefined {
  switch (participant.kind) {
    case 'person':
      return personNode(participant.id, locale)
    case 'organisation':
      return organisationNode(participant.id, locale)
    case 'delegation': {
      const delegation = findDelegation(participant.country)
      return delegation ? delegationNode(delegation, locale) : undefined
    }
  }
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined
}

export function eventJsonLd(config: SiteConfig, event: TimelineEvent, locale: Locale): JsonLd {
  const stated = event.dates[0]
  return {
    '@type': 'Event',
    name: event.title[locale],
    description: sentencesText(event.summary, locale),
    url: absoluteUrl(
      config,
      pathFor({ route: '/{-$lang}/events/$eventId', params: { eventId: event.id } }, locale),
    ),
    inLanguage: INTL_TAG[locale],
    // The release's own claim, at its precision; a later, finer claim is in the page itself.
    ...(stated === undefined ? {} : isoDates(stated.value)),
    eventStatus: `${CONTEXT}/EventScheduled`,
    eventAttendanceMode: `${CONTEXT}/${event.place?.online ? 'Online' : 'Offline'}EventAttendanceMode`,
    ...(event.place === null
      ? {}
      : event.place.online
        ? { location: { '@type': 'VirtualLocation', name: event.place.name[locale] } }
        : {
            location: {
              '@type': 'Place',
              name: event.place.name[locale],
              address: { '@type': 'PostalAddress', addressCountry: event.place.country },
            },
          }),
    // No organizer: no source says who organised any of these events (the release says where
    // the plenary was held, not by whom).
    attendee: event.participants
      .map((participant) => participantNode(participant, locale))
      .filter(defined),
    subjectOf: sourceWork(config, event.cite, locale),
  }
}

export function delegationJsonLd(
  config: SiteConfig,
  delegation: Delegation,
  locale: Locale,
): JsonLd {
  return {
    ...delegationNode(delegation, locale),
    url: absoluteUrl(
      config,
      pathFor(
        {
          route: '/{-$lang}/delegations/$delegationId',
          params: { delegationId: delegation.country.toLowerCase() },
        },
        locale,
      ),
    ),
    member: [
      ...delegation.coChairs.map((id) => personNode(id, locale)),
      ...delegation.members.map((id) => organisationNode(id, locale)),
    ].filter(defined),
    subjectOf: sourceWork(config, delegation.cite, locale),
  }
}

export function timelineJsonLd(config: SiteConfig, locale: Locale): JsonLd {
  return {
    '@type': 'ItemList',
    itemListOrder: `${CONTEXT}/ItemListOrderAscending`,
    numberOfItems: allEvents.length,
    itemListElement: allEvents.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: event.title[locale],
      url: absoluteUrl(
        config,
        pathFor({ route: '/{-$lang}/events/$eventId', params: { eventId: event.id } }, locale),
      ),
    })),
  }
}

/** An event page's: its Event, if there is such an event. */
export function eventPageJsonLd(
  config: SiteConfig,
  eventId: string,
  locale: Locale,
): JsonLd | undefined {
  const event = findEvent(eventId)
  return event ? eventJsonLd(config, event, locale) : undefined
}

/** The delegations page's: both delegations. */
export function delegationsJsonLd(config: SiteConfig, locale: Locale): JsonLd {
  return {
    '@graph': allDelegations.map((delegation) => delegationJsonLd(config, delegation, locale)),
  }
}

/** A delegation page's, if there is such a delegation. */
export function delegationPageJsonLd(
  config: SiteConfig,
  delegationId: string,
  locale: Locale,
): JsonLd | undefined {
  const delegation = findDelegation(delegationId)
  return delegation ? delegationJsonLd(config, delegation, locale) : undefined
}

/** The rounds compared: the meetings of the dialogue, in order, each as its Event. */
export function roundsJsonLd(config: SiteConfig, locale: Locale): JsonLd {
  const meetings = rounds.flatMap((round) => {
    const event = findEvent(round.eventId)
    return event ? [event] : []
  })
  return {
    '@type': 'ItemList',
    itemListOrder: `${CONTEXT}/ItemListOrderAscending`,
    numberOfItems: meetings.length,
    itemListElement: meetings.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: eventJsonLd(config, event, locale),
    })),
  }
}

/** For a page that describes no thing (the release): declared, so that none is forgotten. */
export function noStructuredData(): undefined {
  return undefined
}

/** A page's structured data as a document: its node with the schema.org context. */
export function jsonLdDocument(node: JsonLd | undefined): JsonLd | undefined {
  return node === undefined ? undefined : { '@context': CONTEXT, ...node }
}

/**
 * The `<script type="application/ld+json">` element for a page's head ('' when it has none).
 * `<` is escaped so no text in the data can close the element; JSON parsers read `\u003c` as `<`.
 */
export function jsonLdScript(node: JsonLd | undefined): string {
  const data = jsonLdDocument(node)
  if (data === undefined) return ''
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return `<script type="application/ld+json">${json}</script>`
}
