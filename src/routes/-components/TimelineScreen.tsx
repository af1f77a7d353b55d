import { useLocale, useMessages } from '../../components/useLocale.ts'
import { allEvents, countByCountry, filterEvents } from '../../content/queries.ts'
import type { CountryCode, TimelineEvent } from '../../content/types.ts'
import { CountryFilter } from '../../features/filters/CountryFilter.tsx'
import { CopyLinkButton } from '../../features/sharing/CopyLinkButton.tsx'
import { Overview } from '../../features/timeline/Overview.tsx'
import { TimelineView } from '../../features/timeline/TimelineView.tsx'

/** The timeline page, with or without an open event: the features meet here. */
export function TimelineScreen({
  selected,
  country,
}: {
  selected: TimelineEvent | undefined
  country: CountryCode | undefined
}) {
  const t = useMessages()
  const locale = useLocale()
  const events = filterEvents(allEvents, { country })
  return (
    <>
      <title>{t.documentTitle(selected?.title[locale])}</title>
      <TimelineView
        events={events}
        selected={selected}
        country={country}
        filter={
          <CountryFilter
            country={country}
            counts={countByCountry(allEvents)}
            shown={events.length}
          />
        }
        overview={<Overview first={events[0]} />}
        actions={<CopyLinkButton />}
      />
    </>
  )
}
