import { historySpans, type HistorySpan } from '../content/historySpans.ts'
import {
  allEvents,
  dateBounds,
  dayNumber,
  isoFromDayNumber,
  missionEvents,
} from '../content/queries.ts'
import type { TimelineEvent } from '../content/types.ts'

// The axis's visible range as the URL carries it: `?time=2023-01-05..2023-01-25`, two calendar
// days inclusive. Shared by the search schema (which validates and clamps it) and the axis
// (which draws it), so both agree on what the whole dialogue is.

/** A day on each side of the first and last event, so that their markers are not cut in half. */
export const AXIS_PAD_DAYS = 1
/** The narrowest view: a few days, enough to tell apart events on consecutive days. */
export const MIN_VIEW_DAYS = 3

export interface DayRange {
  /** Day numbers (days since 1970-01-01), both inclusive. */
  readonly from: number
  readonly to: number
}

/**
 * Every day a list of events covers (each stated date at any precision, and where undated
 * events are known to fall), padded; by default the whole content's, history included, which
 * is known before the history's events have loaded (src/content/historySpans.ts): the bounds
 * of any view. The content's own is worked out once: every address with a range is checked
 * against it (each router link and each navigation validates its search), and with thousands
 * of events working it out again each time took most of a zoom's time.
 */
export function timeDomain(list?: readonly TimelineEvent[]): DayRange {
  if (list === undefined) return CONTENT_DOMAIN
  return domainOf(list)
}

function domainOf(list: readonly Pick<HistorySpan, 'dates' | 'undated'>[]): DayRange {
  let from = Infinity
  let to = -Infinity
  const cover = (span: { start: string; end: string }) => {
    from = Math.min(from, dayNumber(span.start))
    to = Math.max(to, dayNumber(span.end))
  }
  for (const event of list) {
    for (const claim of event.dates) cover(dateBounds(claim.value))
    if (event.undated) cover(event.undated.within)
  }
  if (!Number.isFinite(from)) return { from: 0, to: MIN_VIEW_DAYS - 1 }
  return { from: from - AXIS_PAD_DAYS, to: to + AXIS_PAD_DAYS }
}

const PATTERN = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/

function validDay(iso: string): number | undefined {
  const day = dayNumber(iso)
  // Date.parse rolls 2023-02-30 over to March; only a day that reads back the same is real.
  return Number.isFinite(day) && isoFromDayNumber(day) === iso ? day : undefined
}

/**
 * A range from the URL, clamped into the domain and widened to the narrowest view; undefined
 * for anything that is not two real days in order. Reversed days are forgiven.
 */
export function parseTimeRange(text: string, domain?: DayRange): DayRange | undefined {
  const match = PATTERN.exec(text.trim())
  if (!match?.[1] || !match[2]) return undefined
  const a = validDay(match[1])
  const b = validDay(match[2])
  if (a === undefined || b === undefined) return undefined
  const range = { from: Math.min(a, b), to: Math.max(a, b) }
  return clampRange(range, domain ?? (reachesHistory(range) ? timeDomain() : MISSION_DOMAIN))
}

/**
 * Keeps a range inside the domain: the part inside it, or (when none is) the same width at the
 * nearer edge, widened around its middle to at least MIN_VIEW_DAYS.
 */
export function clampRange(range: DayRange, domain: DayRange): DayRange {
  const domainDays = domain.to - domain.from + 1
  const width = range.to - range.from + 1
  let from = Math.max(domain.from, range.from)
  let to = Math.min(domain.to, range.to)
  if (to < from) {
    const days = Math.min(domainDays, width)
    from = range.from > domain.to ? domain.to - days + 1 : domain.from
    to = from + days - 1
  }
  const days = Math.min(domainDays, Math.max(MIN_VIEW_DAYS, to - from + 1))
  const start = Math.round((from + to) / 2 - (days - 1) / 2)
  const clamped = Math.max(domain.from, Math.min(start, domain.to - days + 1))
  return { from: clamped, to: clamped + days - 1 }
}

export function formatTimeRange(range: DayRange): string {
  return `${isoFromDayNumber(range.from)}..${isoFromDayNumber(range.to)}`
}

// Two views share the axis. The mission's (the default): the five events of the press release,
// January to May 2023, which every address without a range opens on, as it always has. The
// dialogue's history: every event, from the 2015 "2+2" to the 4th round in 2026, opened by a
// range that reaches an event of the history outside the mission's days (the "Whole history"
// preset, or a deep link
// such as ?time=2015-03-01..2026-01-31), or by an event of the history. The range alone
// decides, so that the address stays the whole state.

const MISSION_DOMAIN = timeDomain(missionEvents)
const CONTENT_DOMAIN = domainOf([...missionEvents, ...historySpans])
// Each history event's days, padded as its marker is.
const HISTORY_DAYS: readonly DayRange[] = historySpans.map((span) => domainOf([span]))

/**
 * Whether a range reaches, outside the mission's days, a day of an event of the history. Only
 * then is it a view of the history: every address the app gave before the history existed
 * (`?time=2022-12-01..2023-01-12`, `?time=2030-01-01..2030-02-01`) still reads as the mission's
 * days, clamped as it always was, and a range within the mission's days stays the mission's
 * even where the 9 May 2023 "2+2" falls.
 */
function reachesHistory(range: DayRange): boolean {
  const outside: DayRange[] = []
  if (range.from < MISSION_DOMAIN.from)
    outside.push({ from: range.from, to: Math.min(range.to, MISSION_DOMAIN.from - 1) })
  if (range.to > MISSION_DOMAIN.to)
    outside.push({ from: Math.max(range.from, MISSION_DOMAIN.to + 1), to: range.to })
  return outside.some((part) =>
    HISTORY_DAYS.some((span) => part.from <= span.to && part.to >= span.from),
  )
}

/** The URL value for the mission's days: the default view, left out of addresses. */
export const DEFAULT_TIME = formatTimeRange(MISSION_DOMAIN)

/** The URL value for the whole history: every day the content covers. */
export const HISTORY_TIME = formatTimeRange(timeDomain())

/** Whether an address's range (already validated, or none) shows the dialogue's history. */
export function showsHistory(time: string | undefined): boolean {
  if (time === undefined) return false
  const range = parseTimeRange(time)
  return range !== undefined && reachesHistory(range)
}

/**
 * The events a timeline view draws and lists: the mission's, or, for a range beyond its days
 * or an open event of the history, all of them.
 */
export function viewEvents(
  time: string | undefined,
  selected: TimelineEvent | undefined,
): readonly TimelineEvent[] {
  const mission = !showsHistory(time) && (!selected || missionEvents.includes(selected))
  return mission ? missionEvents : allEvents
}

/** The URL value for a view of the whole axis: none in the mission, which addresses leave out. */
export function wholeTime(events: readonly TimelineEvent[]): string | undefined {
  return events === missionEvents ? undefined : HISTORY_TIME
}
