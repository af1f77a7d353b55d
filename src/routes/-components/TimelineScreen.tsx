import { Outlet, useRouter, useSearch } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useLinkScope } from '../../components/linkScope.ts'
import { useLocale } from '../../components/useLocale.ts'
import { missionEvents } from '../../content/queries.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { ExportControls } from '../../features/exports/ExportControls.tsx'
import { PrintDigestSlot } from '../../features/exports/PrintDigestSlot.tsx'
import { FacetFilter } from '../../features/filters/FacetFilter.tsx'
import { Overview } from '../../features/timeline/Overview.tsx'
import { TimelineView } from '../../features/timeline/TimelineView.tsx'
import { TimeAxis } from '../../features/axis/TimeAxis.tsx'
import { facetCounts, filterEvents, offeredFacets, selectFacets } from '../../lib/facets.ts'
import { langParam } from '../../lib/locale.ts'
import { viewEvents, wholeTime } from '../../lib/timeRange.ts'
import { FilterToolbar } from './FilterToolbar.tsx'

/**
 * The timeline page, with or without an open event: the features meet here. In an embed
 * (`embedded`), the print digest is left out: printing the page that embeds it prints the
 * frame as it is on screen, not a document of its own.
 */
export function TimelineScreen({
  selected,
  embedded = false,
}: {
  selected: TimelineEvent | undefined
  embedded?: boolean
}) {
  // Structurally shared: the same filters give the same object while only the open event
  // changes, so the memoised filters, exports and digest skip those renders.
  const selection = useSearch({ strict: false, select: selectFacets, structuralSharing: true })
  const time = useSearch({ strict: false, select: (search) => search.time })
  // The mission's five events, or the whole history: the range in the address decides.
  const scope = viewEvents(time, selected)
  const events = filterEvents(scope, selection)
  // The country filter also decides which lane the axis emphasises and whose participants an
  // event lists: those features take it as their own prop.
  const country = selection.country
  usePanelCode(selected === undefined ? events[0]?.id : undefined)
  return (
    <>
      {/* On paper the interactive list and panel give way to the flat digest below. */}
      <div data-print={embedded ? undefined : 'hide'}>
        <TimelineView
          events={events}
          selected={selected}
          country={country}
          filter={
            <FilterToolbar selection={selection}>
              {offeredFacets(scope !== missionEvents, selection).map((facet) => (
                <FacetFilter
                  key={facet.id}
                  facet={facet}
                  value={selection[facet.id]}
                  // Cached by list and filters: the same counts object while they stay.
                  counts={facetCounts(scope, facet, selection)}
                  shown={events.length}
                />
              ))}
              <ExportControls events={events} selection={selection} />
            </FilterToolbar>
          }
          axis={
            <TimeAxis
              all={scope}
              wholeTime={wholeTime(scope)}
              shown={events}
              selected={selected}
              country={country}
              time={time}
            />
          }
          overview={<Overview first={events[0]} />}
          // The open event's route draws its panel (./OpenEvent.tsx).
          detail={<Outlet />}
        />
      </div>
      {!embedded && <PrintDigestSlot events={events} selection={selection} />}
    </>
  )
}

let panelCodeFetched = false

/**
 * Fetches the open event's panel (the event route's own code, ./OpenEvent.tsx) once the overview
 * has nothing else to do. A link fetches it on hover, focus or touch; this covers what no
 * link announces, the arrow keys, so that opening a first event does not wait for code.
 */
function usePanelCode(eventId: string | undefined) {
  const router = useRouter()
  const links = useLinkScope()
  const locale = useLocale()
  useEffect(() => {
    if (eventId === undefined || panelCodeFetched) return
    const preload = () => {
      panelCodeFetched = true
      void router
        .preloadRoute({ to: links.event, params: { lang: langParam(locale), eventId } })
        // Offline, say: the click that needs the code asks for it again.
        .catch(() => undefined)
    }
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 1000)
      return () => clearTimeout(timer)
    }
    const idle = window.requestIdleCallback(preload, { timeout: 3000 })
    return () => window.cancelIdleCallback(idle)
  }, [router, links, locale, eventId])
}
