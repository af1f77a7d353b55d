import { createFileRoute, Outlet, useMatch } from '@tanstack/react-router'
import { TimelineScreen } from '../../-components/TimelineScreen.tsx'

const EVENT_ROUTE = '/{-$lang}/_timeline/events/$eventId'

/**
 * The overview (/) and an open event (/events/…) are one screen: this pathless layout renders
 * it for both, so opening or closing an event updates the screen instead of mounting a new one
 * (with 5,000 events, a new one is seconds of work). The child routes only find the event.
 */
export const Route = createFileRoute('/{-$lang}/_timeline')({
  component: function TimelineLayout() {
    const status = useMatch({ from: EVENT_ROUTE, shouldThrow: false, select: (m) => m.status })
    const event = useMatch({
      from: EVENT_ROUTE,
      shouldThrow: false,
      select: (m) => m.loaderData?.event,
    })
    // An unknown event id: the child's not-found view, in place of the timeline.
    if (status === 'notFound' || status === 'error') return <Outlet />
    return <TimelineScreen selected={event} />
  },
})
