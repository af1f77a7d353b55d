import { createFileRoute } from '@tanstack/react-router'
import {
  EventNotFound,
  eventHead,
  eventPages,
  loadEvent,
} from '../../../-components/eventMatch.tsx'

// One event open in the embed; the embed's layout (../route.tsx) draws it.
export const Route = createFileRoute('/{-$lang}/embed/events/$eventId')({
  staticData: { prerender: eventPages({ embed: true }) },
  loader: loadEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
