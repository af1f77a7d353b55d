import { createFileRoute } from '@tanstack/react-router'
import { EventNotFound, eventHead, loadEvent } from '../../../-components/eventMatch.tsx'
import { OpenEvent } from '../../../-components/OpenEvent.tsx'
import { eventIds } from '../../../-components/eventPages.ts'
import { embedPages } from '../../../../lib/prerender.ts'

// One event open in the embed; the embed's layout (../route.tsx) draws the timeline, and this
// route the event's panel in it.
export const Route = createFileRoute('/{-$lang}/embed/events/$eventId')({
  staticData: { prerender: embedPages(eventIds) },
  loader: loadEvent,
  component: OpenEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
