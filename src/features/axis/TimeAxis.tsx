import { useNavigate } from '@tanstack/react-router'
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
} from 'react'
import { announce } from '../../components/Announcer.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { COUNTRIES, type CountryCode, type TimelineEvent } from '../../content/types.ts'
import { formatTimeRange, MIN_VIEW_DAYS, parseTimeRange } from '../../lib/timeRange.ts'
import { AxisCards } from './AxisCards.tsx'
import { AxisLane, itemKey, rangeText, type LaneTier } from './AxisLane.tsx'
import { AxisTicks } from './AxisTicks.tsx'
import { moveFocus } from './keys.ts'
import { labelLane } from './labels.ts'
import {
  axisMarkers,
  buildScale,
  keepInView,
  markerUnits,
  nextBeyondView,
  pageTo,
  placeLane,
  sameStretch,
  sameView,
  snapToMarker,
  viewDays,
  viewUnits,
  visibleBreaks,
  wholeDays,
  YEAR_ONE_ROW_MAX_PX,
  yearMarks,
  yearTrackPx,
  zoomView,
  type AxisMarker,
  type Scale,
  type UnitRange,
} from './scale.ts'
import styles from './TimeAxis.module.css'
import { trackRect, useAxisGestures } from './useAxisGestures.ts'
import { useInterestFallback } from './useInterestFallback.ts'
import { ZoomControls } from './ZoomControls.tsx'

interface Props {
  /** Every event: the axis's scale never changes with the filters. */
  all: readonly TimelineEvent[]
  /** The events the filters show; the rest are greyed out. */
  shown: readonly TimelineEvent[]
  selected: TimelineEvent | undefined
  country: CountryCode | undefined
  time: string | undefined
  /** The URL value for the whole axis: none for the mission's (the default), a range otherwise. */
  wholeTime?: string | undefined
}

/**
 * Centres of neighbouring markers and counts stay at least this far apart, so that none ever
 * covers another: half the widest count ("125", 34 px) plus half the open event's ringed
 * marker (26 px), and a little air.
 */
const ITEM_SPACING_PX = 32
/**
 * Track widths the markers are clustered for: the widest not above the track's (the narrowest
 * below it). A page drawn before its width is known (prerendered) holds one clustering per
 * width and its stylesheet shows the one that fits (container queries in TimeAxis.module.css,
 * on the same boundaries), so the axis looks the same before and after scripts load at any
 * width; once measured, the app draws only that one.
 */
export const TRACK_TIERS_PX = [240, 360, 480, 640, 880, 1200] as const

/**
 * The narrowest track each clustering is shown at, which its labels must fit: the tier itself,
 * but the narrowest tier is shown below its width too (a 320 px phone's track is about 220 px).
 */
const LABEL_FLOOR_PX = 200
/** Rows of labels under a lane's line, at most: three on wide tracks, one on a phone's strip. */
const LABEL_ROWS = 3
const LABEL_ROWS_FROM_PX = 640

function tierOf(width: number): number {
  return TRACK_TIERS_PX.findLast((tier) => tier <= width) ?? TRACK_TIERS_PX[0]
}

const noSubscription = () => () => undefined

/**
 * The item drawn for a key: on a page that holds several clusterings, the one on screen.
 * (Without layout, as in a test DOM, the first.)
 */
function drawnItem(track: HTMLElement | null, key: string): HTMLElement | undefined {
  if (!track) return undefined
  const found = [...track.querySelectorAll<HTMLElement>(`[data-axis-key="${CSS.escape(key)}"]`)]
  return found.find((el) => el.getClientRects().length > 0) ?? found[0]
}

const cache = new WeakMap<
  readonly TimelineEvent[],
  { markers: readonly AxisMarker[]; scale: Scale }
>()
function geometry(all: readonly TimelineEvent[]) {
  let result = cache.get(all)
  if (!result) {
    const markers = axisMarkers(all)
    result = { markers, scale: buildScale(markers) }
    cache.set(all, result)
  }
  return result
}

/** The URL value for a view: none for the whole dialogue, which addresses leave out. */
function timeOf(scale: Scale, view: UnitRange, whole?: string): string | undefined {
  if (view.from <= 0 && view.to >= scale.length) return whole
  return formatTimeRange(viewDays(scale, view))
}

/**
 * The time axis above the list: every event at its date in the lane of each delegation that took
 * part, zoomable and pannable, with its range in the URL. One tab stop; the arrow keys move
 * between markers (see keys.ts). Markers are links, so it all works before scripts load.
 */
export function TimeAxis({ all, shown, selected, country, time, wholeTime }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const navigate = useNavigate()
  const { markers, scale } = useMemo(() => geometry(all), [all])
  const shownIds = useMemo(() => new Set<string>(shown.map((e) => e.id)), [shown])
  // A view shown while a gesture lasts, for the URL it started from: once the URL changes
  // (the gesture committed, or the reader went elsewhere) it no longer applies.
  const [gesture, setGesture] = useState<{ view: UnitRange; time: string | undefined } | null>(null)
  // Forgotten once the URL has moved on: going back to the URL it started from (a key's zoom
  // or turn is a step in history) must show that URL's view, not the draft.
  if (gesture && gesture.time !== time) setGesture(null)
  const draft = gesture && gesture.time === time ? gesture.view : null
  const [focusKey, setFocusKey] = useState<string>()
  // The item to focus once the view a key asked for is drawn, and the URL's time it was asked
  // from: until that changes, the navigation has not landed (the axis re-renders before it
  // does, for the location its lanes' links read), and the item may not be drawn yet.
  const pendingFocus = useRef<{
    key: string
    from: string | undefined
    moves: boolean
    /** The view asked for, as the URL will give it: drawn first as a draft (go). */
    view: UnitRange
  } | null>(null)
  const trackRef = useRef<HTMLDivElement>(null)
  const axisRef = useRef<HTMLElement>(null)
  useInterestFallback(axisRef)

  const selectedMarker = selected && markers.find((m) => m.event.id === selected.id)
  /** The view a value of the URL's `time` shows (none: the whole axis). */
  const viewOf = (value: string | undefined): UnitRange => {
    const range = value === undefined ? undefined : parseTimeRange(value)
    return range ? viewUnits(scale, range) : { from: 0, to: scale.length }
  }
  const base = draft ?? viewOf(time)
  // The open event is always in view: a view that would leave it out slides to show it.
  const selectedUnits = selectedMarker && markerUnits(scale, selectedMarker)
  const view = selectedUnits ? keepInView(scale, base, selectedUnits.from, selectedUnits.to) : base
  const days = viewDays(scale, view)

  const measured = useTrackTier(trackRef)
  // A prerendered page keeps every clustering (the stylesheet picks one) for as long as it
  // shows what it was rendered with, so hydration changes nothing on screen or in the page.
  const fromMarkup = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  )
  const drawnWith = () =>
    [view.from, view.to, selected?.id, country, ...shown.map((e) => e.id)].join()
  const [markupDrawnWith, setMarkupDrawnWith] = useState(() => (fromMarkup ? drawnWith() : null))
  const stillMarkup = markupDrawnWith !== null && markupDrawnWith === drawnWith()
  // Once the view has changed, for good: coming back to it must not draw every clustering again.
  if (markupDrawnWith !== null && !stillMarkup) setMarkupDrawnWith(null)
  const tiers = useMemo(
    () => (measured === undefined || stillMarkup ? TRACK_TIERS_PX : [measured]),
    [measured, stillMarkup],
  )

  const preferredLane = country ?? selectedMarker?.lanes[0]?.country ?? 'FR'
  const selectedId = selected?.id
  const { from: viewFrom, to: viewTo } = view
  // Memoised, with the lanes below, because renders that leave the lanes as they were are
  // common and would otherwise redo every clustering and every marker link (six of each on a
  // prerendered page): hydration itself renders twice (the markup snapshot above, then the
  // browser's), and a focus move or a filter change re-renders the axis.
  const layouts = useMemo(
    () =>
      tiers.map((tier) => {
        const inView = { from: viewFrom, to: viewTo }
        // Each event is named once: in the preferred lane (the filtered country's, else the
        // first), then in the other only what the first did not name.
        const named = new Set<string>()
        const byLane = new Map(
          [preferredLane, ...COUNTRIES.filter((c) => c !== preferredLane)].map((c) => {
            const result = labelLane(
              placeLane(scale, markers, c, inView, ITEM_SPACING_PX / tier, selectedId),
              {
                trackPx: tier === TRACK_TIERS_PX[0] ? LABEL_FLOOR_PX : tier,
                maxRows: tier < LABEL_ROWS_FROM_PX ? 1 : LABEL_ROWS,
                keep: selectedId,
                name: (m) => m.event.shortTitle[locale],
                more: t.axisMore,
                named: new Set(named),
                together: (a, b) => sameStretch(scale, a, b),
              },
            )
            for (const { item, label } of result.items)
              if (label)
                for (const m of item.type === 'cluster' ? item.markers : [item.marker])
                  named.add(m.event.id)
            return [c, result] as const
          }),
        )
        const labelled = COUNTRIES.map((c) => ({
          country: c,
          items: byLane.get(c)?.items ?? [],
          rows: byLane.get(c)?.rows ?? 0,
        }))
        const lanes = labelled.map((l) => ({
          country: l.country,
          items: l.items.map((i) => i.item),
        }))
        // Roving focus: the remembered item if still drawn, else the open event, else the first.
        const keys = lanes.flatMap((l) => l.items.map((item) => itemKey(l.country, item)))
        const activeKey =
          (focusKey && keys.includes(focusKey) ? focusKey : undefined) ??
          (selectedId && keys.find((k) => k === `${preferredLane}:${selectedId}`)) ??
          keys.find((k) => k.startsWith(`${preferredLane}:`)) ??
          keys[0]
        return { tier, lanes, labelled, activeKey }
      }),
    [tiers, scale, markers, viewFrom, viewTo, selectedId, focusKey, preferredLane, locale, t],
  )
  const laneTiers = useMemo(
    () =>
      COUNTRIES.map((c) =>
        layouts.map(({ tier, labelled, activeKey }): LaneTier => {
          const lane = labelled.find((l) => l.country === c)
          return { tier, items: lane?.items ?? [], rows: lane?.rows ?? 0, activeKey }
        }),
      ),
    [layouts],
  )
  // One card per event drawn as a marker of its own, in any lane or clustering.
  const carded = useMemo(() => {
    const seen = new Map<string, TimelineEvent>()
    for (const { labelled } of layouts)
      for (const lane of labelled)
        for (const { item } of lane.items)
          if (item.type === 'marker') seen.set(item.marker.event.id, item.marker.event)
    return [...seen.values()]
  }, [layouts])
  // Keys, focus and zoom follow the clustering on screen.
  const shownTier = measured ?? TRACK_TIERS_PX[0]
  const { lanes } = layouts.find((l) => l.tier === shownTier) ?? layouts[0] ?? { lanes: [] }
  const width = view.to - view.from
  const breaks = useMemo(
    () =>
      visibleBreaks(scale, { from: viewFrom, to: viewTo }).map((b) => ({
        x: b.x,
        width: b.width,
      })),
    [scale, viewFrom, viewTo],
  )

  // A view over years names each year; where the screen is too narrow for their names side by
  // side, the strip keeps the width they need and scrolls sideways (as wide before scripts
  // load as after: it is the view's, not the screen's).
  const years = useMemo(
    () => yearMarks(scale, { from: viewFrom, to: viewTo }),
    [scale, viewFrom, viewTo],
  )
  const yearRows = yearTrackPx(years) > YEAR_ONE_ROW_MAX_PX ? 2 : 1
  const yearsPx = yearTrackPx(years, yearRows)

  /**
   * Shows a view and writes it to the URL. `drawFirst` (the keys): the axis draws the view at
   * once, as the URL will give it, as a gesture's draft, and the URL follows once that frame is
   * painted. Through the router first, the whole page rendered again before the axis moved: at
   * 5,000 events and 4× CPU, +/− took 108 ms to show where Ctrl + wheel's draft took 87
   * (`npm run bench -- --only stress,axis`); the page's own render comes after the paint.
   * Returns the view as the URL gives it.
   */
  function go(next: UnitRange, replace: boolean, drawFirst = false) {
    const value = timeOf(scale, next, wholeTime)
    if (value === time) setGesture(null)
    announce(t.axisShowing(rangeText(viewDays(scale, next), locale)))
    const write = () =>
      void navigate({
        to: '.',
        search: (prev) => ({ ...prev, time: value }),
        resetScroll: false,
        replace,
      })
    const drawn = viewOf(value)
    if (!drawFirst || value === time) write()
    else {
      setGesture({ view: drawn, time })
      requestAnimationFrame(() => setTimeout(write, 0))
    }
    return drawn
  }

  useAxisGestures({
    trackRef,
    scale,
    view,
    preview: (v) => setGesture({ view: v, time }),
    // Whole days, so that the URL says what is drawn and a pan does not widen the view.
    commit: (v) => {
      const written = wholeDays(scale, v)
      go(written, true)
      return written
    },
    snap: (v) => snapToMarker(scale, markers, v),
  })

  // After a zoom from the keyboard, focus the same event (or the cluster it went into).
  useLayoutEffect(() => {
    const pending = pendingFocus.current
    const track = trackRef.current
    if (!pending || !track) return
    // Until the view asked for is drawn: as a draft (go), or from the URL once it lands.
    if (pending.moves && pending.from === time && !(draft && sameView(draft, pending.view))) return
    pendingFocus.current = null
    const id = pending.key
    const [lane, eventId] = id.split(':')
    // Alone, or in the cluster it went into.
    const inLane = lanes.find((l) => l.country === lane)
    const cluster = inLane?.items.find(
      (item) => item.type === 'cluster' && item.markers.some((m) => m.event.id === eventId),
    )
    const key = inLane && cluster ? itemKey(inLane.country, cluster) : id
    // Its focus handler (on the lanes) makes it the roving tab stop.
    drawnItem(track, key)?.focus()
  })

  function zoomAround(factor: number, key: string | undefined) {
    const el = key ? drawnItem(trackRef.current, key) : undefined
    const box = trackRef.current && trackRect(trackRef.current)
    const share =
      el && box && box.width > 0
        ? (el.getBoundingClientRect().left + el.offsetWidth / 2 - box.left) / box.width
        : 0.5
    const focus = selectedUnits
      ? (selectedUnits.from + selectedUnits.to) / 2
      : view.from + share * width
    const next = zoomView(scale, view, factor, focus, MIN_VIEW_DAYS)
    // Set after go(): its render comes once this handler has returned, and the effect that
    // moves focus after it.
    const drawn = go(next, false, true)
    if (key) {
      const eventId = key.includes(':c:') ? key.split(':c:')[1] : key.split(':')[1]
      pendingFocus.current = {
        key: `${key.split(':')[0]}:${eventId ?? ''}`,
        from: time,
        moves: timeOf(scale, next) !== time,
        view: drawn,
      }
    }
  }

  /**
   * ← or → past the last marker in view: the view turns to the lane's next marker in time,
   * which takes focus (the URL follows, as for any zoom or pan). False when there is none.
   */
  function panToNext(key: string, direction: 1 | -1): boolean {
    const country = lanes.find((l) => key.startsWith(`${l.country}:`))?.country
    if (!country) return false
    const drawn = new Set<string>()
    for (const item of lanes.find((l) => l.country === country)?.items ?? [])
      for (const m of item.type === 'cluster' ? item.markers : [item.marker]) drawn.add(m.event.id)
    const target = nextBeyondView(scale, markers, country, view, direction, drawn)
    if (!target) return false
    const next = pageTo(scale, view, markerUnits(scale, target), direction, selectedUnits)
    const written = wholeDays(scale, next)
    pendingFocus.current = {
      key: `${country}:${target.event.id}`,
      from: time,
      moves: timeOf(scale, written) !== time,
      view: go(written, false, true),
    }
    return true
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const key = e.target instanceof HTMLElement ? e.target.dataset.axisKey : undefined
    if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '−') {
      e.preventDefault()
      zoomAround(e.key === '-' || e.key === '−' ? 2 : 0.5, key)
      return
    }
    if (!key) return
    const next = moveFocus(lanes, key, e.key)
    if (next === undefined) {
      const arrow = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
      if (arrow !== 0 && panToNext(key, arrow)) e.preventDefault()
      return
    }
    e.preventDefault()
    setFocusKey(next)
    drawnItem(trackRef.current, next)?.focus()
  }

  return (
    <section ref={axisRef} className={styles.axis} aria-labelledby="axis-heading" data-print="hide">
      <div className={styles.bar}>
        <h2 id="axis-heading" className={styles.heading}>
          {t.axisHeading}
        </h2>
        <p className={styles.range}>{t.axisShowing(rangeText(days, locale))}</p>
        <ZoomControls
          scale={scale}
          view={view}
          zoomed={time !== wholeTime}
          focus={selectedUnits ? (selectedUnits.from + selectedUnits.to) / 2 : undefined}
          timeOf={(s, v) => timeOf(s, v, wholeTime)}
          history={wholeTime !== undefined}
        />
      </div>
      <div
        className={styles.body}
        onKeyDown={onKeyDown}
        data-years={years.length > 0 || undefined}
        style={
          years.length > 0 ? ({ '--years-track': `${yearsPx}px` } as CSSProperties) : undefined
        }
      >
        <AxisTicks scale={scale} view={view} breaks={breaks} years={years} yearRows={yearRows} />
        <div
          className={styles.lanes}
          ref={trackRef}
          onFocus={(e) => {
            if (e.target instanceof HTMLElement && e.target.dataset.axisKey)
              setFocusKey(e.target.dataset.axisKey)
          }}
        >
          {COUNTRIES.map((c, i) => (
            <AxisLane
              key={c}
              country={c}
              tiers={laneTiers[i] ?? []}
              dimmed={country !== undefined && country !== c}
              selectedId={selectedId}
              shownIds={shownIds}
              breaks={breaks}
              eager={stillMarkup}
            />
          ))}
        </div>
      </div>
      <AxisCards events={carded} eager={stillMarkup} />
      <AxisLegend />
      <p className={styles.hint}>{t.axisHint}</p>
    </section>
  )
}

/**
 * The clustering tier for the lanes' track width: undefined until measured, which happens
 * before the first paint of an axis the app draws itself.
 */
function useTrackTier(trackRef: React.RefObject<HTMLDivElement | null>): number | undefined {
  // A DOM without ResizeObserver (a test's, without layout) gets the narrowest clustering;
  // the server, which has no DOM, draws them all.
  const [tier, setTier] = useState<number | undefined>(() =>
    typeof window !== 'undefined' && typeof ResizeObserver === 'undefined'
      ? TRACK_TIERS_PX[0]
      : undefined,
  )
  useLayoutEffect(() => {
    const lanes = trackRef.current
    if (!lanes || typeof ResizeObserver === 'undefined') return
    // Its first report comes after layout and before the frame is painted.
    const observer = new ResizeObserver(() => setTier(tierOf(trackRect(lanes).width)))
    observer.observe(lanes)
    return () => observer.disconnect()
  }, [trackRef])
  return tier
}

function AxisLegend() {
  const t = useMessages()
  const roles = ['host', 'visiting', 'guests', 'host-and-visiting'] as const
  // A disclosure on a phone, where four lines of legend would push the open event off the
  // first screen; wider, always open (the summary hidden, the content shown by the stylesheet).
  return (
    <details className={styles.legendBox}>
      <summary className={styles.legendSummary}>{t.axisLegend}</summary>
      <ul className={styles.legend} aria-label={t.axisLegend}>
        {roles.map((role) => (
          <li key={role}>
            <span className={styles.legendShape} data-role={role} aria-hidden="true" />
            {t.roles[role]}
          </li>
        ))}
        <li>
          <span className={styles.legendShape} data-kind="undated" aria-hidden="true" />
          {t.axisUndatedLegend}
        </li>
        <li>
          <span className={styles.legendShape} data-kind="month" aria-hidden="true" />
          {t.axisMonthLegend}
        </li>
      </ul>
    </details>
  )
}
