import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFoundView } from '../../../../components/StatusView.tsx'
import { useMessages } from '../../../../components/useLocale.ts'
import { findEvent } from '../../../../content/queries.ts'

// One event open. The layout (../route.tsx) draws the timeline with this event selected; this
// route only finds the event, and says so when there is none by that id.
export const Route = createFileRoute('/{-$lang}/_timeline/events/$eventId')({
  loader: ({ params }) => {
    const event = findEvent(params.eventId)
    if (!event) throw notFound()
    return { event }
  },
  notFoundComponent: function EventNotFound() {
    const t = useMessages()
    const { eventId } = Route.useParams()
    return <NotFoundView message={t.notFoundEvent(eventId)} />
  },
})
