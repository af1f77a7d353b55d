import { describe, expect, it } from 'vitest'
import { allEvents, findEvent, findSource, missionEvents } from '../../src/content/queries.ts'
import { EVENT_KINDS } from '../../src/content/types.ts'
import { facetSchemas, filterEvents } from '../../src/lib/facets.ts'
import { viewSearchSchema } from '../../src/lib/search.ts'
import * as v from 'valibot'
import {
  DEFAULT_TIME,
  HISTORY_TIME,
  showsHistory,
  viewEvents,
  wholeTime,
} from '../../src/lib/timeRange.ts'

// The dialogue in its history (issue 33): the mission stays the default view; the history is
// one range away; every event has a kind.

describe('the mission and the history', () => {
  it('keep the mission’s five events and its days as the default', () => {
    expect(missionEvents.map((e) => e.id)).toEqual([
      'kishida-paris-visit',
      'plenary',
      'start-up-meeting',
      'ariane-group-visit',
      'g7-hiroshima',
    ])
    expect(DEFAULT_TIME).toBe('2023-01-08..2023-06-01')
    expect(HISTORY_TIME).toBe('2015-02-28..2026-01-16')
    expect(allEvents).toHaveLength(21)
  })

  it('show the history only for a range beyond the mission’s days or a history event', () => {
    expect(viewEvents(undefined, undefined)).toBe(missionEvents)
    expect(viewEvents('2023-05-01..2023-06-01', undefined)).toBe(missionEvents)
    expect(viewEvents(HISTORY_TIME, undefined)).toBe(allEvents)
    expect(viewEvents(undefined, findEvent('second-round-2017'))).toBe(allEvents)
    expect(viewEvents(undefined, findEvent('plenary'))).toBe(missionEvents)
    // Only a range that reaches an event of the history, outside the mission's days, is the
    // history: an address from before the history (a range a little wider than the mission)
    // still opens the mission, clamped.
    expect(showsHistory('2022-01-01..2023-01-31')).toBe(true)
    expect(showsHistory('2023-01-01..2023-01-31')).toBe(false)
    expect(showsHistory('2022-12-01..2023-01-12')).toBe(false)
    expect(showsHistory('2030-01-01..2030-02-01')).toBe(false)
    expect(v.parse(viewSearchSchema, { time: '2022-12-01..2023-01-12' }).time).toBe(
      '2023-01-08..2023-01-12',
    )
    expect(showsHistory('not a range')).toBe(false)
    expect(wholeTime(missionEvents)).toBeUndefined()
    expect(wholeTime(allEvents)).toBe(HISTORY_TIME)
  })

  it('read a deep link wider than the content as the whole history', () => {
    const search = v.parse(viewSearchSchema, { time: '2015-03-01..2026-01-31' })
    expect(search.time).toBe('2015-03-01..2026-01-16')
    expect(showsHistory(search.time)).toBe(true)
  })

  it('leave the 9 May 2023 “2+2” out of the mission’s view, though it falls in its days', () => {
    const twoPlusTwo = findEvent('two-plus-two-2023')
    expect(viewEvents(undefined, undefined)).not.toContain(twoPlusTwo)
    expect(viewEvents(HISTORY_TIME, undefined)).toContain(twoPlusTwo)
  })
})

describe('the kind facet', () => {
  it('accepts each kind, forgiving case, and nothing else', () => {
    for (const kind of EVENT_KINDS) expect(v.parse(facetSchemas.kind, kind)).toBe(kind)
    expect(v.parse(facetSchemas.kind, 'Ministers')).toBe('ministers')
    expect(v.parse(facetSchemas.kind, 'summit')).toBeUndefined()
  })

  it('sorts the whole history into rounds, 2+2 meetings, leaders and agencies', () => {
    const ids = (kind: (typeof EVENT_KINDS)[number]) =>
      filterEvents(allEvents, { kind }).map((e) => e.id)
    expect(ids('dialogue')).toEqual([
      'first-round-2016',
      'second-round-2017',
      'preparatory-meeting-2020',
      'plenary',
      'start-up-meeting',
      'ariane-group-visit',
      'fourth-round-2026',
    ])
    expect(ids('ministers')).toHaveLength(6)
    expect(ids('leaders')).toEqual(['kishida-paris-visit', 'g7-hiroshima', 'roadmap-2023'])
    expect(ids('agencies')).toHaveLength(5)
  })
})

describe('the history’s sources', () => {
  it('show a medium source as a report, not as the ministry’s page', () => {
    const mirror = findSource('gov-base-2020')
    expect(mirror?.confidence.en).toMatch(/^Reported by gov-base\.info/)
    expect(mirror?.confidence.fr).toMatch(/^Rapporté par gov-base\.info/)
    expect(mirror?.confidence.ja).toContain('による報告')
  })

  it('alternate the host between Paris and Tokyo for the rounds held in person', () => {
    const hosts = ['first-round-2016', 'second-round-2017', 'plenary', 'fourth-round-2026'].map(
      (id) => (findEvent(id)?.roles.FR?.role === 'host' ? 'FR' : 'JP'),
    )
    expect(hosts).toEqual(['FR', 'JP', 'FR', 'JP'])
    expect(findEvent('preparatory-meeting-2020')?.place).toMatchObject({ online: true })
  })
})
