import { createFileRoute } from '@tanstack/react-router'
import {
  EventNotFound,
  eventHead,
  eventPages,
  loadEvent,
} from '../../../-components/eventMatch.tsx'

// One event open. The layout (../route.tsx) draws the timeline with this event selected; this
// route only finds the event, and says so when there is none by that id.
export const Route = createFileRoute('/{-$lang}/_timeline/events/$eventId')({
  staticData: { prerender: eventPages() },
  loader: loadEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
