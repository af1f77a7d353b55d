import { useSearch } from '@tanstack/react-router'
import { useMemo } from 'react'
import { DocumentTitle } from '../../components/DocumentTitle.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { allEvents, allTopics, countByCountry, filterEvents } from '../../content/queries.ts'
import type { CountryCode, TimelineEvent, TopicId } from '../../content/types.ts'
import { EventCalendarButton } from '../../features/exports/EventCalendarButton.tsx'
import { ExportControls } from '../../features/exports/ExportControls.tsx'
import { PrintDigest } from '../../features/exports/PrintDigest.tsx'
import { CountryFilter } from '../../features/filters/CountryFilter.tsx'
import { TopicFilter } from '../../features/filters/TopicFilter.tsx'
import { Overview } from '../../features/timeline/Overview.tsx'
import { TimelineView } from '../../features/timeline/TimelineView.tsx'
import { TimeAxis } from '../../features/axis/TimeAxis.tsx'
import { FilterToolbar } from './FilterToolbar.tsx'

/** Events per topic within a country: what each topic link would show. */
function countByTopic(country: CountryCode | undefined): Readonly<Record<TopicId | 'all', number>> {
  const inCountry = filterEvents(allEvents, { country })
  const counts: Record<string, number> = { all: inCountry.length }
  for (const topic of allTopics)
    counts[topic.id] = filterEvents(inCountry, { topic: topic.id }).length
  return counts as Record<TopicId | 'all', number>
}

/**
 * The timeline page, with or without an open event: the features meet here. In an embed
 * (`embedded`), the print digest is left out: printing the page that embeds it prints the
 * frame as it is on screen, not a document of its own.
 */
export function TimelineScreen({
  selected,
  country,
  embedded = false,
}: {
  selected: TimelineEvent | undefined
  country: CountryCode | undefined
  embedded?: boolean
}) {
  const t = useMessages()
  const locale = useLocale()
  const topic = useSearch({ strict: false, select: (search) => search.topic })
  const time = useSearch({ strict: false, select: (search) => search.time })
  const events = filterEvents(allEvents, { country, topic })
  // Stable while only the open event changes, so the memoised filters skip those renders.
  const countryCounts = useMemo(() => countByCountry(allEvents, { topic }), [topic])
  const topicCounts = useMemo(() => countByTopic(country), [country])
  return (
    <>
      <DocumentTitle title={t.documentTitle(selected?.title[locale])} />
      {/* On paper the interactive list and panel give way to the flat digest below. */}
      <div data-print={embedded ? undefined : 'hide'}>
        <TimelineView
          events={events}
          selected={selected}
          country={country}
          filter={
            <FilterToolbar country={country} topic={topic}>
              <CountryFilter country={country} counts={countryCounts} shown={events.length} />
              <TopicFilter
                topics={allTopics}
                topic={topic}
                counts={topicCounts}
                shown={events.length}
              />
              <ExportControls events={events} country={country} topic={topic} />
            </FilterToolbar>
          }
          axis={
            <TimeAxis
              all={allEvents}
              shown={events}
              selected={selected}
              country={country}
              time={time}
            />
          }
          overview={<Overview first={events[0]} />}
          actions={selected && <EventCalendarButton event={selected} />}
        />
      </div>
      {!embedded && <PrintDigest events={events} country={country} topic={topic} />}
    </>
  )
}
