import { notFound, useMatch, useParams } from '@tanstack/react-router'
import { NotFoundView } from '../../components/StatusView.tsx'
import { useMessages } from '../../components/useLocale.ts'
import { findEvent, loadHistory, missionEvents } from '../../content/queries.ts'
import { sentencesText } from '../../content/sentences.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { clip, pageHead } from '../../lib/head.ts'
import { showsHistory } from '../../lib/timeRange.ts'

// Shared by the two routes that open an event, on the site (/events/…) and in an embed
// (/embed/events/…): the same lookup, the same head and the same not-found view. Their static
// pages are ./eventPages.ts's, which the browser never loads.

/**
 * The open event: one of the mission's at once, or, for any other id, once the history has
 * loaded (an event of the history, or, when it is not there either, not found).
 */
export function loadEvent({
  params,
}: {
  params: { eventId: string }
}): { event: TimelineEvent } | Promise<{ event: TimelineEvent }> {
  const found = () => {
    const event = findEvent(params.eventId)
    if (!event) throw notFound()
    return { event }
  }
  const event = findEvent(params.eventId)
  if (event && missionEvents.includes(event)) return { event }
  return loadHistory().then(found)
}

/** What the timeline layouts' loader depends on: whether the address's range shows the history. */
export function historyDeps({ search }: { search: { time?: string | undefined } }) {
  return { history: showsHistory(search.time) }
}

/** A view of the history (src/lib/timeRange.ts) draws its events: they load first. */
export function loadViewHistory({ deps }: { deps: { history: boolean } }) {
  return deps.history ? loadHistory() : undefined
}

/** An event's head: its title and summary; the not-found head when there is no such event. */
export function eventHead({
  match,
  loaderData,
}: {
  match: Parameters<typeof pageHead>[0]
  loaderData?: { event: TimelineEvent } | undefined
}) {
  return pageHead(match, (t, locale) => {
    if (!loaderData) return undefined
    const { event } = loaderData
    return {
      title: t.documentTitle(event.title[locale]),
      description: clip(sentencesText(event.summary, locale)),
    }
  })
}

export function EventNotFound() {
  const t = useMessages()
  const eventId = useParams({ strict: false, select: (params) => params.eventId ?? '' })
  return <NotFoundView message={t.notFoundEvent(eventId)} />
}

/**
 * The event a timeline layout shows, from its child route: `missing` when the address names
 * no event (the child's not-found view then takes the layout's place).
 */
export function useOpenEvent(
  from: '/{-$lang}/_timeline/events/$eventId' | '/{-$lang}/embed/events/$eventId',
) {
  const status = useMatch({ from, shouldThrow: false, select: (m) => m.status })
  const event = useMatch({ from, shouldThrow: false, select: (m) => m.loaderData?.event })
  return { missing: status === 'notFound' || status === 'error', event }
}
