import { createFileRoute } from '@tanstack/react-router'
import { EventNotFound, eventHead, loadEvent } from '../../../-components/eventMatch.tsx'
import { eventPages } from '../../../-components/eventPages.ts'

// One event open. The layout (../route.tsx) draws the timeline with this event selected; this
// route only finds the event, and says so when there is none by that id.
export const Route = createFileRoute('/{-$lang}/_timeline/events/$eventId')({
  staticData: { prerender: eventPages() },
  loader: loadEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
