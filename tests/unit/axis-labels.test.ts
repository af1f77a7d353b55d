import { describe, expect, it } from 'vitest'
import { missionEvents } from '../../src/content/queries.ts'
import type { DateValue, TimelineEvent } from '../../src/content/types.ts'
import { labelLane, labelWidth, type LabelledItem } from '../../src/features/axis/labels.ts'
import {
  axisMarkers,
  buildScale,
  placeLane,
  type AxisMarker,
  type Placed,
  type UnitRange,
} from '../../src/features/axis/scale.ts'
import { loadAllLocales } from '../../src/lib/i18n.ts'
import { LOCALES } from '../../src/core/locales.ts'

await loadAllLocales()

// Label placement on the time axis (src/features/axis/labels.ts): over generated timelines,
// at every track width the page draws, no label overlaps another label, another label's
// leader or the track's ends, and every event in view is either named or in a cluster.

const cite = { source: 'press-release', quote: 'x' } as const
/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) % 4_294_967_296
    return s / 4_294_967_296
  }
}

const LONG_FR = 'Élysée, Présidence française' // 28 characters, capitals and accents
const LONG_JA = '宇宙状況把握の日仏協力会合の全体' // 16: more than the content allows

function generated(count: number, seed: number, names: (n: number) => string): TimelineEvent[] {
  const rnd = random(seed)
  const start = Date.UTC(2023, 0, 1) / 86_400_000
  return Array.from({ length: count }, (_, n): TimelineEvent => {
    const day = start + Math.floor(rnd() * Math.max(30, count / 2))
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10)
    const r = rnd()
    const value: DateValue =
      r < 0.08
        ? { precision: 'range', start: iso(day), end: iso(day + 1 + Math.floor(rnd() * 3)) }
        : { precision: 'day', date: iso(day) }
    const text = names(n)
    return {
      id: `e${n}` as TimelineEvent['id'],
      title: { en: text, fr: text, ja: text },
      shortTitle: { en: text, fr: text, ja: text },
      kind: 'dialogue',
      summary: [],
      dates: [{ value, cite }],
      place: null,
      roles:
        r < 0.6
          ? { FR: { role: 'host', cite }, JP: { role: 'visiting', cite } }
          : { FR: { role: 'host', cite } },
      participants: [],
      topics: [],
      cite,
      notes: [],
    }
  }).sort((a, b) => JSON.stringify(a.dates).localeCompare(JSON.stringify(b.dates)))
}

const TRACKS = [200, 360, 480, 640, 880, 1200, 1700]
const GAP_PX = 32

interface Box {
  lo: number
  hi: number
  rows: [number, number]
  leader: number
  name: string
}

function boxesOf(items: readonly LabelledItem[], trackPx: number): Box[] {
  return items.flatMap(({ label }) => {
    if (!label) return []
    const at = label.x * trackPx
    const [lo, hi] = [at - label.offset, at - label.offset + label.width]
    return [
      {
        lo,
        hi,
        rows: [label.row, label.row + label.lines.length - 1] as [number, number],
        leader: at,
        name: label.lines.join(' / '),
      },
    ]
  })
}

/** Every rule a lane's labels keep, at the width they were placed for and wider. */
function expectNoOverlap(items: readonly LabelledItem[], placedFor: number) {
  for (const trackPx of [placedFor, placedFor * 1.37]) {
    const boxes = boxesOf(items, trackPx)
    for (const [i, a] of boxes.entries()) {
      expect(a.lo, `${a.name} inside the track`).toBeGreaterThanOrEqual(-0.01)
      expect(a.hi, `${a.name} inside the track`).toBeLessThanOrEqual(trackPx + 0.01)
      for (const [j, b] of boxes.entries()) {
        if (i === j) continue
        const sameRows = a.rows[0] <= b.rows[1] && b.rows[0] <= a.rows[1]
        if (sameRows) {
          const apart = a.hi <= b.lo || b.hi <= a.lo
          expect(apart, `${a.name} and ${b.name} at ${trackPx}px`).toBe(true)
        }
        // b's leader runs up through the rows above b.
        if (a.rows[0] < b.rows[0]) {
          const crossed = b.leader > a.lo && b.leader < a.hi
          expect(crossed, `${b.name}'s leader through ${a.name} at ${trackPx}px`).toBe(false)
        }
      }
    }
  }
}

function markersOf(item: Placed): readonly AxisMarker[] {
  return item.type === 'cluster' ? item.markers : [item.marker]
}

function layOut(events: TimelineEvent[], trackPx: number, view?: UnitRange, keep?: string) {
  const markers = axisMarkers(events)
  const scale = buildScale(markers)
  const shown = view ?? { from: 0, to: scale.length }
  return (['FR', 'JP'] as const).map((country) => {
    const placed = placeLane(scale, markers, country, shown, GAP_PX / trackPx, keep)
    const result = labelLane(placed, {
      trackPx,
      maxRows: 4,
      keep,
      name: (m) => m.event.shortTitle.en,
      more: (n) => `+ ${n} more`,
    })
    return { placed, ...result }
  })
}

describe('axis labels', () => {
  for (const count of [5, 50, 500]) {
    for (const [kind, names] of [
      ['English', (n: number) => `Working session ${n}`],
      ['long French', (n: number) => `${LONG_FR.slice(0, 24)} ${n % 1000}`],
      ['Japanese', (n: number) => `${LONG_JA.slice(0, 12)}${n % 100}`],
    ] as const) {
      it(`never overlap, for ${count} events with ${kind} titles`, () => {
        for (const seed of [1, 2, 3]) {
          const events = generated(count, seed * 7 + count, names)
          const keep = events[Math.floor(events.length / 2)]?.id
          for (const trackPx of TRACKS) {
            for (const k of [undefined, keep]) {
              for (const lane of layOut(events, trackPx, undefined, k)) {
                expectNoOverlap(lane.items, trackPx)
                // No event is lost: the items hold every marker placeLane drew, once.
                const before = lane.placed.flatMap(markersOf).map((m) => m.event.id)
                const after = lane.items.flatMap(({ item }) => markersOf(item))
                expect(after.map((m) => m.event.id).sort()).toEqual(before.sort())
                // The open event is always named.
                const open = lane.items.find(
                  ({ item }) => item.type === 'marker' && item.marker.event.id === k,
                )
                if (k && open) expect(open.label, 'the open event').toBeDefined()
              }
            }
          }
        }
      })
    }
  }

  it('names a marker whose label fits nowhere through a cluster, not silently', () => {
    const events = generated(50, 11, (n) => `${LONG_FR} ${n}`.slice(0, 28))
    for (const trackPx of [200, 360]) {
      for (const lane of layOut(events, trackPx)) {
        const unnamed = lane.items.filter(
          ({ item, label }, i) =>
            !label &&
            item.type === 'marker' &&
            // A bar keeps its length rather than join a cluster; anything else has a neighbour
            // to join unless both are bars.
            item.x1 <= item.x0 &&
            [lane.items[i - 1], lane.items[i + 1]].some(
              (n) => n && (n.item.type === 'cluster' || n.item.x1 <= n.item.x0),
            ),
        )
        expect(unnamed).toEqual([])
      }
    }
  })

  it('estimates Japanese wider than Latin, and bold wider than regular', () => {
    expect(labelWidth('スタートアップと会合')).toBeGreaterThan(labelWidth('Meeting with'))
    expect(labelWidth('Plenary', true)).toBeGreaterThan(labelWidth('Plenary'))
  })

  for (const locale of LOCALES) {
    it(`names all five events of the dialogue on a 1,200 px track in ${locale}`, () => {
      // The mission's five (the default view): the history's events have their own view.
      const markers = axisMarkers(missionEvents)
      const scale = buildScale(markers)
      const view = { from: 0, to: scale.length }
      const named = new Set<string>()
      for (const country of ['FR', 'JP'] as const) {
        const { items } = labelLane(placeLane(scale, markers, country, view, GAP_PX / 1200), {
          trackPx: 1200,
          maxRows: 4,
          name: (m) => m.event.shortTitle[locale],
          more: (n) => `+ ${n}`,
        })
        expectNoOverlap(items, 1200)
        for (const { label } of items) for (const line of label?.lines ?? []) named.add(line)
      }
      expect([...named].sort()).toEqual(missionEvents.map((e) => e.shortTitle[locale]).sort())
    })
  }
})
