import { useLocale, useMessages } from '../../components/useLocale.ts'
import { isoFromDayNumber } from '../../content/queries.ts'
import { formatDateValue, formatDayOfMonth } from '../../lib/dates.ts'
import { pct } from './AxisLane.tsx'
import { axisTicks, visibleBreaks, type Scale, type UnitRange } from './scale.ts'
import styles from './TimeAxis.module.css'

/** At most this many ticks: day numbers stay legible on a phone. */
const MAX_TICKS = 10

/** Month and day labels above the lanes, and each break's "4 months later". */
export function AxisTicks({
  scale,
  view,
  breaks,
}: {
  scale: Scale
  view: UnitRange
  breaks: readonly { x: number; width: number }[]
}) {
  const locale = useLocale()
  const t = useMessages()
  const ticks = axisTicks(scale, view, MAX_TICKS)
  const gaps = visibleBreaks(scale, view)
  return (
    <div className={styles.ticks} aria-hidden="true">
      <span className={styles.laneLabel} />
      <div className={styles.tickTrack}>
        {ticks.map((tick, i) => {
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
                <span className={styles.tickMonth}>
                  {formatDateValue({ precision: 'month', month: iso.slice(0, 7) }, locale)}
                </span>
              )}
              {tick.kind === 'day' && (
                <span className={styles.tickDay}>{formatDayOfMonth(iso, locale)}</span>
              )}
            </span>
          )
        })}
        {gaps.map((gap, i) => (
          <span
            key={gap.x}
            className={styles.breakLabel}
            style={{ left: pct(gap.x), width: pct(breaks[i]?.width ?? 0) }}
          >
            {t.axisBreak(gap.days)}
          </span>
        ))}
      </div>
    </div>
  )
}
