import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { allEvents, dayNumber, missionEvents } from '../../src/content/queries.ts'
import type { DateValue, TimelineEvent } from '../../src/content/types.ts'
import {
  axisMarkers,
  axisTicks,
  BREAK_UNITS,
  buildScale,
  dayAt,
  keepInView,
  nextBeyondView,
  pageTo,
  panView,
  placeLane,
  snapToMarker,
  unitsOf,
  viewDays,
  viewUnits,
  visibleBreaks,
  wholeDays,
  YEAR_BREAK_UNITS,
  YEAR_LABEL_PX,
  YEAR_ONE_ROW_MAX_PX,
  yearBox,
  yearMarks,
  yearTrackPx,
  zoomView,
  type AxisMarker,
} from '../../src/features/axis/scale.ts'
import {
  clampRange,
  DEFAULT_TIME,
  HISTORY_TIME,
  formatTimeRange,
  parseTimeRange,
  timeDomain,
} from '../../src/lib/timeRange.ts'
import { viewSearchSchema } from '../../src/lib/search.ts'

// Fixtures: the smallest events that exercise each kind of date. Only what the axis reads is
// meaningful; the rest satisfies the type.
const cite = { source: 'press-release', quote: 'x' } as const
function fixture(
  id: string,
  dates: readonly DateValue[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id: id as TimelineEvent['id'],
    kind: 'dialogue',
    title: { en: id, fr: id, ja: id },
    shortTitle: { en: id, fr: id, ja: id },
    summary: [],
    dates: dates.map((value) => ({ value, cite })),
    place: null,
    roles: { FR: { role: 'host', cite }, JP: { role: 'visiting', cite } },
    participants: [],
    topics: [],
    cite,
    notes: [],
    ...extra,
  }
}

const day = (date: string): DateValue => ({ precision: 'day', date })
const d = dayNumber

const jan9 = fixture('jan9', [day('2023-01-09')])
const jan19 = fixture('jan19', [day('2023-01-19')])
const undated = fixture('undated', [], {
  undated: {
    within: { start: '2023-01-18', end: '2023-01-20' },
    why: { en: '', fr: '', ja: '' },
    cite,
  },
})
const jan20 = fixture('jan20', [day('2023-01-20')])
const may = fixture(
  'may',
  [
    { precision: 'month', month: '2023-05' },
    { precision: 'range', start: '2023-05-19', end: '2023-05-21' },
  ],
  { roles: { JP: { role: 'host', cite }, FR: { role: 'visiting', cite } } },
)
const june = fixture('june', [{ precision: 'month', month: '2023-06' }])
const events = [jan9, jan19, undated, jan20, may]

function byId(markers: readonly AxisMarker[], id: string): AxisMarker {
  const marker = markers.find((m) => m.event.id === id)
  if (!marker) throw new Error(`no marker ${id}`)
  return marker
}

describe('axisMarkers', () => {
  const markers = axisMarkers(events)

  it('draws a day as a one-day point and a refined month as a range inside a vague month', () => {
    expect(byId(markers, 'jan9')).toMatchObject({ kind: 'day', start: d('2023-01-09') })
    expect(byId(markers, 'jan9').end).toBe(d('2023-01-10'))
    const g7 = byId(markers, 'may')
    expect(g7).toMatchObject({ kind: 'range', start: d('2023-05-19'), end: d('2023-05-22') })
    expect(g7.vague).toEqual({ from: d('2023-05-01'), to: d('2023-05-31') })
  })

  it('draws a month-only date as a month', () => {
    const [m] = axisMarkers([june])
    expect(m).toMatchObject({ kind: 'month', start: d('2023-06-01'), end: d('2023-07-01') })
    expect(m?.vague).toEqual({ from: d('2023-06-01'), to: d('2023-06-30') })
  })

  it('places an undated event by order, between its neighbours, inside its window', () => {
    const m = byId(markers, 'undated')
    expect(m.kind).toBe('undated')
    // Midway between the centres of 19 and 20 January.
    expect(m.start).toBe(d('2023-01-20'))
    expect(m.within).toEqual({ from: d('2023-01-18'), to: d('2023-01-20') })
    // Without a neighbour after it, it stays within its window.
    const [, late] = axisMarkers([may, undated])
    expect(late?.start).toBe(d('2023-01-21'))
  })

  it('puts each event in the lane of every country with a role, with that role', () => {
    expect(byId(markers, 'jan9').lanes).toEqual([
      { country: 'FR', role: 'host' },
      { country: 'JP', role: 'visiting' },
    ])
    expect(byId(markers, 'may').lanes).toEqual([
      { country: 'FR', role: 'visiting' },
      { country: 'JP', role: 'host' },
    ])
  })

  it('handles the real content: every event has a marker, in order, the undated one between', () => {
    const real = axisMarkers(allEvents)
    expect(real.map((m) => m.event.id)).toEqual(allEvents.map((e) => e.id))
    const plenary = byId(real, 'plenary')
    const startUp = byId(real, 'start-up-meeting')
    const ariane = byId(real, 'ariane-group-visit')
    expect(startUp.kind).toBe('undated')
    expect(startUp.start).toBeGreaterThan(plenary.start)
    expect(startUp.start).toBeLessThan(ariane.end)
  })
})

describe('buildScale', () => {
  const scale = buildScale(axisMarkers(events))

  it('draws January to scale and the January→May gap as one break', () => {
    expect(scale.segments).toHaveLength(2)
    const [january, may2] = scale.segments
    expect(january).toEqual({ from: d('2023-01-08'), to: d('2023-01-22'), offset: 0 })
    expect(may2?.from).toBe(d('2023-04-30'))
    expect(may2?.offset).toBe(14 + BREAK_UNITS)
    expect(scale.breaks).toEqual([
      { at: 14 + BREAK_UNITS / 2, days: d('2023-04-30') - d('2023-01-22'), units: BREAK_UNITS },
    ])
    expect(scale.length).toBe(14 + BREAK_UNITS + (d('2023-06-02') - d('2023-04-30')))
  })

  it('maps days to units and back', () => {
    expect(unitsOf(scale, d('2023-01-08'))).toBe(0)
    expect(unitsOf(scale, d('2023-01-19'))).toBe(11)
    expect(dayAt(scale, 11)).toBe(d('2023-01-19'))
    expect(unitsOf(scale, d('2023-05-01'))).toBe(14 + BREAK_UNITS + 1)
    expect(dayAt(scale, 14 + BREAK_UNITS + 1)).toBe(d('2023-05-01'))
    // A day in the break sits at the break; a unit in the break reads as the day after it.
    expect(unitsOf(scale, d('2023-03-01'))).toBe(14)
    expect(dayAt(scale, 15)).toBe(d('2023-04-30'))
  })

  it('keeps gaps up to BREAK_DAYS to scale', () => {
    const s = buildScale(axisMarkers([jan9, fixture('feb', [day('2023-02-20')])]))
    expect(s.segments).toHaveLength(1)
    expect(s.breaks).toEqual([])
  })
})

describe('views', () => {
  const scale = buildScale(axisMarkers(events))
  const whole = { from: 0, to: scale.length }

  it('converts a day range to units and back', () => {
    const range = { from: d('2023-01-18'), to: d('2023-01-21') }
    const view = viewUnits(scale, range)
    expect(view).toEqual({ from: 10, to: 14 })
    expect(viewDays(scale, view)).toEqual(range)
  })

  it('zooms around a focus that stays in place, within bounds', () => {
    const zoomed = zoomView(scale, whole, 0.5, 10, 3)
    expect(zoomed.to - zoomed.from).toBe(scale.length / 2)
    expect((10 - zoomed.from) / (zoomed.to - zoomed.from)).toBeCloseTo(10 / scale.length)
    expect(zoomView(scale, { from: 10, to: 14 }, 0.1, 11, 3)).toEqual({ from: 10.25, to: 13.25 })
    expect(zoomView(scale, zoomed, 4, 10, 3)).toEqual(whole)
  })

  it('pans and stops at either end', () => {
    expect(panView(scale, { from: 10, to: 14 }, 3)).toEqual({ from: 13, to: 17 })
    expect(panView(scale, { from: 10, to: 14 }, -30)).toEqual({ from: 0, to: 4 })
    expect(panView(scale, { from: 10, to: 14 }, 300)).toEqual({
      from: scale.length - 4,
      to: scale.length,
    })
  })

  it('snaps a dragged view to whole days without widening it', () => {
    const dragged = { from: 10.4, to: 13.4 }
    expect(wholeDays(scale, dragged)).toEqual({ from: 10, to: 13 })
    expect(viewDays(scale, wholeDays(scale, dragged))).toEqual({
      from: d('2023-01-18'),
      to: d('2023-01-20'),
    })
    expect(wholeDays(scale, { from: 10.6, to: 13.5 })).toEqual({ from: 11, to: 14 })
    expect(wholeDays(scale, { from: scale.length - 2.2, to: scale.length + 0.8 })).toEqual({
      from: scale.length - 3,
      to: scale.length,
    })
    expect(wholeDays(scale, { from: 3.1, to: 3.3 })).toEqual({ from: 3, to: 4 })
  })

  it('writes every view as days that read back as the same view, breaks included', () => {
    // The dialogue's own scale: January, a break, then May. A zoom to three units at the end
    // of January ended one unit into the break, which the URL read back as the whole break.
    for (const s of [scale, buildScale(axisMarkers(allEvents))]) {
      for (let width = 1; width <= s.length; width++) {
        // Every half unit on the mission's scale; on the history's (longer since its breaks
        // into other years widened), every unit and a half, still landing on fractions.
        for (let from = 0; from + width <= s.length; from += s === scale ? 0.5 : 1.5) {
          const written = wholeDays(s, { from, to: from + width })
          expect(viewUnits(s, viewDays(s, written))).toEqual(written)
          // The width kept, and off a break by its own width at most; where no place of that
          // width is near (a short stretch between two wide breaks into other years), each
          // edge steps off its break instead.
          const widest = Math.max(BREAK_UNITS, ...s.breaks.map((b) => b.units))
          expect(Math.abs(written.to - written.from - width)).toBeLessThanOrEqual(
            s === scale ? 0 : widest,
          )
          expect(Math.abs(written.from - from)).toBeLessThanOrEqual(widest + 1)
        }
      }
    }
    const real = buildScale(axisMarkers(allEvents))
    const breakStart = (real.segments[1]?.offset ?? 0) - BREAK_UNITS
    // One unit into the break: back to the last days before it, not on to the days after.
    expect(wholeDays(real, { from: breakStart - 2, to: breakStart + 1 })).toEqual({
      from: breakStart - 3,
      to: breakStart,
    })
    // One unit short of its end: on past it.
    expect(wholeDays(real, { from: breakStart + 2, to: breakStart + 5 })).toEqual({
      from: breakStart + BREAK_UNITS,
      to: breakStart + BREAK_UNITS + 3,
    })
    // Never the break alone.
    expect(wholeDays(real, { from: breakStart + 0.4, to: breakStart + 3.4 })).toEqual({
      from: breakStart - 3,
      to: breakStart,
    })
  })

  it('finds the next marker past the edge of the view, and turns the view to it', () => {
    const markers = axisMarkers(events)
    const view = { from: 10, to: 14 }
    const drawn = new Set(
      placeLane(scale, markers, 'FR', view, 0.01).flatMap((p) =>
        p.type === 'marker' ? [p.marker.event.id] : p.markers.map((m) => m.event.id),
      ),
    )
    const later = nextBeyondView(scale, markers, 'FR', view, 1, drawn)
    const earlier = nextBeyondView(scale, markers, 'FR', view, -1, drawn)
    expect(later && drawn.has(later.event.id)).toBe(false)
    expect(later && unitsOf(scale, later.start)).toBeGreaterThanOrEqual(view.to)
    expect(earlier && unitsOf(scale, earlier.end)).toBeLessThanOrEqual(view.from)
    expect(
      nextBeyondView(scale, markers, 'FR', whole, 1, new Set(markers.map((m) => m.event.id))),
    ).toBeUndefined()
    if (!later) throw new Error('no later marker')
    const at = { from: unitsOf(scale, later.start), to: unitsOf(scale, later.end) }
    const turned = pageTo(scale, view, at, 1)
    expect(turned.to - turned.from).toBe(4)
    expect(at.from).toBeGreaterThanOrEqual(turned.from + 0.4)
    expect(at.to).toBeLessThanOrEqual(turned.to)
    // The open event stays in view: the view widens to hold both.
    const widened = pageTo(scale, view, at, 1, { from: 11, to: 11 })
    expect(widened.from).toBeLessThanOrEqual(11)
    expect(widened.to).toBeGreaterThanOrEqual(at.to)
  })

  it('moves a view to keep an event in it, and leaves it alone when it is', () => {
    const view = { from: 0, to: 4 }
    expect(keepInView(scale, view, 1, 2)).toBe(view)
    expect(keepInView(scale, view, 11, 12)).toEqual({ from: 9.5, to: 13.5 })
  })

  it('shows breaks in view as positions', () => {
    expect(visibleBreaks(scale, whole)).toEqual([
      {
        x: (14 + BREAK_UNITS / 2) / scale.length,
        days: expect.any(Number),
        width: BREAK_UNITS / scale.length,
      },
    ])
    expect(visibleBreaks(scale, { from: 0, to: 10 })).toEqual([])
  })

  it('ticks days when zoomed in and months when not, never inside a break', () => {
    const days = axisTicks(scale, { from: 10, to: 14 }, 12)
    expect(days.map((t) => t.day)).toEqual([10, 11, 12, 13].map((u) => dayAt(scale, u)))
    expect(days.every((t) => t.kind === 'day')).toBe(true)
    const all = axisTicks(scale, whole, 12)
    expect(all.length).toBeLessThanOrEqual(14)
    for (const tick of all) {
      expect(tick.x).toBeGreaterThanOrEqual(0)
      expect(tick.x).toBeLessThanOrEqual(1)
      expect(tick.day < d('2023-01-22') || tick.day >= d('2023-04-30')).toBe(true)
    }
  })
})

describe('placeLane', () => {
  const markers = axisMarkers(events)
  const scale = buildScale(markers)
  const whole = { from: 0, to: scale.length }

  it('clusters markers closer than the gap, with their days, and keeps the open event apart', () => {
    const placed = placeLane(scale, markers, 'FR', whole, 0.03)
    expect(placed.map((p) => p.type)).toEqual(['marker', 'cluster', 'marker'])
    const cluster = placed[1]
    if (cluster?.type !== 'cluster') throw new Error('expected a cluster')
    expect(cluster.markers.map((m) => m.event.id)).toEqual(['jan19', 'undated', 'jan20'])
    expect(cluster.days).toEqual({ from: d('2023-01-19'), to: d('2023-01-20') })
    const kept = placeLane(scale, markers, 'FR', whole, 0.03, 'undated')
    expect(kept.map((p) => (p.type === 'marker' ? p.marker.event.id : p.markers.length))).toEqual([
      'jan9',
      'jan19',
      'undated',
      'jan20',
      'may',
    ])
  })

  it('separates the markers when zoomed in', () => {
    const placed = placeLane(scale, markers, 'FR', { from: 10, to: 14 }, 0.03)
    expect(placed.map((p) => p.type)).toEqual(['marker', 'marker', 'marker'])
  })

  it('gives each lane its own role and draws the vague month around the range', () => {
    const fr = placeLane(scale, markers, 'FR', whole, 0.03).at(-1)
    const jp = placeLane(scale, markers, 'JP', whole, 0.03).at(-1)
    if (fr?.type !== 'marker' || jp?.type !== 'marker') throw new Error('expected markers')
    expect([fr.role, jp.role]).toEqual(['visiting', 'host'])
    expect(fr.vague?.x0).toBeLessThan(fr.x0)
    expect(fr.vague?.x1).toBeGreaterThan(fr.x1)
  })

  it('draws only what is in view: 5,000 markers, a few days shown', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      fixture(`e${i}`, [
        day(new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString().slice(0, 10)),
      ]),
    )
    const bigMarkers = axisMarkers(many)
    const big = buildScale(bigMarkers)
    const view = viewUnits(big, { from: d('2021-03-01'), to: d('2021-03-04') })
    const placed = placeLane(big, bigMarkers, 'FR', view, 0.03)
    const ids = placed.flatMap((p) => (p.type === 'marker' ? [p.marker] : p.markers))
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.length).toBeLessThan(30)
    const wide = placeLane(big, bigMarkers, 'FR', { from: 0, to: big.length }, 0.03)
    // Clustered down to at most one item per gap.
    expect(wide.length).toBeLessThanOrEqual(Math.ceil(1 / 0.03) + 1)
    expect(wide.reduce((n, p) => n + (p.type === 'cluster' ? p.markers.length : 1), 0)).toBe(5000)
  })
})

describe('time ranges in the URL', () => {
  const domain = { from: d('2023-01-08'), to: d('2023-06-01') }

  it('reads, clamps and writes ranges', () => {
    expect(parseTimeRange('2023-01-05..2023-01-25', domain)).toEqual({
      from: d('2023-01-08'),
      to: d('2023-01-25'),
    })
    expect(parseTimeRange('2023-01-25..2023-01-19', domain)).toEqual({
      from: d('2023-01-19'),
      to: d('2023-01-25'),
    })
    // Too narrow: widened around its middle to three days.
    expect(parseTimeRange('2023-01-19..2023-01-19', domain)).toEqual({
      from: d('2023-01-18'),
      to: d('2023-01-20'),
    })
    expect(formatTimeRange({ from: d('2023-01-05'), to: d('2023-01-25') })).toBe(
      '2023-01-05..2023-01-25',
    )
  })

  it.each([
    '',
    'soon',
    '2023-01-05',
    '2023-02-30..2023-03-01',
    '2023-1-5..2023-1-9',
    '2023-01-05...2023-01-09',
  ])('refuses %j', (text) => {
    expect(parseTimeRange(text, domain)).toBeUndefined()
  })

  it('clamps a range outside the domain to its edge', () => {
    expect(clampRange({ from: d('2030-01-01'), to: d('2030-02-01') }, domain)).toEqual({
      from: domain.to - 31,
      to: domain.to,
    })
  })

  it('calls the mission’s days the default, within the whole content', () => {
    expect(DEFAULT_TIME).toBe(formatTimeRange(timeDomain(missionEvents)))
    expect(parseTimeRange('1900-01-01..2100-01-01')).toEqual(timeDomain())
  })

  it("works the content's domain out once, and it is the same as from a copy of the events", () => {
    // Every address with a range is checked against it; with thousands of events, working it
    // out again on each check was most of a keyboard zoom's time (issue 13).
    expect(timeDomain()).toBe(timeDomain())
    expect(timeDomain()).toEqual(timeDomain([...allEvents]))
    expect(timeDomain([...allEvents])).not.toBe(timeDomain([...allEvents]))
  })
})

describe('viewSearchSchema: time', () => {
  const parse = (time: unknown) => v.parse(viewSearchSchema, { time }).time

  it('writes a valid range back in its clamped, canonical form', () => {
    expect(parse('2023-01-05..2023-01-25')).toBe(
      // Reaching no event of the history, it stays within the mission's days.
      formatTimeRange({
        from: Math.max(timeDomain(missionEvents).from, d('2023-01-05')),
        to: d('2023-01-25'),
      }),
    )
    expect(parse(' 2023-01-20..2023-01-18 ')).toBe('2023-01-18..2023-01-20')
  })

  it.each([undefined, '', 'all', 42, ['2023-01-05..2023-01-25'], '9999-99-99..9999-99-99'])(
    'falls back to unset on %j',
    (input) => {
      expect(parse(input)).toBeUndefined()
    },
  )

  it('gives the whole history for anything covering the whole content', () => {
    expect(parse('2000-01-01..2099-12-31')).toBe(HISTORY_TIME)
  })
})

describe('placeLane around the open event', () => {
  it('moves a cluster aside so that it never covers the open event', () => {
    const markers = axisMarkers(events)
    const scale = buildScale(markers)
    const placed = placeLane(scale, markers, 'FR', { from: 0, to: scale.length }, 0.03, 'jan19')
    const open = placed.find((p) => p.type === 'marker' && p.marker.event.id === jan19.id)
    const cluster = placed.find((p) => p.type === 'cluster')
    if (open?.type !== 'marker' || cluster?.type !== 'cluster') throw new Error('expected both')
    expect(cluster.markers.map((m) => m.event.id)).toEqual(['undated', 'jan20'])
    expect(Math.abs(cluster.x - open.x0)).toBeGreaterThanOrEqual(0.03)
  })
})

describe('placeLane: nothing drawn overlaps', () => {
  const markers = axisMarkers(events)
  const scale = buildScale(markers)
  const whole = { from: 0, to: scale.length }
  const centres = (placed: ReturnType<typeof placeLane>) =>
    placed.flatMap((p) => (p.type === 'cluster' ? [p.x] : p.x1 > p.x0 ? [] : [p.x0]))

  it('keeps every marker and count at least a gap from the next, the open event included', () => {
    // A wide gap, as on a phone: the open event's neighbours would sit on top of it.
    for (const keep of [undefined, 'jan9', 'jan19', 'undated', 'jan20']) {
      for (const gap of [0.03, 0.08, 0.13]) {
        const placed = placeLane(scale, markers, 'FR', whole, gap, keep)
        const xs = centres(placed)
        for (let i = 1; i < xs.length; i++)
          expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(gap - 1e-9)
        // Nothing is lost: every marker is drawn alone or counted in a cluster.
        const count = placed.reduce((n, p) => n + (p.type === 'cluster' ? p.markers.length : 1), 0)
        expect(count).toBe(markers.length)
        if (keep) {
          const open = placed.find((p) => p.type === 'marker' && p.marker.event.id === keep)
          expect(open?.type).toBe('marker')
        }
      }
    }
  })

  it('never moves a marker or count across a break, into days it does not belong to', () => {
    const segmentEnd = (i: number) => {
      const s = scale.segments[i]
      return s ? (s.offset + s.to - s.from) / scale.length : NaN
    }
    const firstBreakEdges = [segmentEnd(0), (scale.segments[1]?.offset ?? NaN) / scale.length]
    expect(firstBreakEdges[0]).toBeLessThan(firstBreakEdges[1] ?? 0)
    let moved = 0
    for (const keep of [undefined, 'jan9', 'jan19', 'undated', 'jan20', 'may']) {
      for (const gap of [0.03, 0.08, 0.13, 0.2]) {
        for (const country of ['FR', 'JP'] as const) {
          const placed = placeLane(scale, markers, country, whole, gap, keep)
          for (const p of placed) {
            const x = p.type === 'cluster' ? p.x : p.x0
            const days = (p.type === 'cluster' ? p.markers : [p.marker]).map(
              (m) => (m.start + m.end) / 2,
            )
            if (days.every((day) => day < (scale.segments[1]?.from ?? 0)))
              expect(x).toBeLessThanOrEqual(firstBreakEdges[0] ?? 0)
            else if (days.every((day) => day >= (scale.segments[1]?.from ?? 0)))
              expect(x).toBeGreaterThanOrEqual(firstBreakEdges[1] ?? 1)
          }
          const open = placed.find((p) => p.type === 'marker' && p.marker.event.id === keep)
          const own = markers.find((m) => m.event.id === keep)
          if (
            open?.type === 'marker' &&
            own &&
            open.x0 !== unitsOf(scale, own.start) / scale.length
          )
            moved++
        }
      }
    }
    // With a gap as wide as a phone's, the plenary's neighbours have no room before the break,
    // so the open event itself makes the room (this also proves the case above was exercised).
    expect(moved).toBeGreaterThan(0)
  })

  it('moves the open event, not its neighbour, when a break leaves the neighbour no room', () => {
    const placed = placeLane(scale, markers, 'FR', whole, 0.13, 'jan19')
    const open = placed.find((p) => p.type === 'marker' && p.marker.event.id === jan19.id)
    const next = placed[placed.findIndex((p) => p === open) + 1]
    if (open?.type !== 'marker' || next?.type !== 'cluster') throw new Error('expected both')
    expect(next.markers.map((m) => m.event.id)).toEqual(['undated', 'jan20'])
    expect(next.x - open.x0).toBeGreaterThanOrEqual(0.13 - 1e-9)
    expect(open.x0).toBeLessThan(unitsOf(scale, d('2023-01-19')) / scale.length)
  })

  it('merges what a moved neighbour would cover into it', () => {
    const placed = placeLane(scale, markers, 'FR', whole, 0.13, 'jan20')
    const cluster = placed.find((p) => p.type === 'cluster')
    if (cluster?.type !== 'cluster') throw new Error('expected a cluster')
    expect(cluster.markers.map((m) => m.event.id)).toEqual(['jan9', 'jan19', 'undated'])
    expect(cluster.days).toEqual({ from: d('2023-01-09'), to: d('2023-01-20') })
  })
})

describe('snapToMarker', () => {
  const markers = axisMarkers(events)
  const scale = buildScale(markers)

  it('centres the event nearest the middle of the view, and leaves an empty view alone', () => {
    const view = viewUnits(scale, { from: d('2023-01-12'), to: d('2023-01-21') })
    const snapped = snapToMarker(scale, markers, view)
    expect(snapped.to - snapped.from).toBeCloseTo(view.to - view.from)
    const middle = dayAt(scale, (snapped.from + snapped.to) / 2)
    // The plenary's day (19 January) is the nearest to the 16th.
    expect(middle).toBeGreaterThanOrEqual(d('2023-01-19'))
    expect(middle).toBeLessThanOrEqual(d('2023-01-20'))
    const empty = viewUnits(scale, { from: d('2023-01-11'), to: d('2023-01-13') })
    expect(snapToMarker(scale, markers, empty)).toEqual(empty)
  })
})

describe('years over a history', () => {
  const scale = buildScale(axisMarkers(allEvents))
  const whole = { from: 0, to: scale.length }
  const yearsWithEvents = [
    ...new Set(axisMarkers(allEvents).map((m) => new Date(m.start * 86_400_000).getUTCFullYear())),
  ]

  it('widens a break into another year, and only those', () => {
    for (const [i, b] of scale.breaks.entries()) {
      const before = scale.segments[i]
      const after = scale.segments[i + 1]
      if (!before || !after) throw new Error('a break between two stretches')
      const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear()
      // The stretches' days less their padding day.
      const into = year(before.to - 2) !== year(after.from + 1)
      expect(b.units, `break ${i}`).toBe(into ? YEAR_BREAK_UNITS : BREAK_UNITS)
    }
  })

  it('names every year that has events, once, in order, over the whole history', () => {
    const marks = yearMarks(scale, whole)
    expect(marks.map((m) => m.year)).toEqual(yearsWithEvents)
    expect(marks[0]).toEqual({ year: 2015, x: 0, align: 'start' })
    for (const m of marks.slice(1)) expect(m.align).toBe('centre')
    for (const [a, b] of marks.slice(1).map((m, i) => [marks[i], m] as const))
      expect(b.x).toBeGreaterThan(a?.x ?? 1)
  })

  it('names no year in a view within one, as the mission’s', () => {
    const mission = buildScale(axisMarkers(missionEvents))
    expect(yearMarks(mission, { from: 0, to: mission.length })).toEqual([])
    expect(
      yearMarks(scale, viewUnits(scale, { from: d('2023-01-08'), to: d('2023-06-01') })),
    ).toEqual([])
  })

  it('names a year begun inside a stretch drawn to scale at its 1 January', () => {
    const s = buildScale(
      axisMarkers([fixture('a', [day('2022-12-01')]), fixture('b', [day('2023-01-10')])]),
    )
    expect(s.breaks).toEqual([])
    const marks = yearMarks(s, { from: 0, to: s.length })
    expect(marks.map((m) => [m.year, m.align])).toEqual([
      [2022, 'start'],
      [2023, 'start'],
    ])
    expect(marks[1]?.x).toBeCloseTo(unitsOf(s, d('2023-01-01')) / s.length)
  })

  it('names a year begun days after the last name a break’s width further on', () => {
    const s = buildScale(
      axisMarkers([fixture('a', [day('2022-12-28')]), fixture('b', [day('2023-01-30')])]),
    )
    const marks = yearMarks(s, { from: 0, to: s.length })
    expect(marks).toEqual([
      { year: 2022, x: 0, align: 'start' },
      { year: 2023, x: YEAR_BREAK_UNITS / s.length, align: 'centre' },
    ])
  })

  it('asks for a track on which no two years overlap, and keeps every year inside it', () => {
    const marks = yearMarks(scale, whole)
    const px = yearTrackPx(marks)
    expect(px).toBeGreaterThan(360)
    expect(px).toBeLessThanOrEqual(1000)
    for (const width of [px, px + 100, 1920]) {
      const boxes = marks.map((m) => yearBox(m, width))
      for (const [i, box] of boxes.entries()) {
        expect(box.left).toBeGreaterThanOrEqual(0)
        expect(box.right).toBeLessThanOrEqual(width)
        expect(box.right - box.left).toBeCloseTo(YEAR_LABEL_PX)
        const next = boxes[i + 1]
        if (next) expect(next.left).toBeGreaterThanOrEqual(box.right)
      }
    }
    // Narrower, two would overlap.
    const narrower = marks.map((m) => yearBox(m, px - 8))
    expect(narrower.some((box, i) => (narrower[i + 1]?.left ?? Infinity) < box.right + 4)).toBe(
      true,
    )
    expect(yearTrackPx([])).toBe(0)
    // In two rows, every other year above, half as much room is asked for, or less.
    expect(yearTrackPx(marks, 2)).toBeLessThanOrEqual(px / 2 + 8)
    expect(px).toBeLessThanOrEqual(YEAR_ONE_ROW_MAX_PX)
  })
})
