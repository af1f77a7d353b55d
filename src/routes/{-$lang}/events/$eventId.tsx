import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFoundView } from '../../../components/StatusView.tsx'
import { useMessages } from '../../../components/useLocale.ts'
import { findEvent } from '../../../content/queries.ts'
import { TimelineScreen } from '../../-components/TimelineScreen.tsx'

export const Route = createFileRoute('/{-$lang}/events/$eventId')({
  loader: ({ params }) => {
    const event = findEvent(params.eventId)
    if (!event) throw notFound()
    return { event }
  },
  component: function EventRoute() {
    const { event } = Route.useLoaderData()
    const { country } = Route.useSearch()
    return <TimelineScreen selected={event} country={country} />
  },
  notFoundComponent: function EventNotFound() {
    const t = useMessages()
    const { eventId } = Route.useParams()
    return <NotFoundView message={t.notFoundEvent(eventId)} />
  },
})
