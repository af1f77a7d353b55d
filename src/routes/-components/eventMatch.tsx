import { notFound, useMatch, useParams } from '@tanstack/react-router'
import { NotFoundView } from '../../components/StatusView.tsx'
import { useMessages } from '../../components/useLocale.ts'
import { findEvent } from '../../content/queries.ts'
import { prerender } from '../../lib/prerender.ts'

// Shared by the two routes that open an event, on the site (/events/…) and in an embed
// (/embed/events/…): the same lookup and the same not-found view.

/** Every event's page, on the site or in an embed: ids come in only when the prerenderer asks. */
export function eventPages(options: { readonly embed?: boolean } = {}) {
  return prerender({
    params: async () => {
      const { allEvents } = await import('../../content/queries.ts')
      return allEvents.map((event) => ({ eventId: event.id }))
    },
    view: ({ eventId }) => ({ kind: 'event', eventId }),
    ...options,
  })
}

export function loadEvent({ params }: { params: { eventId: string } }) {
  const event = findEvent(params.eventId)
  if (!event) throw notFound()
  return { event }
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
