import { Link } from '@tanstack/react-router'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { isoFromDayNumber } from '../../content/queries.ts'
import { formatDateValue } from '../../lib/dates.ts'
import { HISTORY_TIME, MIN_VIEW_DAYS } from '../../lib/timeRange.ts'
import { zoomView, type Scale, type UnitRange } from './scale.ts'
import styles from './TimeAxis.module.css'

interface Props {
  scale: Scale
  view: UnitRange
  zoomed: boolean
  /** Where to zoom around (the open event); the middle of the view otherwise. */
  focus: number | undefined
  timeOf: (scale: Scale, view: UnitRange) => string | undefined
  /** Whether the axis shows the dialogue's whole history rather than the mission's days. */
  history: boolean
}

/** Each stretch drawn to scale is a preset ("January 2023", "May 2023"), up to this many. */
const MAX_PRESETS = 4

/**
 * Zoom out, zoom in, the whole dialogue and one preset per stretch between breaks. Links, not
 * buttons: each is the address of that view, so they work without scripts and can be shared.
 */
export function ZoomControls({ scale, view, zoomed, focus, timeOf, history }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const width = view.to - view.from
  const centre = focus ?? view.from + width / 2
  const zoomIn = zoomView(scale, view, 0.5, centre, MIN_VIEW_DAYS)
  const zoomOut = zoomView(scale, view, 2, centre, MIN_VIEW_DAYS)
  const presets =
    scale.segments.length > 1 && scale.segments.length <= MAX_PRESETS ? scale.segments : []
  const link = (target: UnitRange, label: string, text: string, disabled: boolean) => (
    <Link
      to="."
      search={(prev) => ({ ...prev, time: timeOf(scale, target) })}
      resetScroll={false}
      className={styles.zoomButton}
      aria-label={label === text ? undefined : label}
      aria-disabled={disabled || undefined}
      activeOptions={{ exact: true, includeSearch: true }}
    >
      {text}
    </Link>
  )
  return (
    <div className={styles.zoom} role="group" aria-label={t.axisZoom}>
      {link(zoomOut, t.axisZoomOut, '−', !zoomed)}
      {link(zoomIn, t.axisZoomIn, '+', width <= MIN_VIEW_DAYS + 0.01)}
      {link({ from: 0, to: scale.length }, t.axisWhole, t.axisWhole, !zoomed)}
      {/* The other view: from the mission's days to the whole history (2015–2026), and back. */}
      <Link
        to="."
        search={(prev) => ({ ...prev, time: history ? undefined : HISTORY_TIME })}
        resetScroll={false}
        className={`${styles.zoomButton} ${styles.historyPreset}`}
      >
        {history ? t.axisMission : t.axisHistory}
      </Link>
      {presets.map((s) => {
        const middle = isoFromDayNumber(Math.floor((s.from + s.to) / 2)).slice(0, 7)
        const label = formatDateValue({ precision: 'month', month: middle }, locale)
        return (
          <span key={s.from} className={styles.preset}>
            {link({ from: s.offset, to: s.offset + s.to - s.from }, label, label, false)}
          </span>
        )
      })}
    </div>
  )
}
