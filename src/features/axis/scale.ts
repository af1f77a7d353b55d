import { dateBounds, dayNumber } from '../../content/queries.ts'
import {
  COUNTRIES,
  type CountryCode,
  type RoleId,
  type TimelineEvent,
} from '../../content/types.ts'
import { AXIS_PAD_DAYS, type DayRange } from '../../lib/timeRange.ts'

// The axis's geometry, without React: events become markers on a time scale measured in
// "units" (one unit is one day drawn to scale), long empty stretches become fixed-width breaks,
// and a view (a range of days) becomes positions from 0 to 1 across the axis. Everything here
// is a pure function of its arguments, so the prerendered page and the browser agree to the
// pixel and the axis hydrates without moving.

/** Gaps longer than this many days are drawn as a break rather than to scale. */
export const BREAK_DAYS = 45
/** Width of a break, in units (days drawn to scale). */
export const BREAK_UNITS = 3
/**
 * Width of a break into another year, in units: room for the year it leads into. Over a
 * history of years, three units each left a decade's events within a few pixels of each
 * other on a phone, and no room to say which year was which.
 */
export const YEAR_BREAK_UNITS = 20

export type MarkerKind = 'day' | 'range' | 'month' | 'undated'

export interface LaneRole {
  readonly country: CountryCode
  readonly role: RoleId
}

export interface AxisMarker {
  readonly event: TimelineEvent
  readonly kind: MarkerKind
  /** The solid part, in days: first day, and the day after the last (half-open). */
  readonly start: number
  readonly end: number
  /** A month-only date as the release gives it, drawn as a vague span around the solid part. */
  readonly vague?: DayRange
  /** Undated: the days it is known to fall within; `start` is its place by order. */
  readonly within?: DayRange
  /** Position in the content's reading order. */
  readonly order: number
  readonly lanes: readonly LaneRole[]
}

const precisionRank = { day: 0, range: 1, month: 2 } as const

function markerOf(
  event: TimelineEvent,
  order: number,
): Omit<AxisMarker, 'start' | 'end'> & {
  start?: number
  end?: number
} {
  const lanes = COUNTRIES.flatMap((country) => {
    const role = event.roles[country]?.role
    return role ? [{ country, role }] : []
  })
  const claims = [...event.dates].sort(
    (a, b) => precisionRank[a.value.precision] - precisionRank[b.value.precision],
  )
  const best = claims[0]?.value
  const stated = event.dates[0]?.value
  if (!best || !stated) {
    const within = event.undated?.within
    return {
      event,
      kind: 'undated',
      order,
      lanes,
      within: within && { from: dayNumber(within.start), to: dayNumber(within.end) },
    }
  }
  const bounds = dateBounds(best)
  const start = dayNumber(bounds.start)
  const end = dayNumber(bounds.end) + 1
  const monthBounds = stated.precision === 'month' ? dateBounds(stated) : undefined
  const vague = monthBounds && {
    from: dayNumber(monthBounds.start),
    to: dayNumber(monthBounds.end),
  }
  const kind: MarkerKind = best.precision === 'month' ? 'month' : end - start > 1 ? 'range' : 'day'
  return { event, kind, order, lanes, start, end, vague }
}

/**
 * One marker per event, in reading order. An undated event is placed by its order: halfway
 * between the dated events before and after it, kept inside the days it is known to fall within.
 */
export function axisMarkers(events: readonly TimelineEvent[]): readonly AxisMarker[] {
  const drafts = events.map(markerOf)
  const centre = (d: (typeof drafts)[number]) =>
    d.start === undefined || d.end === undefined ? undefined : (d.start + d.end) / 2
  return drafts.map((draft, i) => {
    if (draft.start !== undefined && draft.end !== undefined)
      return { ...draft, start: draft.start, end: draft.end }
    let before: number | undefined
    for (let j = i - 1; j >= 0 && before === undefined; j--) before = centre(drafts[j] ?? draft)
    let after: number | undefined
    for (let j = i + 1; j < drafts.length && after === undefined; j++)
      after = centre(drafts[j] ?? draft)
    const low = draft.within ? draft.within.from : -Infinity
    const high = draft.within ? draft.within.to + 1 : Infinity
    let at =
      before !== undefined && after !== undefined
        ? (before + after) / 2
        : (before ?? after ?? (draft.within ? (low + high) / 2 : 0))
    at = Math.min(high, Math.max(low, at))
    if (!Number.isFinite(at)) at = 0
    return { ...draft, start: at, end: at }
  })
}

/** A stretch of days drawn to scale, starting at `offset` units. */
export interface Segment {
  readonly from: number
  /** Exclusive. */
  readonly to: number
  readonly offset: number
}

export interface Scale {
  readonly segments: readonly Segment[]
  /**
   * Between segment i and i+1: its centre, how many days it stands for, and its width in units
   * (wider where it leads into another year).
   */
  readonly breaks: readonly { readonly at: number; readonly days: number; readonly units: number }[]
  readonly length: number
}

/** Lays the markers' days end to end: busy stretches to scale, long empty gaps as breaks. */
export function buildScale(markers: readonly AxisMarker[]): Scale {
  const spans = markers
    .map((m) => ({
      from: Math.floor(Math.min(m.start, m.vague?.from ?? Infinity)) - AXIS_PAD_DAYS,
      to: Math.ceil(Math.max(m.end, m.start + 1, (m.vague?.to ?? -Infinity) + 1)) + AXIS_PAD_DAYS,
    }))
    .sort((a, b) => a.from - b.from)
  const merged: { from: number; to: number }[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.from - last.to <= BREAK_DAYS) last.to = Math.max(last.to, span.to)
    else merged.push({ ...span })
  }
  if (merged.length === 0) merged.push({ from: 0, to: 1 })
  const segments: Segment[] = []
  const breaks: { at: number; days: number; units: number }[] = []
  let offset = 0
  merged.forEach((span, i) => {
    const previous = merged[i - 1]
    if (previous) {
      const units = lastYear(previous) === firstYear(span) ? BREAK_UNITS : YEAR_BREAK_UNITS
      breaks.push({ at: offset + units / 2, days: span.from - previous.to, units })
      offset += units
    }
    segments.push({ from: span.from, to: span.to, offset })
    offset += span.to - span.from
  })
  return { segments, breaks, length: offset }
}

/**
 * The years a stretch starts and ends in, its padding aside: a stretch is padded by a day on
 * each side, and an event on 1 January must not be counted in the year before.
 */
function firstYear(span: { from: number; to: number }): number {
  return isoParts(Math.min(span.to - 1, span.from + AXIS_PAD_DAYS)).year
}
function lastYear(span: { from: number; to: number }): number {
  return isoParts(Math.max(span.from, span.to - 1 - AXIS_PAD_DAYS)).year
}

/** The last segment whose `key` is at or before `value` (binary search: thousands at scale). */
function lastSegmentAtOrBefore(scale: Scale, key: 'from' | 'offset', value: number): number {
  let lo = 0
  let hi = scale.segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((scale.segments[mid]?.[key] ?? Infinity) <= value) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Units for a (fractional) day; a day inside a break lands on the break's near edge. */
export function unitsOf(scale: Scale, day: number): number {
  const segment = scale.segments[lastSegmentAtOrBefore(scale, 'from', day)]
  if (!segment) return 0
  if (day < segment.from) return segment.offset
  return segment.offset + Math.min(day, segment.to) - segment.from
}

/** The day at a number of units; inside a break, the first day after it. */
export function dayAt(scale: Scale, units: number): number {
  const lo = lastSegmentAtOrBefore(scale, 'offset', units)
  const segment = scale.segments[lo]
  if (!segment) return 0
  const inside = units - segment.offset
  if (inside > segment.to - segment.from) {
    const next = scale.segments[lo + 1]
    return next ? next.from : segment.to
  }
  return segment.from + Math.max(0, inside)
}

/** A view in units: [from, to). */
export interface UnitRange {
  readonly from: number
  readonly to: number
}

export function viewUnits(scale: Scale, range: DayRange): UnitRange {
  const from = unitsOf(scale, range.from)
  return { from, to: Math.max(from + 1, unitsOf(scale, range.to + 1)) }
}

/** The days a view in units shows, rounded outwards to whole days. */
export function viewDays(scale: Scale, view: UnitRange): DayRange {
  const from = Math.floor(dayAt(scale, view.from))
  const to = Math.ceil(dayAt(scale, view.to)) - 1
  return { from, to: Math.max(from, to) }
}

/** Where a view of the same width would show `units`, if it is not shown already. */
export function keepInView(scale: Scale, view: UnitRange, from: number, to = from): UnitRange {
  const width = view.to - view.from
  if (from >= view.from && to <= view.to) return view
  const middle = (from + to) / 2
  const start = Math.max(0, Math.min(scale.length - width, middle - width / 2))
  return { from: start, to: start + width }
}

/** Zooms by `factor` (<1 in, >1 out) around `focus`, which stays where it was on screen. */
export function zoomView(
  scale: Scale,
  view: UnitRange,
  factor: number,
  focus: number,
  minUnits: number,
): UnitRange {
  const width = view.to - view.from
  const next = Math.min(scale.length, Math.max(minUnits, width * factor))
  const share = width > 0 ? (focus - view.from) / width : 0.5
  const start = Math.max(0, Math.min(scale.length - next, focus - share * next))
  return { from: start, to: start + next }
}

/** The break, as units between two segments, that `units` lies strictly inside, if any. */
function breakAround(scale: Scale, units: number): { start: number; end: number } | undefined {
  const i = lastSegmentAtOrBefore(scale, 'offset', units)
  const segment = scale.segments[i]
  const next = scale.segments[i + 1]
  if (!segment || !next) return undefined
  const start = segment.offset + segment.to - segment.from
  return units > start && units < next.offset ? { start, end: next.offset } : undefined
}

function isBreakAlone(gap: { start: number; end: number } | undefined, width: number): boolean {
  return gap !== undefined && width <= gap.end - gap.start
}

/** The same view, to rounding error. */
export function sameView(a: UnitRange, b: UnitRange): boolean {
  return Math.abs(a.from - b.from) < 1e-9 && Math.abs(a.to - b.to) < 1e-9
}

/**
 * The view snapped to whole days, its width kept (at least one day): a gesture leaves
 * fractions, which the URL (whole days) would otherwise round outwards into a wider view.
 * Segments start at whole units, so whole units are whole days. An edge inside a break has no
 * day to write (a day in a break is drawn at its edge), so the URL would read back as another
 * view: the view slides off the break the shorter way, never onto nothing but the break.
 */
export function wholeDays(scale: Scale, view: UnitRange): UnitRange {
  const width = Math.min(scale.length, Math.max(1, Math.round(view.to - view.from)))
  const from = Math.max(0, Math.min(scale.length - width, Math.round(view.from)))
  const fits = (f: number) =>
    f >= 0 &&
    f + width <= scale.length &&
    !breakAround(scale, f) &&
    !breakAround(scale, f + width) &&
    // Not a view of the break alone: its edges on the break's two edges.
    !isBreakAlone(breakAround(scale, f + width / 2), width)
  if (fits(from)) return { from, to: from + width }
  // Either edge moved onto either edge of the break it is in (the middle's, for the break alone).
  const candidates = [from, from + width / 2, from + width].flatMap((at) => {
    const gap = breakAround(scale, at)
    return gap ? [gap.start, gap.end, gap.start - width, gap.end - width] : []
  })
  const best = candidates
    .filter(fits)
    .sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)[0]
  // Found near: within a break's width (a far one means the breaks around are too wide for
  // this width to fit between them).
  if (best !== undefined && Math.abs(best - from) <= YEAR_BREAK_UNITS)
    return { from: best, to: best + width }
  // A short stretch between two wide breaks (a history's year of one event) may leave no
  // place of the same width nearby: each edge then steps off its break to the nearer side,
  // and the view narrows or widens by less than a break rather than jump far.
  // Either side of the break, or a day past it: a view of the break alone shows a day of the
  // stretches on either side.
  const sides = (at: number) => {
    const gap = breakAround(scale, at)
    return gap ? [gap.start, gap.end, gap.start - 1, gap.end + 1] : [at]
  }
  const to = from + width
  const stepped = sides(from)
    .flatMap((a) => sides(to).map((b) => ({ from: a, to: b })))
    .filter(
      (v) =>
        v.to - v.from >= 1 && !isBreakAlone(breakAround(scale, (v.from + v.to) / 2), v.to - v.from),
    )
    .sort(
      (x, y) =>
        Math.abs(x.from - from) +
        Math.abs(x.to - to) -
        (Math.abs(y.from - from) + Math.abs(y.to - to)),
    )[0]
  return stepped ?? (best === undefined ? { from, to } : { from: best, to: best + width })
}

/**
 * The lane's nearest marker past the view's edge in `direction` (1 later, −1 earlier) that is
 * not drawn already (`drawn`: event ids in view), for an arrow key that runs out of markers.
 */
export function nextBeyondView(
  scale: Scale,
  markers: readonly AxisMarker[],
  country: CountryCode,
  view: UnitRange,
  direction: 1 | -1,
  drawn: ReadonlySet<string>,
): AxisMarker | undefined {
  let best: { marker: AxisMarker; at: number } | undefined
  for (const marker of markers) {
    if (drawn.has(marker.event.id) || !marker.lanes.some((l) => l.country === country)) continue
    const at = unitsOf(scale, (marker.start + marker.end) / 2)
    if (direction > 0 ? at < view.to : at > view.from) continue
    if (!best || (direction > 0 ? at < best.at : at > best.at)) best = { marker, at }
  }
  return best?.marker
}

/**
 * The view turned like a page so that `at` comes in near the edge it came from (a tenth of the
 * width inside, at least a day), same width; widened when `keep` (the open event) would otherwise leave it.
 */
export function pageTo(
  scale: Scale,
  view: UnitRange,
  at: { from: number; to: number },
  direction: 1 | -1,
  keep?: { from: number; to: number },
): UnitRange {
  const width = view.to - view.from
  // At least a day inside, so that snapping the view to whole days cannot push it out.
  const margin = Math.min(width / 2, Math.max(1, width * 0.1))
  const start = direction > 0 ? at.from - margin : at.to + margin - width
  let from = Math.max(0, Math.min(scale.length - width, start))
  let to = from + width
  if (keep && (keep.from < from || keep.to > to)) {
    from = Math.max(0, Math.min(from, keep.from - margin))
    to = Math.min(scale.length, Math.max(to, keep.to + margin))
  }
  return { from, to }
}

/** Moves the view by `units`, stopping at either end. */
export function panView(scale: Scale, view: UnitRange, units: number): UnitRange {
  const width = view.to - view.from
  const start = Math.max(0, Math.min(scale.length - width, view.from + units))
  return { from: start, to: start + width }
}

/** A marker or a cluster of overlapping markers, placed across the view (0 to 1). */
export type Placed =
  | {
      readonly type: 'marker'
      readonly marker: AxisMarker
      readonly role: RoleId
      /** Solid part; x1 === x0 for a day or an undated event. */
      readonly x0: number
      readonly x1: number
      readonly vague?: { readonly x0: number; readonly x1: number }
    }
  | {
      readonly type: 'cluster'
      readonly markers: readonly AxisMarker[]
      readonly x: number
      /** The days its markers cover: a click zooms there. */
      readonly days: DayRange
    }

function fraction(view: UnitRange, units: number): number {
  return (units - view.from) / (view.to - view.from)
}

interface LaneEntry {
  readonly m: AxisMarker
  /** Units the marker covers, its vague month included, and where its centre is. */
  readonly from: number
  readonly to: number
  readonly centre: number
}
interface LaneIndex {
  /** By centre, then by order. */
  readonly entries: readonly LaneEntry[]
  /** The farthest any entry reaches before and after its centre. */
  readonly before: number
  readonly after: number
}

const laneIndexes = new WeakMap<
  Scale,
  WeakMap<readonly AxisMarker[], Map<CountryCode, LaneIndex>>
>()

/** One lane's markers in time order, computed once per scale: a view is then a slice of it. */
function laneIndex(scale: Scale, markers: readonly AxisMarker[], country: CountryCode): LaneIndex {
  let byMarkers = laneIndexes.get(scale)
  if (!byMarkers) laneIndexes.set(scale, (byMarkers = new WeakMap()))
  let byCountry = byMarkers.get(markers)
  if (!byCountry) byMarkers.set(markers, (byCountry = new Map()))
  const cached = byCountry.get(country)
  if (cached) return cached
  const entries = markers
    .filter((m) => m.lanes.some((l) => l.country === country))
    .map((m) => ({
      m,
      from: unitsOf(scale, Math.min(m.start, m.vague?.from ?? Infinity)),
      to: unitsOf(scale, Math.max(m.end, (m.vague?.to ?? -Infinity) + 1)),
      centre: unitsOf(scale, (m.start + m.end) / 2),
    }))
    .sort((a, b) => a.centre - b.centre || a.m.order - b.m.order)
  const index = {
    entries,
    before: Math.max(0, ...entries.map((e) => e.centre - e.from)),
    after: Math.max(0, ...entries.map((e) => e.to - e.centre)),
  }
  byCountry.set(country, index)
  return index
}

/** The lane's markers that reach into the view, by a binary search rather than a full scan. */
function inView(
  scale: Scale,
  markers: readonly AxisMarker[],
  country: CountryCode,
  view: UnitRange,
): LaneEntry[] {
  const { entries, before, after } = laneIndex(scale, markers, country)
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((entries[mid]?.centre ?? Infinity) < view.from - after) lo = mid + 1
    else hi = mid
  }
  const result: LaneEntry[] = []
  for (let i = lo; i < entries.length; i++) {
    const entry = entries[i]
    if (!entry || entry.centre > view.to + before) break
    if (entry.to >= view.from && entry.from <= view.to) result.push(entry)
  }
  return result
}

/**
 * Where a swipe on a phone comes to rest: the view slides so that the event nearest its middle
 * is centred, as a strip that snaps to its items would. A view with no event in it stays.
 */
export function snapToMarker(
  scale: Scale,
  markers: readonly AxisMarker[],
  view: UnitRange,
): UnitRange {
  const middle = (view.from + view.to) / 2
  let best: number | undefined
  for (const country of COUNTRIES) {
    for (const { centre } of inView(scale, markers, country, view)) {
      if (centre < view.from || centre > view.to) continue
      if (best === undefined || Math.abs(centre - middle) < Math.abs(best - middle)) best = centre
    }
  }
  return best === undefined ? view : panView(scale, view, best - middle)
}

/**
 * One lane's markers in the view: those outside it are left out (so that 5,000 events draw
 * only the few in view), and markers closer than `minGap` (a share of the axis's width) to the
 * previous one merge into a cluster with a count. `keep` (the open event) is never clustered.
 */
export function placeLane(
  scale: Scale,
  markers: readonly AxisMarker[],
  country: CountryCode,
  view: UnitRange,
  minGap: number,
  keep?: string,
): readonly Placed[] {
  const placed: Placed[] = []
  let open: { markers: AxisMarker[]; first: number; last: number } | null = null
  const close = () => {
    if (!open) return
    const only = open.markers[0]
    if (open.markers.length === 1 && only) placed.push(single(only))
    else if (open.markers.length > 1) {
      placed.push({
        type: 'cluster',
        markers: open.markers,
        x: (open.first + open.last) / 2,
        days: daysOf(open.markers),
      })
    }
    open = null
  }
  const single = (marker: AxisMarker): Placed => {
    const role = marker.lanes.find((l) => l.country === country)?.role ?? 'host'
    const x0 = fraction(view, unitsOf(scale, marker.start))
    const x1 = fraction(view, unitsOf(scale, marker.end))
    const solid =
      marker.end - marker.start > 1 ? { x0, x1 } : { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2 }
    const vague = marker.vague && {
      x0: fraction(view, unitsOf(scale, marker.vague.from)),
      x1: fraction(view, unitsOf(scale, marker.vague.to + 1)),
    }
    return { type: 'marker', marker, role, ...solid, ...(vague ? { vague } : {}) }
  }
  const visible = inView(scale, markers, country, view)
  for (const { m, from, to, centre } of visible) {
    // Ranges wider than the gap are drawn as bars and never merge.
    const wide = fraction(view, to) - fraction(view, from) > minGap
    if (m.event.id === keep || wide) {
      close()
      placed.push(single(m))
      continue
    }
    const x = fraction(view, centre)
    if (open && x - open.last < minGap) {
      open.markers.push(m)
      open.last = x
    } else {
      close()
      open = { markers: [m], first: x, last: x }
    }
  }
  close()
  return nudgeAroundKept(placed, minGap, keep, (item) => segmentBounds(scale, view, item))
}

/**
 * The stretch of the view (0 to 1) that an item's own segment covers: a nudge may move the item
 * within it but never across a break, where it would sit among days it does not belong to.
 */
function segmentBounds(scale: Scale, view: UnitRange, item: Placed): readonly [number, number] {
  const ms = item.type === 'cluster' ? item.markers : [item.marker]
  const first = ms[0]
  const last = ms[ms.length - 1]
  const segmentOf = (m: AxisMarker | undefined) =>
    scale.segments[lastSegmentAtOrBefore(scale, 'from', m ? (m.start + m.end) / 2 : 0)]
  const lo = segmentOf(first)
  const hi = segmentOf(last)
  return [
    lo ? fraction(view, lo.offset) : -Infinity,
    hi ? fraction(view, hi.offset + hi.to - hi.from) : Infinity,
  ]
}

/** The days a cluster's markers cover: a click on it zooms there. */
function daysOf(markers: readonly AxisMarker[]): DayRange {
  // A loop, not Math.min(...array): clusters of thousands of markers are common at 5,000
  // events, and every merge of a lane's layout computes this again.
  let from = Infinity
  let to = -Infinity
  for (const m of markers) {
    from = Math.min(from, Math.floor(m.vague?.from ?? m.start))
    to = Math.max(to, Math.ceil(m.end) - (m.end > m.start ? 1 : 0))
  }
  return { from, to: Math.max(from, to) }
}

/** Where an item's marker or count is drawn; undefined for a range drawn as a bar. */
function centreOf(p: Placed): number | undefined {
  if (p.type === 'cluster') return p.x
  return p.x1 > p.x0 ? undefined : p.x0
}

function moved(p: Placed, x: number): Placed {
  return p.type === 'cluster' ? { ...p, x } : { ...p, x0: x, x1: x }
}

/** Two neighbouring items as one cluster drawn at `x`. */
export function mergeItems(into: Placed, other: Placed, x: number): Placed {
  const markers = [
    ...(into.type === 'cluster' ? into.markers : [into.marker]),
    ...(other.type === 'cluster' ? other.markers : [other.marker]),
  ].sort((a, b) => a.start - b.start || a.order - b.order)
  return { type: 'cluster', markers, x, days: daysOf(markers) }
}

/**
 * The open event is never clustered, so the markers beside it may sit closer than the gap.
 * Those move aside to a gap's distance, and anything they would then cover merges into them,
 * so that no two markers or counts ever overlap. No item moves out of its own segment
 * (`boundsOf`): where a break leaves a neighbour too little room, the open event itself moves
 * the other way instead (on a phone's whole-dialogue view, the plenary's 20 January neighbours
 * would otherwise be drawn past the January→May break, among May's days).
 */
function nudgeAroundKept(
  placed: Placed[],
  minGap: number,
  keep: string | undefined,
  boundsOf: (item: Placed) => readonly [number, number],
): Placed[] {
  const k = placed.findIndex((p) => p.type === 'marker' && p.marker.event.id === keep)
  const kept = placed[k]
  const centre = kept && centreOf(kept)
  if (!kept || centre === undefined) return placed
  const clamp = (x: number, item: Placed) => {
    const [lo, hi] = boundsOf(item)
    return Math.min(hi, Math.max(lo, x))
  }
  // How far the nearest neighbour on each side would be pushed past its segment's edge.
  const shortfall = (items: Placed[], direction: 1 | -1): number => {
    const item = items.find((p) => centreOf(p) !== undefined)
    const x = item && centreOf(item)
    if (!item || x === undefined || (x - centre) * direction >= minGap) return 0
    const wanted = centre + direction * minGap
    return Math.abs(wanted - clamp(wanted, item))
  }
  const after = placed.slice(k + 1)
  const before = placed.slice(0, k).reverse()
  const at = clamp(centre - shortfall(after, 1) + shortfall(before, -1), kept)
  const side = (items: Placed[], direction: 1 | -1): Placed[] => {
    const out: Placed[] = []
    let edge = at
    // The item drawn at `edge`: -1 for the open event itself.
    let anchor = -1
    for (const item of items) {
      const x = centreOf(item)
      const last = out[anchor]
      if (x === undefined) {
        out.push(item)
      } else if ((x - edge) * direction >= minGap) {
        out.push(item)
        edge = x
        anchor = out.length - 1
      } else if (last) {
        out[anchor] = mergeItems(last, item, edge)
      } else {
        edge = clamp(at + direction * minGap, item)
        out.push(moved(item, edge))
        anchor = out.length - 1
      }
    }
    return out
  }
  return [...side(before, -1).reverse(), at === centre ? kept : moved(kept, at), ...side(after, 1)]
}

export interface Tick {
  readonly day: number
  readonly x: number
  /** Day ticks label the day of the month; month ticks, and the first tick of a month, the month. */
  readonly kind: 'day' | 'month'
  readonly withMonth: boolean
}

const DAY_STEPS = [1, 2, 5, 10]
const MONTH_STEPS = [1, 2, 3, 6, 12]

function isoParts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * 86_400_000)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() }
}

/** Tick marks for the view, at most about `maxTicks`, only on days drawn to scale. */
export function axisTicks(scale: Scale, view: UnitRange, maxTicks: number): readonly Tick[] {
  const shown = scale.segments
    .map((s) => ({
      s,
      from: Math.max(s.from, Math.floor(dayAt(scale, Math.max(view.from, s.offset)))),
      to: Math.min(s.to, Math.ceil(dayAt(scale, Math.min(view.to, s.offset + s.to - s.from)))),
    }))
    .filter(
      ({ from, to, s }) => to > from && s.offset < view.to && s.offset + s.to - s.from > view.from,
    )
  const days = shown.reduce((sum, { from, to }) => sum + (to - from), 0)
  const dayStep = DAY_STEPS.find((step) => days / step <= maxTicks)
  const ticks: Tick[] = []
  for (const { from, to } of shown) {
    let lastMonth = -1
    for (let day = from; day < to; day++) {
      const { year, month, date } = isoParts(day)
      const monthIndex = year * 12 + month
      const x = fraction(view, unitsOf(scale, day))
      if (x < 0 || x > 1) continue
      if (dayStep !== undefined) {
        // 1, 6, 11… in each month, never the 31st right before the next month's 1st.
        if ((date - 1) % dayStep !== 0 || (dayStep > 1 && date > 26)) continue
        ticks.push({ day, x, kind: 'day', withMonth: monthIndex !== lastMonth })
        lastMonth = monthIndex
      } else if (date === 1) {
        const step = MONTH_STEPS.find((s) => days / 30 / s <= maxTicks) ?? 12
        if (monthIndex % step === 0) ticks.push({ day, x, kind: 'month', withMonth: true })
      }
    }
  }
  return ticks
}

/** Breaks in the view, as positions across it. */
export function visibleBreaks(
  scale: Scale,
  view: UnitRange,
): readonly { x: number; days: number; width: number }[] {
  return scale.breaks
    .filter((b) => b.at >= view.from && b.at <= view.to)
    .map((b) => ({ x: fraction(view, b.at), days: b.days, width: b.units / (view.to - view.from) }))
}

/** Where the axis names a year: across the view (0 to 1), and how its label sits there. */
export interface YearMark {
  readonly year: number
  readonly x: number
  /** 'start' runs right from `x` (the view's first stretch, or 1 January inside a stretch); 'centre' sits on a break. */
  readonly align: 'start' | 'centre'
}

/**
 * The years of a view that spans more than one: the first stretch's at its start, each break
 * into another year on the break (which is wider for it, YEAR_BREAK_UNITS), and a 1 January
 * inside a stretch at that day. A view within one year gets none: its ticks name the months.
 */
export function yearMarks(scale: Scale, view: UnitRange): readonly YearMark[] {
  const marks: YearMark[] = []
  let last: number | undefined
  scale.segments.forEach((s, i) => {
    const end = s.offset + s.to - s.from
    if (end <= view.from || s.offset >= view.to) return
    const starts = s.offset >= view.from
    const firstDay = starts
      ? Math.min(s.to - 1, s.from + AXIS_PAD_DAYS)
      : Math.floor(dayAt(scale, view.from))
    const year = isoParts(firstDay).year
    if (year !== last) {
      const gap = scale.breaks[i - 1]
      const onBreak = starts && gap && gap.at >= view.from && last !== undefined
      marks.push(
        onBreak
          ? { year, x: fraction(view, gap.at), align: 'centre' }
          : { year, x: Math.max(0, fraction(view, Math.max(view.from, s.offset))), align: 'start' },
      )
    }
    // A stretch drawn to scale across New Year.
    // Less the stretch's padding day at its end (31 December's event is not in the next year).
    const lastDay = Math.max(
      firstDay,
      Math.min(s.to - 1 - AXIS_PAD_DAYS, Math.ceil(dayAt(scale, Math.min(view.to, end))) - 1),
    )
    // A year begun a few days after the previous name (a stretch from late December) is named
    // a break's width further on, among its own days, rather than over the previous name.
    let previous =
      marks.length > 0
        ? view.from + (marks[marks.length - 1]?.x ?? 0) * (view.to - view.from)
        : -Infinity
    for (let y = year + 1; y <= isoParts(lastDay).year; y++) {
      const at = unitsOf(scale, Date.UTC(y, 0, 1) / 86_400_000)
      const near = at - previous < YEAR_BREAK_UNITS
      const units = near ? previous + YEAR_BREAK_UNITS : at
      const x = fraction(view, units)
      if (x >= 0 && x <= 1 && units <= end) {
        marks.push({ year: y, x, align: near ? 'centre' : 'start' })
        previous = units
      }
    }
    last = Math.max(year, isoParts(lastDay).year)
  })
  return marks.length > 1 ? marks : []
}

/** A year's label box, px: wide enough for four bold digits of any of the app's fonts. */
export const YEAR_LABEL_PX = 44
const YEAR_GAP_PX = 4
/**
 * Past this, a view's years take two rows, alternately, rather than ask for a wider track:
 * years of many events close together (a calendar of thousands) would otherwise scroll the
 * strip even on a wide screen.
 */
export const YEAR_ONE_ROW_MAX_PX = 1000
/** The widest track a view's years may ask for; past it, the axis hides what overlaps. */
const YEAR_TRACK_MAX_PX = 2400

/** A year label's box on a track of `trackPx`: held inside the track at its ends. */
export function yearBox(mark: YearMark, trackPx: number): { left: number; right: number } {
  const at = mark.x * trackPx - (mark.align === 'centre' ? YEAR_LABEL_PX / 2 : 0)
  const left = Math.min(trackPx - YEAR_LABEL_PX, Math.max(0, at))
  return { left, right: left + YEAR_LABEL_PX }
}

/**
 * The narrowest track, px, on which no two year labels overlap: a narrower screen scrolls the
 * axis sideways rather than print one year over another. 0 when there are none.
 */
export function yearTrackPx(marks: readonly YearMark[], rows: 1 | 2 = 1): number {
  if (marks.length === 0) return 0
  const fits = (px: number) =>
    marks.every((mark, i) => {
      const next = marks[i + rows]
      return !next || yearBox(mark, px).right + YEAR_GAP_PX <= yearBox(next, px).left
    })
  for (let px = YEAR_LABEL_PX; px < YEAR_TRACK_MAX_PX; px += 8) if (fits(px)) return px
  return YEAR_TRACK_MAX_PX
}

/** The unit position of an event's marker centre (to zoom around it or keep it in view). */
export function markerUnits(scale: Scale, marker: AxisMarker): { from: number; to: number } {
  return {
    from: unitsOf(scale, marker.start),
    to: unitsOf(scale, Math.max(marker.end, marker.start)),
  }
}

/** Do two items lie in the same stretch drawn to scale (no break between them)? */
export function sameStretch(scale: Scale, a: Placed, b: Placed): boolean {
  const segmentOf = (p: Placed) => {
    const m = p.type === 'cluster' ? p.markers[0] : p.marker
    return lastSegmentAtOrBefore(scale, 'from', m ? (m.start + m.end) / 2 : 0)
  }
  return segmentOf(a) === segmentOf(b)
}
