import { findSource, findTopic } from '../content/queries.ts'
import { eventCites, sentencesText } from '../content/sentences.ts'
import type { Citation, Locale, TimelineEvent } from '../content/types.ts'
import { calendarDays, type CalendarDays } from './calendarDays.ts'
import { formatDateValue } from './dates.ts'
import { messagesFor } from './i18n.ts'

// iCalendar (RFC 5545) output, built by hand because it is small: CRLF line ends, lines
// folded at 75 octets, escaped text, all-day dates with an exclusive end.

const CRLF = '\r\n'
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** TEXT values escape backslash first, then the separators and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line so that no line exceeds 75 octets; continuation lines start with one
 * space, which counts towards their 75. Splits between characters, never inside one, so
 * multi-byte UTF-8 (Japanese titles) stays valid (RFC 5545 §3.1).
 */
export function foldLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join(CRLF)
}

/** 2023-01-19 → 20230119 (DATE). */
export function icsDate(iso: string): string {
  return iso.replace(/-/g, '')
}

/** A UTC DATE-TIME, as DTSTAMP requires: 20230119T093000Z. */
export function icsTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

export interface IcsEntry {
  readonly uid: string
  /** First day, ISO. */
  readonly start: string
  /** Last day, ISO, inclusive: the file gets the day after, as DTEND is exclusive. */
  readonly end: string
  readonly summary: string
  readonly description?: string
  readonly location?: string
  readonly url?: string
  readonly categories?: readonly string[]
}

export function buildCalendar(
  entries: readonly IcsEntry[],
  options: { readonly now: Date; readonly name: string; readonly language: Locale },
): string {
  const stamp = icsTimestamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//fr-jp-space-dialogue//Timeline 2023//${options.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ]
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(entry.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(entry.end))}`,
      `SUMMARY;LANGUAGE=${options.language}:${escapeText(entry.summary)}`,
    )
    if (entry.location !== undefined)
      lines.push(`LOCATION;LANGUAGE=${options.language}:${escapeText(entry.location)}`)
    if (entry.description !== undefined)
      lines.push(`DESCRIPTION;LANGUAGE=${options.language}:${escapeText(entry.description)}`)
    if (entry.categories && entry.categories.length > 0)
      lines.push(`CATEGORIES:${entry.categories.map(escapeText).join(',')}`)
    if (entry.url !== undefined) lines.push(`URL;VALUE=URI:${entry.url}`)
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}

export interface CalendarOptions {
  readonly locale: Locale
  readonly now: Date
  /** The absolute address of an event's page, in the reader's language. */
  readonly pageUrl: (event: TimelineEvent) => string
}

function sourceName(cite: Citation, locale: Locale): string {
  const source = findSource(cite.source)
  if (!source) return cite.source
  const title = source.title[locale]
  return source.url !== undefined ? `${title}${messagesFor(locale).aside(source.url)}` : title
}

function describe(
  event: TimelineEvent,
  days: CalendarDays & { kind: 'days' },
  options: CalendarOptions,
): string {
  const { locale } = options
  const t = messagesFor(locale)
  const parts = [sentencesText(event.summary, locale)]
  if (days.stated) {
    parts.push(
      t.icsDatesFrom(
        formatDateValue(days.claim.value, locale),
        sourceName(days.claim.cite, locale),
        formatDateValue(days.stated, locale),
      ),
    )
  }
  // The sources of the date (where the release gives it) and of every summary sentence.
  const cites = days.stated ? eventCites(event) : [days.claim.cite, ...eventCites(event)]
  const names = [...new Set(cites.map((cite) => sourceName(cite, locale)))]
  parts.push(t.icsSource(names.join(t.itemSeparator)))
  parts.push(`${t.icsPage} ${options.pageUrl(event)}`)
  return parts.join('\n\n')
}

/** The calendar for a list of events, and the events it had to leave out. */
export function eventsToCalendar(
  events: readonly TimelineEvent[],
  options: CalendarOptions,
): { readonly ics: string; readonly omitted: readonly TimelineEvent[] } {
  const t = messagesFor(options.locale)
  const entries: IcsEntry[] = []
  const omitted: TimelineEvent[] = []
  for (const event of events) {
    const days = calendarDays(event)
    if (days.kind === 'none') {
      omitted.push(event)
      continue
    }
    const url = options.pageUrl(event)
    entries.push({
      // Stable per event, so importing the file again updates entries instead of doubling them.
      uid: `${event.id}@fr-jp-space-dialogue-2023`,
      start: days.start,
      end: days.end,
      summary: event.title[options.locale],
      location: event.place?.name[options.locale],
      description: describe(event, days, options),
      categories: event.topics.flatMap((id) => findTopic(id)?.label[options.locale] ?? []),
      url,
    })
  }
  return {
    ics: buildCalendar(entries, { now: options.now, name: t.siteTitle, language: options.locale }),
    omitted,
  }
}
