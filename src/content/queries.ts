import { delegations } from './delegations.ts'
import { loadContentPart } from './contentText.ts'
import { events } from './events.ts'
import { organisations } from './organisations.ts'
import { people } from './people.ts'
import { sources } from './sources.ts'
import { topics } from './topics.ts'
import type {
  CountryCode,
  DateValue,
  Delegation,
  EventId,
  Organisation,
  Participant,
  Person,
  Source,
  TimelineEvent,
  Topic,
} from './types.ts'

// Read while the list below is sorted, so declared above it.
const DAY_MS = 86_400_000

/**
 * Events in the order the reader meets them: by the start of its most precise date. An
 * undated event goes by the last day its window allows, ahead of the events dated that day: the
 * start-up meeting, which the release tells after the plenary of the 19th, within 18–20
 * January, comes before the visit of the 20th. Ids break what ties remain, so the order never
 * depends on how the files were listed.
 */
function inOrder(list: readonly TimelineEvent[]): readonly TimelineEvent[] {
  return list
    .map((event) => ({ event, key: sortKey(event) }))
    .sort(
      (a, b) => a.key - b.key || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    )
    .map(({ event }) => event)
}

function sortKey(event: TimelineEvent): number {
  // Twice the day number, less one for an undated event: before the events dated that day.
  return event.undated && event.dates.length === 0
    ? 2 * dayNumber(event.undated.within.end) - 1
    : 2 * dayNumber(eventSpan(event).start)
}

/**
 * The events the joint press release itself tells, the mission's own view (the default): those
 * whose own citation is a passage of the release (./events/). The history's events (facts
 * sheet, section C, ./events/history/) are sourced outside it.
 */
export const missionEvents: readonly TimelineEvent[] = inOrder(events).filter(
  (event) => event.cite.source === 'press-release',
)

function byId<T extends { readonly id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [item.id, item]))
}

/**
 * Every event, in order: the mission's until the history has loaded (loadHistory), then the
 * history's too. A view that shows the history loads it first (its route's loader), so no view
 * draws this list half loaded; outside the browser it is loaded at start-up. A list of its own
 * even before, never missionEvents itself: the views tell the mission's view by that list.
 */
export let allEvents: readonly TimelineEvent[] = [...missionEvents]
let eventIndex = byId<TimelineEvent>(allEvents)
/** Every source: those the first screen may cite until the history has loaded, then its too. */
export let allSources: readonly Source[] = [...sources]
let sourceIndex = byId<Source>(allSources)
let historyLoad: Promise<void> | undefined

/**
 * Fetches the history's events, the outside sources only they and the rounds cite, and their
 * text in every language loaded, once; later calls share the first. A failed fetch (offline)
 * can be tried again.
 */
export function loadHistory(): Promise<void> {
  // Asked each time, so that the prerenderer sees which pages read the history.
  const text = loadContentPart('history')
  historyLoad ??= Promise.all([import('./history.ts'), text]).then(
    ([{ historyEvents, historySources }]) => {
      allEvents = inOrder([...missionEvents, ...historyEvents])
      eventIndex = byId<TimelineEvent>(allEvents)
      allSources = [...sources, ...historySources]
      sourceIndex = byId<Source>(allSources)
    },
    (error: unknown) => {
      historyLoad = undefined
      throw error
    },
  )
  return historyLoad
}

/**
 * Everything the views load when they need it, at once: for what reads the whole content
 * outside the browser (the prerenderer, the unit tests).
 */
export function loadAllContent(): Promise<void> {
  return Promise.all([loadHistory(), loadContentPart('rounds')]).then(() => undefined)
}

const personIndex = byId<Person>(people)
const organisationIndex = byId<Organisation>(organisations)
const topicIndex = byId<Topic>(topics)

// Lookups take plain strings because ids arrive from URLs; unknown ids give undefined. An event
// of the history is found once the history has loaded.
export function findEvent(id: string): TimelineEvent | undefined {
  return eventIndex.get(id)
}
export function findPerson(id: string): Person | undefined {
  return personIndex.get(id)
}
export function findOrganisation(id: string): Organisation | undefined {
  return organisationIndex.get(id)
}
export function findSource(id: string): Source | undefined {
  return sourceIndex.get(id)
}
export function findTopic(id: string): Topic | undefined {
  return topicIndex.get(id)
}
export function findDelegation(country: string): Delegation | undefined {
  return delegations.find((d) => d.country.toLowerCase() === country.toLowerCase())
}
export const allDelegations: readonly Delegation[] = delegations
export const allTopics: readonly Topic[] = topics
export const allPeople: readonly Person[] = people
export const allOrganisations: readonly Organisation[] = organisations

export function participantCountry(participant: Participant): CountryCode | undefined {
  switch (participant.kind) {
    case 'delegation':
      return participant.country
    case 'person':
      return findPerson(participant.id)?.country
    case 'organisation':
      return findOrganisation(participant.id)?.country
  }
}

export function participantsOf(
  event: TimelineEvent,
  country: CountryCode | undefined,
): readonly Participant[] {
  if (country === undefined) return event.participants
  return event.participants.filter((p) => participantCountry(p) === country)
}

function takesPart(event: TimelineEvent, match: (p: Participant) => boolean): boolean {
  return event.participants.some(match)
}

// The delegations are those of January 2023: their panels, and a person's or an organisation's
// events, list the mission's view (the release's events); the history is the timeline's to show.

/** Events the delegation took part in, as a body or through its co-chairs. */
export function eventsOfDelegation(delegation: Delegation): readonly TimelineEvent[] {
  const chairs = new Set<string>(delegation.coChairs)
  return missionEvents.filter((event) =>
    takesPart(
      event,
      (p) =>
        (p.kind === 'delegation' && p.country === delegation.country) ||
        (p.kind === 'person' && chairs.has(p.id)),
    ),
  )
}

export function eventsOfPerson(id: string): readonly TimelineEvent[] {
  return missionEvents.filter((event) =>
    takesPart(event, (p) => p.kind === 'person' && p.id === id),
  )
}

/** An organisation takes part directly, or with its delegation. */
export function eventsOfOrganisation(organisation: Organisation): readonly TimelineEvent[] {
  return missionEvents.filter((event) =>
    takesPart(
      event,
      (p) =>
        (p.kind === 'organisation' && p.id === organisation.id) ||
        (p.kind === 'delegation' &&
          organisation.delegationMember &&
          p.country === organisation.country),
    ),
  )
}

/** Leaders on a country's side who appear in the timeline without sitting on the dialogue. */
export function leadersOf(country: CountryCode): readonly Person[] {
  return people.filter((p) => p.country === country && p.standing === 'leader')
}

export function neighbours(
  list: readonly TimelineEvent[],
  id: EventId | string,
): { previous: TimelineEvent | undefined; next: TimelineEvent | undefined } {
  const index = list.findIndex((e) => e.id === id)
  if (index === -1) return { previous: undefined, next: undefined }
  return { previous: list[index - 1], next: list[index + 1] }
}

// ---- Time ---------------------------------------------------------------------------

/** Days since 1970-01-01 for an ISO date, in UTC so time zones never shift a day. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate()
}

/** The first and last day a date value covers. */
export function dateBounds(value: DateValue): { start: string; end: string } {
  switch (value.precision) {
    case 'day':
      return { start: value.date, end: value.date }
    case 'range':
      return { start: value.start, end: value.end }
    case 'month':
      return {
        start: `${value.month}-01`,
        end: `${value.month}-${String(daysInMonth(value.month)).padStart(2, '0')}`,
      }
  }
}

function precisionRank(value: DateValue): number {
  return value.precision === 'day' ? 0 : value.precision === 'range' ? 1 : 2
}

/** The span the axis places an event on: its most precise stated date, or where it sits. */
export function eventSpan(event: TimelineEvent): { start: string; end: string } {
  const best = [...event.dates].sort((a, b) => precisionRank(a.value) - precisionRank(b.value))[0]
  if (best) return dateBounds(best.value)
  if (event.undated) return event.undated.within
  throw new Error(`Event ${event.id} has neither a date nor a placement`)
}

export interface AxisEntry {
  readonly event: TimelineEvent
  /** Days since the previous event started (0 for the first). */
  readonly gapDays: number
  /** True where the gap is too long to draw to scale and the axis shows a break instead. */
  readonly broken: boolean
}

/** Gaps longer than this are drawn as a break rather than to scale. */
export const AXIS_BREAK_DAYS = 45

const layoutCache = new WeakMap<readonly TimelineEvent[], readonly AxisEntry[]>()

/** Computed once per list (lists are immutable): the timeline keys its measurements on it. */
export function axisLayout(list: readonly TimelineEvent[]): readonly AxisEntry[] {
  const cached = layoutCache.get(list)
  if (cached) return cached
  let previous: number | undefined
  const layout = list.map((event) => {
    const span = eventSpan(event)
    const start = dayNumber(span.start)
    const gapDays = previous === undefined ? 0 : Math.max(0, start - previous)
    // An undated event claims no distance to the events around it: the next gap counts from
    // the last dated day before it or, when it comes first, from the end of its window.
    if (event.dates.length > 0) previous = start
    else if (previous === undefined) previous = dayNumber(span.end)
    return { event, gapDays, broken: gapDays > AXIS_BREAK_DAYS }
  })
  layoutCache.set(list, layout)
  return layout
}
