import { EventCalendarButton } from '../../features/exports/EventCalendarButton.tsx'
import { OpenEventPanel } from '../../features/timeline/OpenEventPanel.tsx'

/**
 * The component of the routes that open an event (on the site and in an embed): the event's
 * panel with its calendar file. The router splits it from the timeline's code, so the
 * overview's first load leaves it out; the timeline fetches it once idle (TimelineScreen.tsx),
 * and a link fetches it on hover or focus, so opening an event does not wait for it.
 */
export function OpenEvent() {
  return <OpenEventPanel actions={(event) => <EventCalendarButton event={event} />} />
}
