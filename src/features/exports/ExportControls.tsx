import { Link } from '@tanstack/react-router'
import { memo, useId, useState } from 'react'
import { useLinkScope } from '../../components/linkScope.ts'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { listOf } from '../../core/locales.ts'
import { calendarDays } from '../../lib/calendarDays.ts'
import { DATA_SCHEMA_PATH } from '../../lib/exportPaths.ts'
import { exportedFilter, type FacetSelection } from '../../lib/facets.ts'
import { loadAllLocales } from '../../lib/i18n.ts'
import { langParam } from '../../lib/locale.ts'
import { exportName, saveFile } from './download.ts'
import styles from './ExportControls.module.css'
import { SubscribeLink } from './SubscribeLink.tsx'
import { useAppUrls } from './useAppUrls.ts'

interface Props {
  events: readonly TimelineEvent[]
  selection: FacetSelection
}

/**
 * Up to this many events left out of a calendar are named in the note itself; past it the note
 * gives their number and names them on request. A long timeline (thousands of generated events
 * in the bench) otherwise pushed the list a few screens down under a paragraph of titles, and
 * laid that paragraph out again on every filter change.
 */
const NAMED_INLINE = 5

const undatedCache = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>()

/** The events a calendar leaves out (no exact day), once per list: lists are immutable. */
function withoutCalendarDays(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let omitted = undatedCache.get(events)
  if (!omitted) {
    omitted = events.filter((event) => calendarDays(event).kind === 'none')
    undatedCache.set(events, omitted)
  }
  return omitted
}

/**
 * The count of the events a calendar leaves out, with a list of them behind a disclosure: each
 * a link to its event, in the view's filters, as the timeline's own list links.
 */
function OmittedEvents({ omitted }: { omitted: readonly TimelineEvent[] }) {
  const t = useMessages()
  const locale = useLocale()
  const links = useLinkScope()
  const summaryId = useId()
  // The links are rendered only while the disclosure is open: closed, a filter change does
  // not build (and the router does not keep up to date) thousands of them for nobody.
  const [open, setOpen] = useState(false)
  return (
    <div className={styles.note}>
      <p className={styles.noteText}>{t.calendarOmittedCount(omitted.length)}</p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary id={summaryId} className={styles.summary}>
          {t.calendarOmittedWhich}
        </summary>
        {open && (
          <ul className={styles.omitted} aria-labelledby={summaryId}>
            {omitted.map((event) => (
              <li key={event.id}>
                <Link
                  to={links.event}
                  params={{ lang: langParam(locale), eventId: event.id }}
                  search={(prev) => prev}
                >
                  {event.title[locale]}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  )
}

/** Calendar, data and print for exactly the events the filters show. */
function ExportControlsView({ events, selection }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const urls = useAppUrls()
  const omitted = withoutCalendarDays(events)
  // The filters a file records in its name (the JSON's `view.filter` lists them as well).
  const nameParts = Object.values(exportedFilter(selection)).map((value) => value ?? undefined)

  // The writers load on the click that asks for a file, not with the page: no first screen
  // needs them (see README, Performance).
  async function downloadCalendar() {
    const { eventsToCalendar } = await import('../../lib/ics.ts')
    const { ics } = eventsToCalendar(events, { locale, now: new Date(), pageUrl: urls.page })
    saveFile(ics, 'text/calendar;charset=utf-8', exportName(nameParts, 'ics'))
  }

  async function downloadData() {
    // The file carries every language's text; a page has loaded only its own.
    const [{ buildDataExport }] = await Promise.all([
      import('../../lib/dataExport.ts'),
      loadAllLocales(),
    ])
    const data = buildDataExport(events, {
      now: new Date(),
      language: locale,
      filter: selection,
      viewUrl: window.location.href,
      schemaUrl: urls.schema(),
      pageUrl: urls.page,
      passageUrl: urls.passage,
    })
    saveFile(
      `${JSON.stringify(data, null, 2)}\n`,
      'application/json',
      exportName(nameParts, 'json'),
    )
  }

  return (
    <section className={styles.exports} aria-labelledby="exports-heading" data-print="hide">
      <h2 id="exports-heading" className={styles.heading}>
        {t.exportsHeading}
      </h2>
      <p className={styles.scope}>{t.exportsScope(events.length)}</p>
      <ul className={styles.actions}>
        <li>
          <button
            type="button"
            className={styles.button}
            onClick={() => void downloadCalendar()}
            disabled={events.length === omitted.length}
          >
            {t.downloadCalendar}
          </button>{' '}
          <SubscribeLink />
        </li>
        <li>
          <button
            type="button"
            className={styles.button}
            onClick={() => void downloadData()}
            disabled={events.length === 0}
          >
            {t.downloadData}
          </button>{' '}
          <a className={styles.schema} href={`${import.meta.env.BASE_URL}${DATA_SCHEMA_PATH}`}>
            {t.dataSchema}
          </a>
        </li>
        <li>
          <button type="button" className={styles.button} onClick={() => window.print()}>
            {t.printView}
          </button>
        </li>
      </ul>
      {omitted.length > 0 && omitted.length <= NAMED_INLINE && (
        <p className={styles.note}>
          {/* Joined as each language lists things (、 in Japanese, "et" in French). */}
          {t.calendarOmitted(
            listOf(
              locale,
              omitted.map((event) => event.title[locale]),
            ),
          )}
        </p>
      )}
      {omitted.length > NAMED_INLINE && <OmittedEvents omitted={omitted} />}
    </section>
  )
}

// Memoised: the filters and exports stay as they are while the reader moves between events.
export const ExportControls = memo(ExportControlsView)
