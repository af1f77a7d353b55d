import { createFileRoute } from '@tanstack/react-router'
import { EventNotFound, eventHead, loadEvent } from '../../../-components/eventMatch.tsx'
import { OpenEvent } from '../../../-components/OpenEvent.tsx'
import { eventPages } from '../../../-components/eventPages.ts'

// One event open. The layout (../route.tsx) draws the timeline with this event selected; this
// route finds the event (or says there is none by that id) and draws its panel where the
// timeline places it: its own chunk, which the overview's first load leaves out.
export const Route = createFileRoute('/{-$lang}/_timeline/events/$eventId')({
  staticData: { prerender: eventPages() },
  loader: loadEvent,
  component: OpenEvent,
  head: eventHead,
  notFoundComponent: EventNotFound,
})
