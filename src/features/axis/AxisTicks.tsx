import { useLayoutEffect, useMemo, useRef } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { isoFromDayNumber } from '../../content/queries.ts'
import { formatDateValue, formatDayAndMonth, formatDayOfMonth } from '../../lib/dates.ts'
import { pct } from './AxisLane.tsx'
import {
  axisTicks,
  visibleBreaks,
  YEAR_LABEL_PX,
  type Scale,
  type UnitRange,
  type YearMark,
} from './scale.ts'
import styles from './TimeAxis.module.css'

/** At most this many ticks: day numbers stay legible on a phone. */
const MAX_TICKS = 10

/**
 * Hides each label that would overlap one already shown: the ticks' labels first, left to right,
 * then the breaks' (the label elements carry data-label, in that order in the track). Where
 * long gaps lie close together, as on a timeline of thousands of events over years, "4 months
 * later" and "3 months later" were printed over each other and over the month names.
 */
function hideCrowdedLabels(track: HTMLElement) {
  const labels = [...track.querySelectorAll<HTMLElement>('[data-label]')]
  // Measured all at once, every label shown: the ticks and breaks are positioned absolutely,
  // so hiding one afterwards moves none of the others.
  for (const label of labels) label.removeAttribute('data-crowded')
  const boxes = labels.map((label) => label.getBoundingClientRect())
  const shown: DOMRect[] = []
  labels.forEach((label, i) => {
    const box = boxes[i]
    // Not displayed (a phone strip leaves the month names and breaks out).
    if (!box || box.width === 0) return
    // Boxes that touch are not crowded: each label has room inside its box (padding). Rows
    // may overlap a little (a break's label above a month's name, and more so with the taller
    // line boxes of Japanese text) without their text touching: only boxes that share more
    // than half their height are in the same row.
    const crowded = shown.some(
      (other) =>
        box.left < other.right &&
        other.left < box.right &&
        Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top) >
          Math.min(box.height, other.height) / 2,
    )
    if (crowded) label.setAttribute('data-crowded', '')
    else shown.push(box)
  })
}

/**
 * Where a year's label goes: on its mark, held inside the track at either end (the track's
 * width is unknown before scripts load, so the stylesheet clamps it, not the script).
 */
function yearLeft(mark: YearMark): string {
  const at = `${(mark.x * 100).toFixed(3)}% - ${mark.align === 'centre' ? YEAR_LABEL_PX / 2 : 0}px`
  return `clamp(0px, calc(${at}), calc(100% - ${YEAR_LABEL_PX}px))`
}

/**
 * Month and day labels above the lanes, and each break's "4 months later"; over years, the
 * years instead (`years`, placed so that none overlaps another on the track the strip keeps),
 * and no month ticks: month names and gaps' lengths would crowd them out.
 */
export function AxisTicks({
  scale,
  view,
  breaks,
  years,
  yearRows,
}: {
  scale: Scale
  view: UnitRange
  breaks: readonly { x: number; width: number }[]
  years: readonly YearMark[]
  /** Two: every other year in the row above (where one row would need too wide a strip). */
  yearRows: 1 | 2
}) {
  const overYears = years.length > 0
  const locale = useLocale()
  const t = useMessages()
  // Worked out again only when the view moves: the axis re-renders on every navigation.
  const { from, to } = view
  const ticks = useMemo(() => axisTicks(scale, { from, to }, MAX_TICKS), [scale, from, to])
  const gaps = useMemo(() => visibleBreaks(scale, { from, to }), [scale, from, to])
  const trackRef = useRef<HTMLDivElement>(null)
  // A phone's strip shows every other tick and no month row: its first tick of each month
  // carries the month's name ("6 May"), so that no day number reads as another month's.
  const monthOf = (i: number) => {
    const tick = ticks[i]
    return tick ? isoFromDayNumber(tick.day).slice(0, 7) : ''
  }
  const phoneMonth = ticks.map((_, i) => i % 2 === 0 && (i === 0 || monthOf(i) !== monthOf(i - 2)))
  // What the labels and their places depend on: checked again only when it changes (not on
  // every navigation that re-renders the axis) or when the track's width does.
  const labelled = `${locale}|${view.from}|${view.to}|${ticks.length}|${gaps.length}|${years.length}`
  useLayoutEffect(() => {
    const track = trackRef.current
    // A DOM without layout (a test's) has no sizes to compare.
    if (!track || typeof ResizeObserver === 'undefined') return
    let width = -1
    const observer = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width ?? 0
      if (now === width) return
      width = now
      hideCrowdedLabels(track)
    })
    observer.observe(track)
    // At once as well: the observer reports only after the frame's layout, and the first
    // frame would show the crowded labels.
    hideCrowdedLabels(track)
    width = track.getBoundingClientRect().width
    return () => observer.disconnect()
  }, [labelled])
  return (
    <div className={styles.ticks} aria-hidden="true">
      <span className={styles.laneLabel} />
      <div className={styles.tickTrack} ref={trackRef}>
        {years.map((mark, i) => (
          <span
            key={mark.year}
            className={styles.year}
            data-label
            data-align={mark.align}
            data-row={i % yearRows === 1 || undefined}
            style={{ left: yearLeft(mark), width: YEAR_LABEL_PX }}
          >
            {mark.year}
          </span>
        ))}
        {(overYears ? [] : ticks).map((tick, i) => {
          const iso = isoFromDayNumber(tick.day)
          return (
            <span
              key={tick.day}
              className={styles.tick}
              style={{ left: pct(tick.x) }}
              data-end={tick.x > 0.93 || undefined}
              // Every other tick steps aside on a phone strip, where ten labels would touch.
              data-minor={i % 2 === 1 || undefined}
            >
              {tick.withMonth && (
                <span className={styles.tickMonth} data-label>
                  {formatDateValue({ precision: 'month', month: iso.slice(0, 7) }, locale)}
                </span>
              )}
              {tick.kind === 'day' && (
                <span className={styles.tickDay} data-label>
                  {phoneMonth[i] ? (
                    <>
                      <span className={styles.tickDayOnly}>{formatDayOfMonth(iso, locale)}</span>
                      <span className={styles.tickDayMonth}>{formatDayAndMonth(iso, locale)}</span>
                    </>
                  ) : (
                    formatDayOfMonth(iso, locale)
                  )}
                </span>
              )}
            </span>
          )
        })}
        {!overYears &&
          gaps.map((gap, i) => (
            <span
              key={gap.x}
              className={styles.breakLabel}
              data-label
              style={{ left: pct(gap.x), width: pct(breaks[i]?.width ?? 0) }}
            >
              {t.axisBreak(gap.days)}
            </span>
          ))}
      </div>
    </div>
  )
}
