import { createFileRoute, Outlet } from '@tanstack/react-router'
import { historyDeps, loadViewHistory, useOpenEvent } from '../../-components/eventMatch.tsx'
import { TimelineScreen } from '../../-components/TimelineScreen.tsx'

/**
 * The overview (/) and an open event (/events/…) are one screen: this pathless layout renders
 * it for both, so opening or closing an event updates the screen instead of mounting a new one
 * (with 5,000 events, a new one is seconds of work). The event route finds the event and draws
 * its panel, in the place the timeline gives it (an Outlet in TimelineScreen).
 */
export const Route = createFileRoute('/{-$lang}/_timeline')({
  loaderDeps: historyDeps,
  loader: loadViewHistory,
  component: function TimelineLayout() {
    const { missing, event } = useOpenEvent('/{-$lang}/_timeline/events/$eventId')
    // An unknown event id: the child's not-found view, in place of the timeline.
    if (missing) return <Outlet />
    return <TimelineScreen selected={event} />
  },
})
