import { memo, type CSSProperties } from 'react'
import { Flag } from '../../components/Flag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { isoFromDayNumber } from '../../content/queries.ts'
import type { CountryCode } from '../../content/types.ts'
import { formatDateValue } from '../../lib/dates.ts'
import { formatTimeRange, type DayRange } from '../../lib/timeRange.ts'
import styles from './TimeAxis.module.css'
import { cardId } from './AxisCards.tsx'
import type { Label, LabelledItem } from './labels.ts'
import type { AxisMarker, Placed } from './scale.ts'
import { LazyPopover } from './LazyPopover.tsx'
import { useAxisLinks } from './useAxisLinks.ts'

/** A share of the axis's width as a CSS length; rounded so that prerendered styles stay few. */
export function pct(share: number): string {
  return `${Math.round(share * 10000) / 100}%`
}

/** Roving focus: each item's key, unique across lanes. */
export function itemKey(country: CountryCode, item: Placed): string {
  return item.type === 'marker'
    ? `${country}:${item.marker.event.id}`
    : `${country}:c:${item.markers[0]?.event.id ?? ''}`
}

export function rangeText(range: DayRange, locale: Parameters<typeof formatDateValue>[1]): string {
  return formatDateValue(
    { precision: 'range', start: isoFromDayNumber(range.from), end: isoFromDayNumber(range.to) },
    locale,
  )
}

/** A cluster's list names this many of its events, then says how many more. */
const CLUSTER_LIST_MAX = 12

/** One clustering of a lane: its items and roving tab stop, for one track width. */
export interface LaneTier {
  /** The track width (px) the items are spaced for. */
  tier: number
  items: readonly LabelledItem[]
  /** Rows of labels under the line: the lane grows to hold them. */
  rows: number
  activeKey: string | undefined
}

/**
 * The clusterings to draw: neighbouring track widths whose clusterings come out the same (on
 * `/` the two narrowest, and the two widest) share one copy, which the stylesheet shows at
 * each of them (`data-tier` lists them; TimeAxis.module.css matches any one). Every copy is
 * markup in each prerendered page: on `/` two shared copies saved 11 kB of its HTML.
 */
function drawnTiers(
  country: CountryCode,
  tiers: readonly LaneTier[],
): (LaneTier & { widths: string })[] {
  if (tiers.length < 2) return tiers.map((t) => ({ ...t, widths: String(t.tier) }))
  const drawn: (LaneTier & { widths: string; signature: string })[] = []
  for (const t of tiers) {
    const signature = tierSignature(country, t)
    const last = drawn.at(-1)
    if (last?.signature === signature) last.widths += ` ${t.tier}`
    else drawn.push({ ...t, widths: String(t.tier), signature })
  }
  return drawn
}

/** What a clustering draws, as the markup shows it (shares rounded as `pct` rounds them). */
function tierSignature(country: CountryCode, { items, rows, activeKey }: LaneTier): string {
  const parts: unknown[] = [rows]
  for (const { item, label } of items) {
    parts.push(
      // The lane's tab stop, if it holds the axis's.
      itemKey(country, item) === activeKey,
      item.type === 'cluster'
        ? [pct(item.x), item.days.from, item.days.to, item.markers.map((m) => m.event.id)]
        : [
            item.marker.event.id,
            item.role,
            pct(item.x0),
            pct(item.x1),
            item.vague && [pct(item.vague.x0), pct(item.vague.x1)],
          ],
      label && [label.row, pct(label.x), label.offset, label.width, label.lines],
    )
  }
  return JSON.stringify(parts)
}

interface Props {
  country: CountryCode
  /**
   * One clustering, or (on a page drawn before its width was known) one per track width:
   * the stylesheet then shows the one that fits, so scripts never redraw what was painted.
   */
  tiers: readonly LaneTier[]
  /** Another country is filtered: this lane stays, dimmed. */
  dimmed: boolean
  selectedId: string | undefined
  /** Events the filters show; the others are greyed out. */
  shownIds: ReadonlySet<string>
  breaks: readonly { x: number; width: number }[]
  /**
   * Draw every cluster's list of events now (a prerendered page and its hydration, which must
   * match it); otherwise each list is drawn the first time it opens.
   */
  eager: boolean
}

/**
 * One delegation's lane: its markers, each a link to the event, and clusters that zoom in.
 * Memoised: the axis re-renders for changes most lanes do not see (TimeAxis keeps their props).
 */
export const AxisLane = memo(function AxisLane({
  country,
  tiers,
  dimmed,
  selectedId,
  shownIds,
  breaks,
  eager,
}: Props) {
  const t = useMessages()
  const locale = useLocale()
  // Plain anchors, one address built per lane (see useAxisLinks): not a router link each.
  const links = useAxisLinks()
  const countryName = t.countryNames[country]
  return (
    <div
      className={styles.lane}
      role="group"
      aria-label={countryName}
      data-country={country}
      data-dimmed={dimmed || undefined}
    >
      <span className={styles.laneLabel} aria-hidden="true">
        <Flag country={country} />
        <span className={styles.laneName}>{countryName}</span>
      </span>
      <div className={styles.laneTrack} data-axis-track>
        {breaks.map((b) => (
          <span
            key={b.x}
            className={styles.break}
            aria-hidden="true"
            style={{ left: pct(b.x - b.width / 2), width: pct(b.width) }}
          />
        ))}
        {drawnTiers(country, tiers).map(({ tier, widths, items, rows, activeKey }) => (
          <span
            // A new clustering redraws the lane rather than moving its counts about.
            key={widths}
            className={styles.tier}
            data-tier={tiers.length > 1 ? widths : undefined}
          >
            {items.map(({ item, label }) => {
              const key = itemKey(country, item)
              const tabIndex = key === activeKey ? 0 : -1
              if (item.type === 'cluster') {
                const muted = item.markers.every((m) => !shownIds.has(m.event.id))
                const days = { from: item.days.from - 1, to: item.days.to + 1 }
                const time = formatTimeRange(days)
                const listId = `axis-list-${tier}-${key}`
                const named = item.markers.slice(0, CLUSTER_LIST_MAX)
                const rest = item.markers.length - named.length
                const names = named.map((m) => m.event.shortTitle[locale])
                if (rest > 0) names.push(t.axisMore(rest))
                const range = rangeText(item.days, locale)
                return (
                  <span key={key} className={styles.slot}>
                    <button
                      type="button"
                      // Tap, click, Enter: the list shows (and stays until dismissed); pointer
                      // and keyboard interest show it too, as a marker's card.
                      popoverTarget={listId}
                      popoverTargetAction="show"
                      interestfor={listId}
                      className={styles.cluster}
                      data-axis-key={key}
                      data-muted={muted || undefined}
                      tabIndex={tabIndex}
                      aria-label={t.axisClusterList(item.markers.length, range, names.join(', '))}
                      style={{ left: pct(item.x) }}
                    >
                      {item.markers.length}
                      {label && <AxisLabel label={label} within={{ x0: item.x, x1: item.x }} />}
                    </button>
                    <LazyPopover
                      id={listId}
                      popover="auto"
                      className={styles.clusterList}
                      // Its count's accessible name lists the same events.
                      eager={eager}
                    >
                      {() => (
                        <>
                          <p className={styles.clusterRange}>{range}</p>
                          <ul>
                            {named.map((m) => (
                              <li key={m.event.id}>
                                <a href={links.eventHref(m.event.id)} onClick={links.onClick}>
                                  {m.event.shortTitle[locale]}
                                </a>
                              </li>
                            ))}
                            {rest > 0 && <li>{t.axisMore(rest)}</li>}
                          </ul>
                          <a
                            className={styles.clusterZoom}
                            href={links.clusterHref(time)}
                            onClick={links.onClick}
                            aria-current={links.clusterActive(time) ? 'page' : undefined}
                          >
                            {t.axisZoomTo}
                          </a>
                        </>
                      )}
                    </LazyPopover>
                  </span>
                )
              }
              const { marker, role } = item
              const id = marker.event.id
              const wide = item.x1 > item.x0
              // The selected event's marker links to the page it is on: <Link> marked it so.
              const active = id === selectedId
              return (
                <span key={key} className={styles.slot}>
                  {item.vague && (
                    <span
                      className={styles.vague}
                      aria-hidden="true"
                      style={{
                        left: pct(item.vague.x0),
                        width: pct(item.vague.x1 - item.vague.x0),
                      }}
                    />
                  )}
                  <a
                    onClick={links.onClick}
                    onPointerEnter={links.onIntent}
                    onFocus={links.onIntent}
                    className={active ? `${styles.marker} active` : styles.marker}
                    draggable={false}
                    data-axis-key={key}
                    data-event={id}
                    data-kind={marker.kind}
                    data-role={role}
                    data-wide={wide || undefined}
                    data-muted={!shownIds.has(id) || undefined}
                    aria-current={active ? 'page' : undefined}
                    tabIndex={tabIndex}
                    aria-label={markerName(marker, t, locale)}
                    interestfor={cardId(id)}
                    style={
                      (wide
                        ? { left: pct(item.x0), width: pct(item.x1 - item.x0) }
                        : { left: pct(item.x0) }) satisfies CSSProperties
                    }
                    href={links.eventHref(id)}
                    data-status={active ? 'active' : undefined}
                  >
                    <span className={styles.shape} aria-hidden="true" />
                    {label && <AxisLabel label={label} within={item} strong={active} />}
                  </a>
                </span>
              )
            })}
            {/* Room under the line for the labels' rows: the only box in the lane's flow. */}
            <span className={styles.labelRows} data-rows={rows} />
          </span>
        ))}
      </div>
    </div>
  )
})

/**
 * A marker's or cluster's name under the line (labels.ts placed it), inside its link so that
 * the name is clicked as the marker is. Positioned from the marker's box: its anchor as a share
 * of a bar's width (0.5 for a point), and its row under the line.
 */
function AxisLabel({
  label,
  within,
  strong,
}: {
  label: Label
  within: { x0: number; x1: number }
  strong?: boolean
}) {
  const span = within.x1 - within.x0
  const at = span > 0 ? (label.x - within.x0) / span : 0.5
  return (
    <span
      className={styles.label}
      aria-hidden="true"
      // For the browser tests that measure every label's box (tests/e2e/axis-labels.spec.ts).
      data-axis-label
      data-strong={strong || undefined}
      data-row={label.row}
      style={{
        left: `calc(${pct(at)} - ${label.offset}px)`,
        maxWidth: `${label.width}px`,
      }}
    >
      {/* The leader, from the box's top up to the marker. */}
      <span className={styles.leader} style={{ left: `${label.offset}px` }} />
      {label.lines.map((line, i) => (
        <span key={i} className={styles.labelLine}>
          {line}
        </span>
      ))}
    </span>
  )
}

/**
 * "Short title: title, date, France (host), Japan (visiting)": the date as the release gives
 * it. The short title first, as the label under the marker shows it (label in name).
 */
export function markerName(
  marker: AxisMarker,
  t: ReturnType<typeof useMessages>,
  locale: ReturnType<typeof useLocale>,
): string {
  const stated = marker.event.dates[0]?.value
  const short = marker.event.shortTitle[locale]
  const title = marker.event.title[locale]
  return t.axisMarker(
    short === title ? title : t.axisTitled(short, title),
    stated ? formatDateValue(stated, locale) : t.dateNotStated,
    ...marker.lanes.map((l) => t.axisRole(t.countryNames[l.country], t.roles[l.role])),
  )
}
