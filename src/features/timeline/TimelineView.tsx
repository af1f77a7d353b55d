import { useNavigate } from '@tanstack/react-router'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { announce } from '../../components/Announcer.tsx'
import { useLinkScope } from '../../components/linkScope.ts'
import { MAIN_ID } from '../../components/PageMain.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { neighbours } from '../../content/queries.ts'
import type { CountryCode, TimelineEvent } from '../../content/types.ts'
import { langParam } from '../../lib/locale.ts'
import { useEventDateText } from './EventDate.tsx'
import { OpenEventContext, type OpenEvent } from './openEvent.ts'
import { TimelineList } from './TimelineList.tsx'
import styles from './TimelineView.module.css'

interface Props {
  events: readonly TimelineEvent[]
  selected: TimelineEvent | undefined
  country: CountryCode | undefined
  /** Composed by the route: the filters and downloads toolbar, above the list. */
  filter: ReactNode
  /** Composed by the route: the time axis, above the list and the open event. */
  axis?: ReactNode
  /** Composed by the route: shown when no event is selected. */
  overview: ReactNode
  /**
   * Composed by the route: the open event's panel (./OpenEventPanel.tsx, which reads the open
   * event from OpenEventContext), shown in the overview's place while an event is open.
   */
  detail: ReactNode
}

const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End'])

/**
 * Where focus should land once a newly selected event has rendered. Module state, not a ref:
 * the intent is set before the router has rendered anything, and must hold whether or not this
 * TimelineView is the one that shows the event (an unknown id's not-found view replaces the
 * timeline, and the next event mounts a new one). Tagged with the event so a stale intent
 * never fires.
 */
let pendingFocus: { id: string; target: 'list' | 'detail' } | null = null

/** The event last announced (undefined: none open), or null before any timeline has shown. */
let announcedId: string | undefined | null = null

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, textarea, select, [contenteditable="true"]') !== null
  )
}

export function TimelineView({ events, selected, country, filter, axis, overview, detail }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const navigate = useNavigate()
  const links = useLinkScope()
  const regionRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const dateText = useEventDateText(selected)

  const index = selected ? events.findIndex((e) => e.id === selected.id) : -1
  const { previous, next } = neighbours(events, selected?.id ?? '')
  const open = useMemo<OpenEvent | undefined>(
    () =>
      selected && {
        event: selected,
        country,
        headingRef,
        position: index >= 0 ? { previous, next, index, total: events.length } : undefined,
      },
    [selected, country, index, previous, next, events.length],
  )

  useEffect(() => {
    // The first view of a visit needs no announcement: the page itself says where you are.
    if (announcedId !== null && selected && selected.id !== announcedId) {
      // Headline and date only: enough to know where you are without re-reading the page.
      announce(t.announceEvent(selected.title[locale], dateText))
    }
    announcedId = selected?.id
  }, [selected, t, locale, dateText])

  useEffect(() => {
    if (!selected || pendingFocus?.id !== selected.id) return
    const target = pendingFocus.target
    pendingFocus = null
    if (target === 'list') {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-event-link="${selected.id}"]`)
      link?.focus()
      // The whole card in view, not only its link (focusing scrolls no further than the link):
      // its date, place and countries come with it.
      link?.closest('li')?.scrollIntoView({ block: 'nearest' })
    } else if (target === 'detail') {
      headingRef.current?.focus()
    }
  }, [selected])

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!NAV_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return
      if (e.defaultPrevented || isTyping(e.target) || events.length === 0) return
      const region = regionRef.current
      const active = document.activeElement
      // Only when the reader is in the timeline (or nowhere in particular), so the keys keep
      // their usual meaning in the header and in other widgets.
      const inTimeline = region !== null && active !== null && region.contains(active)
      const nowhere = active === null || active === document.body || active.id === MAIN_ID
      if (!inTimeline && !nowhere) return
      let target: number
      if (e.key === 'Home') target = 0
      else if (e.key === 'End') target = events.length - 1
      else if (e.key === 'ArrowLeft') target = index <= 0 ? 0 : index - 1
      else target = index === -1 ? 0 : Math.min(events.length - 1, index + 1)
      const event = events[target]
      if (!event || target === index) return
      e.preventDefault()
      pendingFocus = {
        id: event.id,
        target: listRef.current?.contains(active) ? 'list' : 'detail',
      }
      void navigate({
        to: links.event,
        params: { lang: langParam(locale), eventId: event.id },
        search: (prev) => prev,
        resetScroll: false,
      })
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [events, index, locale, navigate, links])

  function onListClick(e: React.MouseEvent) {
    const id =
      e.target instanceof Element
        ? e.target.closest('[data-event-link]')?.getAttribute('data-event-link')
        : null
    if (id) pendingFocus = { id, target: 'detail' }
  }

  return (
    <div className={styles.view} data-has-selection={selected ? true : undefined}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{t.timelineHeading}</h1>
        <p className={styles.intro}>{t.timelineIntro}</p>
      </header>
      {axis}
      {/* The open event comes before the list in the page, so that on a phone a shared link
          shows its event on the first screen; on wide screens the list stands on its left. */}
      <div className={styles.grid} ref={regionRef} data-has-selection={selected ? true : undefined}>
        <div className={styles.detailPane}>
          {open ? <OpenEventContext value={open}>{detail}</OpenEventContext> : overview}
        </div>
        <div className={styles.listPane}>
          {/* The filters sit over the list they filter, beside the open event rather than
              above it, so that the event starts on the first screen. */}
          <div className={styles.toolbar}>{filter}</div>
          <section aria-labelledby="timeline-list-heading" onClick={onListClick}>
            <h2 id="timeline-list-heading" className="visually-hidden">
              {t.eventsHeading}
            </h2>
            <TimelineList
              events={events}
              selectedId={selected?.id}
              country={country}
              listRef={listRef}
            />
            <p className={styles.hint}>{t.keyboardHint}</p>
          </section>
        </div>
      </div>
    </div>
  )
}
