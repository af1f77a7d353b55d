import { Link } from '@tanstack/react-router'
import { useLinkScope } from '../../components/linkScope.ts'
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type Ref,
} from 'react'
import { CountryTag } from '../../components/CountryTag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { AXIS_BREAK_DAYS, axisLayout, type AxisEntry } from '../../content/queries.ts'
import {
  COUNTRIES,
  type CountryCode,
  type Locale,
  type TimelineEvent,
} from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import type { Messages } from '../../lib/messages.ts'
import { EventDate } from './EventDate.tsx'
import styles from './TimelineList.module.css'

interface Props {
  events: readonly TimelineEvent[]
  selectedId: string | undefined
  country: CountryCode | undefined
  listRef?: Ref<HTMLOListElement>
}

/**
 * Lists longer than this are windowed: only the articles near the viewport (and the selected
 * one) are in the DOM, with spacers holding the place of the rest, so that thousands of events
 * render and update as fast as a handful. Shorter lists are rendered whole, so the page stays
 * searchable with the browser's find and every article is in the prerendered HTML.
 */
const WINDOW_FROM = 150
/**
 * Rendered before any measurement (and in prerendered HTML): enough to fill a tall screen
 * below the axis. Every article rendered is laid out again when a filter replaces them, about
 * 1.5 ms each at 4× CPU throttling, so the window is kept no larger than scrolling needs.
 */
const INITIAL_COUNT = 16
/** How far beyond the viewport articles are kept, so scrolling and Tab never meet a gap. */
const OVERSCAN_PX = 800
const KEEP_PX = 300
/** First guess at an article's height until some have been measured. */
const ESTIMATED_HEIGHT_PX = 120

/**
 * Estimated margin above an article, mirroring TimelineList.module.css (.item): 0.75rem plus
 * 0.3rem a day, or 1rem above a break. Rendered articles are measured, so a wrong guess only
 * makes a spacer slightly off until that part of the list is scrolled into view.
 */
function estimatedMargin(entry: AxisEntry, index: number, rem: number): number {
  if (index === 0) return 0
  if (entry.broken) return rem
  return rem * (0.75 + 0.3 * Math.min(entry.gapDays, AXIS_BREAK_DAYS))
}

/** Measured size (height plus margin) of each entry rendered so far, for one layout. */
interface Sizes {
  /** Width and phone-layout state they were measured at: a change invalidates them. */
  readonly layoutKey: string
  /**
   * By event id, then by gapKey: the same event with the same gap before it, in whichever
   * filtered list. Two levels rather than one key made of both, which meant a string built for
   * every entry of every list: at 5,000 events that was 8 ms of a filter change at 4× CPU.
   */
  readonly slots: ReadonlyMap<string, ReadonlyMap<number, number>>
  readonly meanHeight: number
  readonly rem: number
}

const NO_SIZES: Sizes = {
  layoutKey: '',
  slots: new Map(),
  meanHeight: ESTIMATED_HEIGHT_PX,
  rem: 16,
}

/**
 * What an article's size depends on besides the width and its event: the gap above it (its
 * margin and its "3 days later" or break label; -1 for a break). Keyed so, a size measured in
 * one filtered list holds in the next, and a filter change settles in one render instead of two.
 */
function gapKey(entry: AxisEntry): number {
  return entry.broken ? -1 : Math.min(entry.gapDays, AXIS_BREAK_DAYS)
}

function measuredSize(sizes: Sizes, entry: AxisEntry): number | undefined {
  return sizes.slots.get(entry.event.id)?.get(gapKey(entry))
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}

function firstAtOrAfter(offsets: Float64Array, y: number): number {
  // offsets[i] is where entry i starts; offsets[n] is the list's height.
  let lo = 0
  let hi = offsets.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((offsets[mid + 1] ?? Infinity) <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The timeline is an ordered list of articles; the axis is drawn from the real gaps
 * between events, and gaps too long to draw to scale become a labelled break.
 */
export function TimelineList({ events, selectedId, country, listRef }: Props) {
  const t = useMessages()
  const locale = useLocale()
  // Stable per list, so that memoised articles only re-render when their own props change.
  const entries = useMemo(() => axisLayout(events), [events])
  const count = entries.length
  const windowed = count > WINDOW_FROM
  const hasSelection = selectedId !== undefined

  const olRef = useRef<HTMLOListElement | null>(null)
  const setRefs = useCallback(
    (node: HTMLOListElement | null) => {
      olRef.current = node
      assignRef(listRef, node)
    },
    [listRef],
  )

  const [range, setRange] = useState(() => ({ start: 0, end: INITIAL_COUNT }))
  const [sizes, setSizes] = useState(NO_SIZES)
  // Bumped when the width changes, so that the next commit measures again.
  const [resized, setResized] = useState(0)

  // Where each entry starts, from measured sizes where known and estimates elsewhere. Worked
  // out again after every measurement, over every entry: kept to lookups and arithmetic.
  const offsets = useMemo(() => {
    const result = new Float64Array(entries.length + 1)
    if (entries.length <= WINDOW_FROM) return result
    let top = 0
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as AxisEntry
      top += measuredSize(sizes, entry) ?? sizes.meanHeight + estimatedMargin(entry, i, sizes.rem)
      result[i + 1] = top
    }
    return result
  }, [entries, sizes])
  const offsetsRef = useRef(offsets)

  const start = windowed ? Math.min(range.start, Math.max(0, count - 1)) : 0
  const end = windowed ? Math.min(count, Math.max(range.end, start + 1)) : count
  const selectedIndex =
    selectedId === undefined ? -1 : entries.findIndex((e) => e.event.id === selectedId)
  // The selected article is always in the DOM, wherever the reader has scrolled: keyboard
  // navigation moves focus to it as soon as it renders.
  const segments: [number, number][] = [[start, end]]
  if (windowed && selectedIndex >= 0 && (selectedIndex < start || selectedIndex >= end)) {
    segments.push([selectedIndex, selectedIndex + 1])
    segments.sort((x, y) => x[0] - y[0])
  }

  // The focused link in the list, and where it was on screen (null: out of view) when the
  // window last moved or was measured. Moving the window puts real articles where estimates
  // were, and re-measuring corrects the spacers, so everything below them can move; the
  // browser's own scroll anchoring cannot hold the focused article still, because the spacer
  // it anchors to is what changes. Without this, End in a long list focused the last article
  // and then left it a screen or more below the viewport.
  const anchorRef = useRef<{ element: Element; top: number | null } | null>(null)
  const recordAnchor = useCallback(() => {
    const ol = olRef.current
    const active = document.activeElement
    if (!ol || !active || !ol.contains(active)) {
      anchorRef.current = null
      return
    }
    const { top, bottom } = active.getBoundingClientRect()
    // A focused article out of view is where the reader scrolled away from it: left there.
    anchorRef.current = {
      element: active,
      top: bottom > 0 && top < window.innerHeight ? top : null,
    }
  }, [])

  /** Moves the window to cover the viewport, with some overscan, when it no longer does. */
  const follow = useCallback(() => {
    const ol = olRef.current
    const offsets = offsetsRef.current
    if (!ol || offsets.length <= WINDOW_FROM + 1) return
    recordAnchor()
    const top = ol.getBoundingClientRect().top
    const viewTop = -top
    const viewBottom = -top + window.innerHeight
    setRange((current) => {
      const needStart = firstAtOrAfter(offsets, viewTop - KEEP_PX)
      const needEnd = firstAtOrAfter(offsets, viewBottom + KEEP_PX) + 1
      // A window reaching far beyond the overscan holds articles nobody can reach by scrolling
      // a little, and a filter change lays each of them out again: the first 16 of a list
      // below a tall toolbar were all off screen, a fifth of a filter change at 5,000 events.
      const far =
        (offsets[current.end] ?? 0) > viewBottom + 2 * OVERSCAN_PX ||
        (offsets[current.start] ?? 0) < viewTop - 2 * OVERSCAN_PX
      if (needStart >= current.start && needEnd <= current.end && !far) return current
      return {
        start: firstAtOrAfter(offsets, viewTop - OVERSCAN_PX),
        end: Math.min(offsets.length - 1, firstAtOrAfter(offsets, viewBottom + OVERSCAN_PX) + 1),
      }
    })
  }, [recordAnchor])

  useLayoutEffect(() => {
    if (!windowed) return
    let frame = 0
    const onScroll = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        follow()
      })
    }
    const resize = new ResizeObserver(() => setResized((n) => n + 1))
    if (olRef.current) resize.observe(olRef.current)
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      resize.disconnect()
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
    }
  }, [windowed, follow])

  // After each commit that can change sizes: measure what rendered, correct the spacers if
  // the guesses were off, and make sure the window still covers the viewport.
  useLayoutEffect(() => {
    offsetsRef.current = offsets
    const ol = olRef.current
    if (!windowed || !ol) return
    // Keep the focused article where the reader last saw it (see anchorRef).
    const active = document.activeElement
    const anchor = anchorRef.current
    if (active && ol.contains(active)) {
      if (anchor?.element !== active) {
        // Focus has just come here (the keys open an event and focus its article), and the
        // commits since may have pushed its card out of view: bring the card back whole, as
        // focusing it did (TimelineView).
        const card = active.closest('li') ?? active
        const { top, bottom } = card.getBoundingClientRect()
        if (top < 0 || bottom > window.innerHeight) {
          card.scrollIntoView({ block: 'nearest' })
          // The page scrolls in whole pixels: a card whose edge falls between two is left a
          // fraction of a pixel out of view. One pixel more brings it in whole.
          const after = card.getBoundingClientRect()
          if (after.bottom > window.innerHeight && after.top >= 1)
            window.scrollBy(0, Math.ceil(after.bottom - window.innerHeight))
        }
      } else if (anchor.top !== null) {
        const shift = active.getBoundingClientRect().top - anchor.top
        if (Math.abs(shift) >= 1) window.scrollBy(0, shift)
      }
    }
    const layoutKey = `${ol.clientWidth}|${hasSelection}`
    const fresh = sizes.layoutKey !== layoutKey
    // Copied only when a size has changed: after a long scroll it holds thousands of entries,
    // and most commits measure nothing new.
    let slots: Map<string, ReadonlyMap<number, number>> | null = fresh ? new Map() : null
    let changed = fresh
    let totalHeight = 0
    let measured = 0
    for (const li of ol.children) {
      if (!(li instanceof HTMLElement) || li.dataset.index === undefined) continue
      const index = Number(li.dataset.index)
      const entry = entries[index]
      if (!entry) continue
      const height = li.offsetHeight
      const slot = height + parseFloat(getComputedStyle(li).marginBlockStart)
      totalHeight += height
      measured += 1
      const gap = gapKey(entry)
      const known = (slots ?? sizes.slots).get(entry.event.id)
      if (Math.abs((known?.get(gap) ?? -1) - slot) > 0.5) {
        // A copy: the previous sizes still share the inner map.
        slots ??= new Map(sizes.slots)
        slots.set(entry.event.id, new Map(known).set(gap, slot))
        changed = true
      }
    }
    if (changed) {
      // follow() records it otherwise.
      recordAnchor()
      setSizes({
        layoutKey,
        slots: slots ?? sizes.slots,
        meanHeight: measured ? totalHeight / measured : sizes.meanHeight,
        rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
      })
    } else {
      follow()
    }
  }, [
    windowed,
    offsets,
    entries,
    sizes,
    hasSelection,
    follow,
    recordAnchor,
    start,
    end,
    selectedIndex,
    resized,
  ])

  if (count === 0) return <p className={styles.empty}>{t.noEvents}</p>

  const children = []
  let cursor = 0
  for (const [from, to] of segments) {
    if (from > cursor) {
      children.push(
        <li
          key={`gap-${cursor}`}
          aria-hidden="true"
          className={styles.spacer}
          style={{ blockSize: (offsets[from] ?? 0) - (offsets[cursor] ?? 0) }}
        />,
      )
    }
    for (let i = Math.max(from, cursor); i < to; i++) {
      const entry = entries[i] as AxisEntry
      children.push(
        <TimelineItem
          key={entry.event.id}
          entry={entry}
          index={i}
          setSize={windowed ? count : undefined}
          selected={i === selectedIndex}
          country={country}
          locale={locale}
          t={t}
        />,
      )
    }
    cursor = Math.max(cursor, to)
  }
  if (cursor < count) {
    children.push(
      <li
        key="gap-end"
        aria-hidden="true"
        className={styles.spacer}
        style={{ blockSize: (offsets[count] ?? 0) - (offsets[cursor] ?? 0) }}
      />,
    )
  }

  return (
    <ol className={styles.list} ref={setRefs} data-has-selection={hasSelection || undefined}>
      {children}
    </ol>
  )
}

interface ItemProps {
  entry: AxisEntry
  index: number
  /** Only when windowed: tells assistive technology where the article sits in the whole list. */
  setSize: number | undefined
  selected: boolean
  country: CountryCode | undefined
  locale: Locale
  t: Messages
}

const TimelineItem = memo(function TimelineItem({
  entry,
  index,
  setSize,
  selected,
  country,
  locale,
  t,
}: ItemProps) {
  const { event, gapDays, broken } = entry
  const links = useLinkScope()
  const shown = country === undefined ? COUNTRIES.filter((c) => event.roles[c]) : [country]
  return (
    <li
      className={styles.item}
      data-index={index}
      data-first={index === 0 || undefined}
      data-broken={broken || undefined}
      aria-setsize={setSize}
      aria-posinset={setSize === undefined ? undefined : index + 1}
      style={{ '--gap': Math.min(gapDays, AXIS_BREAK_DAYS) } as CSSProperties}
    >
      {broken ? (
        <p className={styles.break}>{t.axisBreak(gapDays)}</p>
      ) : (
        gapDays > 1 && <p className={styles.gap}>{t.axisGap(gapDays)}</p>
      )}
      <article
        className={styles.card}
        aria-labelledby={`event-${event.id}-title`}
        data-selected={selected || undefined}
      >
        <span
          className={styles.dot}
          aria-hidden="true"
          data-undated={event.dates.length === 0 || undefined}
        />
        <p className={styles.date}>
          <EventDate event={event} />
        </p>
        <h3 id={`event-${event.id}-title`} className={styles.title}>
          <Link
            to={links.event}
            params={{ lang: langParam(locale), eventId: event.id }}
            search={(prev) => prev}
            resetScroll={false}
            aria-current={selected ? 'true' : undefined}
            className={styles.link}
            data-event-link={event.id}
          >
            {event.title[locale]}
          </Link>
        </h3>
        <p className={styles.place}>
          {event.place
            ? event.place.name[locale]
            : event.cite.source === 'press-release'
              ? t.placeNotStated
              : t.placeNotStatedOutside}
        </p>
        <ul className={styles.countries}>
          {shown.map((c) => {
            const role = event.roles[c]
            return (
              <li key={c}>
                <CountryTag
                  country={c}
                  role={country !== undefined && role ? t.roles[role.role] : undefined}
                />
              </li>
            )
          })}
        </ul>
      </article>
    </li>
  )
})
