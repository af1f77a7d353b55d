import { createContext, type Ref } from 'react'
import type { CountryCode, TimelineEvent } from '../../content/types.ts'

/**
 * What the timeline knows of its open event, for the panel that shows it. The panel
 * (./OpenEventPanel.tsx) is the event route's own component, drawn where the timeline places it:
 * its code loads with the event pages and not with the overview, which never shows it.
 */
export interface OpenEvent {
  readonly event: TimelineEvent
  readonly country: CountryCode | undefined
  readonly headingRef: Ref<HTMLHeadingElement>
  /** Its place among the events shown, when the filters show it. */
  readonly position?: {
    readonly previous: TimelineEvent | undefined
    readonly next: TimelineEvent | undefined
    readonly index: number
    readonly total: number
  }
}

export const OpenEventContext = createContext<OpenEvent | undefined>(undefined)
