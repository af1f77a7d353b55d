import { allEvents } from '../content/queries.ts'
import { LOCALES, type Locale } from '../content/types.ts'
import { calendarFeedPath } from './exportPaths.ts'
import { eventsToCalendar } from './ics.ts'
import { messagesFor } from './i18n.ts'
import { absoluteUrl, escapeHtml, pathFor, type SiteConfig } from './seo.ts'

// The subscribable calendar: one static .ics file per language, written at build time with
// every event that has a stated day. Its UIDs come from the event ids (src/lib/ics.ts), so a
// calendar that subscribes updates its entries on each fetch instead of adding copies; only
// DTSTAMP changes from one build to the next.

export interface CalendarFeed {
  readonly locale: Locale
  readonly file: string
  readonly ics: string
}

/** Every language's feed; `now` is the DTSTAMP of this build. */
export function calendarFeeds(config: SiteConfig, now: Date): readonly CalendarFeed[] {
  return LOCALES.map((locale) => ({
    locale,
    file: calendarFeedPath(locale),
    ics: eventsToCalendar(allEvents, {
      locale,
      now,
      pageUrl: (event) =>
        absoluteUrl(
          config,
          pathFor({ route: '/{-$lang}/events/$eventId', params: { eventId: event.id } }, locale),
        ),
    }).ics,
  }))
}

/** The head link that lets calendar-aware tools find the page language's feed. */
export function calendarFeedLink(config: SiteConfig, locale: Locale): string {
  const t = messagesFor(locale)
  const href = absoluteUrl(config, `/${calendarFeedPath(locale)}`)
  return `<link rel="alternate" type="text/calendar" title="${escapeHtml(t.calendarFeedTitle(t.siteTitle))}" href="${escapeHtml(href)}" />`
}
