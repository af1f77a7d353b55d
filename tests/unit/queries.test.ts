import { describe, expect, it } from 'vitest'
import {
  AXIS_BREAK_DAYS,
  allEvents,
  axisLayout,
  dateBounds,
  dayNumber,
  eventSpan,
  eventsOfDelegation,
  eventsOfOrganisation,
  eventsOfPerson,
  findDelegation,
  findEvent,
  findOrganisation,
  findPerson,
  findSource,
  findTopic,
  isoFromDayNumber,
  leadersOf,
  neighbours,
  participantCountry,
  participantsOf,
} from '../../src/content/queries.ts'
import { countByCountry, filterEvents } from '../../src/lib/facets.ts'
import type { Participant, TimelineEvent } from '../../src/content/types.ts'
import { FIXTURE_EVENTS, fixture } from './fixtures/events.ts'

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`)
  return value
}

const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id)
const participantIds = (list: readonly Participant[]) =>
  list.map((p) => (p.kind === 'delegation' ? `delegation:${p.country}` : `${p.kind}:${p.id}`))

/** A copy of an event placed on another day, for layouts the fixtures do not have. */
function on(date: string, base = fixture('plenary')): TimelineEvent {
  return { ...base, dates: [{ value: { precision: 'day', date }, cite: base.cite }] }
}

/** A copy of an event in which only France has a role. */
function frenchOnly(base = fixture('plenary')): TimelineEvent {
  const role = must(base.roles.FR, 'French role')
  return { ...base, roles: { FR: role } }
}

const ALL = [
  'kishida-paris-visit',
  'plenary',
  'start-up-meeting',
  'ariane-group-visit',
  'g7-hiroshima',
]

describe('lookups', () => {
  it('find what exists', () => {
    // Ids only: the texts are content, checked by the content tests.
    expect(findEvent('plenary')?.id).toBe('plenary')
    expect(findPerson('kasai')?.country).toBe('JP')
    expect(findOrganisation('cnes')?.country).toBe('FR')
    expect(findSource('press-release')?.kind).toBe('primary')
    expect(findTopic('industry')?.id).toBe('industry')
    expect(findDelegation('fr')?.country).toBe('FR')
    expect(findDelegation('JP')?.country).toBe('JP')
  })

  it.each([
    'nope',
    '',
    'PLENARY',
    ' plenary',
    '__proto__',
    'constructor',
    'toString',
    'x'.repeat(5000),
  ])('give undefined for the unknown id %j', (id) => {
    expect(findEvent(id)).toBeUndefined()
    expect(findPerson(id)).toBeUndefined()
    expect(findOrganisation(id)).toBeUndefined()
    expect(findSource(id)).toBeUndefined()
    expect(findTopic(id)).toBeUndefined()
    expect(findDelegation(id)).toBeUndefined()
  })

  it("keep every dated event in date order (an undated one keeps the release's place)", () => {
    const starts = allEvents.filter((e) => e.dates.length > 0).map((e) => eventSpan(e).start)
    expect(starts).toEqual([...starts].sort())
  })
})

describe('filterEvents', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterEvents(FIXTURE_EVENTS, {}))).toEqual(ALL)
  })

  it('keeps the events in which the country has a role', () => {
    expect(ids(filterEvents(FIXTURE_EVENTS, { country: 'FR' }))).toEqual([
      'kishida-paris-visit',
      'plenary',
      'ariane-group-visit',
      'g7-hiroshima',
    ])
    expect(ids(filterEvents(FIXTURE_EVENTS, { country: 'JP' }))).toEqual([
      'plenary',
      'start-up-meeting',
      'ariane-group-visit',
      'g7-hiroshima',
    ])
    const mixed = [frenchOnly(fixture('plenary')), fixture('g7-hiroshima')]
    expect(ids(filterEvents(mixed, { country: 'JP' }))).toEqual(['g7-hiroshima'])
    expect(ids(filterEvents(mixed, { country: 'FR' }))).toEqual(['plenary', 'g7-hiroshima'])
  })

  it('filters by topic, alone and with a country', () => {
    expect(ids(filterEvents(FIXTURE_EVENTS, { topic: 'industry' }))).toEqual([
      'start-up-meeting',
      'ariane-group-visit',
    ])
    expect(ids(filterEvents(FIXTURE_EVENTS, { topic: 'multilateral', country: 'JP' }))).toEqual([
      'g7-hiroshima',
    ])
    const mixed = [frenchOnly(fixture('plenary')), fixture('g7-hiroshima')]
    expect(ids(filterEvents(mixed, { topic: 'multilateral', country: 'JP' }))).toEqual([
      'g7-hiroshima',
    ])
  })

  it('gives the same array for the same list and filter, a new one for another', () => {
    const a = filterEvents(FIXTURE_EVENTS, { country: 'FR' })
    expect(filterEvents(FIXTURE_EVENTS, { country: 'FR' })).toBe(a)
    expect(filterEvents(FIXTURE_EVENTS, { country: 'JP' })).not.toBe(a)
    expect(filterEvents([...FIXTURE_EVENTS], { country: 'FR' })).not.toBe(a)
  })
})

describe('countByCountry', () => {
  it('counts a list, with and without a topic', () => {
    expect(countByCountry(FIXTURE_EVENTS)).toEqual({ all: 5, FR: 4, JP: 4 })
    expect(countByCountry(FIXTURE_EVENTS, { topic: 'industry' })).toEqual({ all: 2, FR: 1, JP: 2 })
    expect(countByCountry(FIXTURE_EVENTS, { topic: 'civil' })).toEqual({ all: 1, FR: 1, JP: 1 })
  })

  it('counts each country apart', () => {
    const list = [
      frenchOnly(fixture('plenary')),
      frenchOnly(fixture('ariane-group-visit')),
      fixture('g7-hiroshima'),
    ]
    expect(countByCountry(list)).toEqual({ all: 3, FR: 3, JP: 1 })
    expect(countByCountry([])).toEqual({ all: 0, FR: 0, JP: 0 })
  })
})

describe('participants', () => {
  it('lists everyone without a country', () => {
    expect(participantIds(participantsOf(fixture('plenary'), undefined))).toEqual([
      'person:cousin',
      'person:kasai',
      'delegation:FR',
      'delegation:JP',
    ])
  })

  it('lists only the chosen country’s', () => {
    expect(participantIds(participantsOf(fixture('plenary'), 'FR'))).toEqual([
      'person:cousin',
      'delegation:FR',
    ])
    expect(participantIds(participantsOf(fixture('plenary'), 'JP'))).toEqual([
      'person:kasai',
      'delegation:JP',
    ])
    expect(participantsOf(fixture('g7-hiroshima'), 'JP')).toEqual([])
  })

  it('knows each participant’s side, and none for an unknown id', () => {
    expect(participantCountry({ kind: 'person', id: 'macron' })).toBe('FR')
    expect(participantCountry({ kind: 'organisation', id: 'jaxa' })).toBe('JP')
    expect(participantCountry({ kind: 'delegation', country: 'JP' })).toBe('JP')
    const ghost = JSON.parse('{"kind":"person","id":"nobody"}') as Participant
    expect(participantCountry(ghost)).toBeUndefined()
  })
})

describe('neighbours', () => {
  it('gives the previous and next event', () => {
    expect(neighbours(FIXTURE_EVENTS, 'kishida-paris-visit')).toEqual({
      previous: undefined,
      next: fixture('plenary'),
    })
    expect(neighbours(FIXTURE_EVENTS, 'start-up-meeting')).toEqual({
      previous: fixture('plenary'),
      next: fixture('ariane-group-visit'),
    })
    expect(neighbours(FIXTURE_EVENTS, 'g7-hiroshima')).toEqual({
      previous: fixture('ariane-group-visit'),
      next: undefined,
    })
  })

  it('works on a filtered list and gives nothing for an unknown id', () => {
    const industry = filterEvents(FIXTURE_EVENTS, { topic: 'industry' })
    expect(neighbours(industry, 'ariane-group-visit')).toEqual({
      previous: fixture('start-up-meeting'),
      next: undefined,
    })
    expect(neighbours(FIXTURE_EVENTS, 'nope')).toEqual({ previous: undefined, next: undefined })
    expect(neighbours(industry, 'plenary')).toEqual({ previous: undefined, next: undefined })
    expect(neighbours([], '')).toEqual({ previous: undefined, next: undefined })
  })
})

describe('who took part in what', () => {
  it('delegations: as a body or through their co-chairs', () => {
    const fr = must(findDelegation('FR'), 'FR')
    const jp = must(findDelegation('JP'), 'JP')
    expect(ids(eventsOfDelegation(fr))).toEqual(['plenary', 'ariane-group-visit'])
    expect(ids(eventsOfDelegation(jp))).toEqual([
      'plenary',
      'start-up-meeting',
      'ariane-group-visit',
    ])
  })

  it('people', () => {
    expect(ids(eventsOfPerson('macron'))).toEqual(['kishida-paris-visit', 'g7-hiroshima'])
    expect(ids(eventsOfPerson('kasai'))).toEqual(['plenary'])
    expect(eventsOfPerson('nobody')).toEqual([])
  })

  it('organisations: directly, or with their delegation when they are members', () => {
    const of = (id: string) => ids(eventsOfOrganisation(must(findOrganisation(id), id)))
    expect(of('jaxa')).toEqual(['plenary', 'start-up-meeting', 'ariane-group-visit'])
    expect(of('cnes')).toEqual(['plenary', 'ariane-group-visit'])
    // Not members: only where they appear themselves.
    expect(of('arianegroup')).toEqual(['ariane-group-visit'])
    expect(of('fr-space-startups')).toEqual(['start-up-meeting'])
  })

  it('leaders', () => {
    expect(leadersOf('FR').map((p) => p.id)).toEqual(['macron'])
    expect(leadersOf('JP').map((p) => p.id)).toEqual(['kishida'])
  })
})

describe('dates', () => {
  it('day numbers round-trip in UTC', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(isoFromDayNumber(dayNumber('2023-01-19'))).toBe('2023-01-19')
    expect(dayNumber('2023-05-19') - dayNumber('2023-01-20')).toBe(119)
  })

  it('bounds of each precision', () => {
    expect(dateBounds({ precision: 'day', date: '2023-01-19' })).toEqual({
      start: '2023-01-19',
      end: '2023-01-19',
    })
    expect(dateBounds({ precision: 'range', start: '2023-05-19', end: '2023-05-21' })).toEqual({
      start: '2023-05-19',
      end: '2023-05-21',
    })
    expect(dateBounds({ precision: 'month', month: '2023-05' })).toEqual({
      start: '2023-05-01',
      end: '2023-05-31',
    })
    expect(dateBounds({ precision: 'month', month: '2024-02' }).end).toBe('2024-02-29')
    expect(dateBounds({ precision: 'month', month: '2023-02' }).end).toBe('2023-02-28')
  })

  it('places an event by its most precise date, or where the release tells it', () => {
    // The release says "May 2023"; the outside source's 19–21 May is more precise.
    expect(eventSpan(fixture('g7-hiroshima'))).toEqual({ start: '2023-05-19', end: '2023-05-21' })
    expect(eventSpan(fixture('start-up-meeting'))).toEqual({
      start: '2023-01-19',
      end: '2023-01-20',
    })
    const nowhere: TimelineEvent = { ...fixture('start-up-meeting'), undated: undefined }
    expect(() => eventSpan(nowhere)).toThrow(/neither a date nor a placement/)
  })
})

describe('axisLayout', () => {
  it('spaces the events by real time and breaks the January–May gap', () => {
    const layout = axisLayout(FIXTURE_EVENTS)
    expect(layout.map((e) => e.event.id)).toEqual(ALL)
    expect(layout.map((e) => e.gapDays)).toEqual([0, 10, 0, 1, 119])
    expect(layout.map((e) => e.broken)).toEqual([false, false, false, false, true])
  })

  it(`breaks only gaps longer than ${AXIS_BREAK_DAYS} days`, () => {
    const start = '2023-01-01'
    const plus = (days: number) => isoFromDayNumber(dayNumber(start) + days)
    const layout = axisLayout([
      on(start),
      on(plus(AXIS_BREAK_DAYS)),
      on(plus(2 * AXIS_BREAK_DAYS + 1)),
    ])
    expect(layout.map((e) => e.gapDays)).toEqual([0, AXIS_BREAK_DAYS, AXIS_BREAK_DAYS + 1])
    expect(layout.map((e) => e.broken)).toEqual([false, false, true])
  })

  it('never gives a negative gap, and handles empty and single lists', () => {
    const layout = axisLayout([on('2023-03-01'), on('2023-01-01')])
    expect(layout.map((e) => e.gapDays)).toEqual([0, 0])
    expect(axisLayout([])).toEqual([])
    expect(axisLayout([on('2023-03-01')])).toEqual([
      { event: expect.objectContaining({ id: 'plenary' }), gapDays: 0, broken: false },
    ])
  })

  it('follows a filter: with industry only, no gap is claimed after the undated meeting', () => {
    const layout = axisLayout(filterEvents(FIXTURE_EVENTS, { topic: 'industry' }))
    expect(layout.map((e) => [e.event.id, e.gapDays, e.broken])).toEqual([
      ['start-up-meeting', 0, false],
      ['ariane-group-visit', 0, false],
    ])
  })
})
