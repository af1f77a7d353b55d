import { use, type ReactNode } from 'react'
import type { TimelineEvent } from '../../content/types.ts'
import { EventDetail } from './EventDetail.tsx'
import { EventNav } from './EventNav.tsx'
import { OpenEventContext } from './openEvent.ts'

/**
 * The open event's panel, with its previous and next links: what TimelineView shows in place
 * of the overview while an event is open. `actions`: what the route adds for the event.
 */
export function OpenEventPanel({ actions }: { actions?: (event: TimelineEvent) => ReactNode }) {
  const open = use(OpenEventContext)
  if (!open) return null
  const { event, country, headingRef, position } = open
  return (
    <EventDetail
      event={event}
      country={country}
      headingRef={headingRef}
      actions={actions?.(event)}
      navigation={
        position && (
          <EventNav
            previous={position.previous}
            next={position.next}
            position={position.index + 1}
            total={position.total}
          />
        )
      }
    />
  )
}
