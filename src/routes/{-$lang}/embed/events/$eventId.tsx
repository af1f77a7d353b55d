import { createFileRoute } from '@tanstack/react-router'
import { EventNotFound, eventHead, loadEvent } from '../../../-components/eventMatch.tsx'
import { eventIds } from '../../../-components/eventPages.ts'
import { embedPages } from '../../../../lib/prerender.ts'

// One event open in the embed; the embed's layout (../route.tsx) draws it.
export const Route = createFileRoute('/{-$lang}/embed/events/$eventId')({
  staticData: { prerender: embedPages(eventIds) },
  loader: loadEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
