import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/content/types.ts'
import { calendarDays } from '../../src/lib/calendarDays.ts'
import { buildCalendar, escapeText, eventsToCalendar, foldLine } from '../../src/lib/ics.ts'
import { FIXTURE_EVENTS, fixture as event } from './fixtures/events.ts'

const NOW = new Date('2026-11-27T03:04:05.678Z')
const pageUrl = (event: TimelineEvent) => `https://example.test/fr/events/${event.id}`

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
}

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
  })

  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'日仏包括的宇宙対話'.repeat(6)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(1)
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true)
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line)
  })

  it('round-trips tricky text through a real parser', () => {
    const summary = 'Back\\slash; semi, comma\nnew line — 日本語'.repeat(3)
    const ics = buildCalendar(
      [{ uid: 'x@test', start: '2023-01-19', end: '2023-01-19', summary }],
      { now: NOW, name: 'Test', language: 'en' },
    )
    const [parsed] = parse(ics)
    expect(parsed?.summary).toBe(summary)
  })
})

describe('calendar for the timeline', () => {
  const { ics, omitted } = eventsToCalendar(FIXTURE_EVENTS, { locale: 'fr', now: NOW, pageUrl })
  const lines = ics.split('\r\n')

  it('uses CRLF line ends only and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })

  it('carries VERSION, PRODID and, per event, UID and DTSTAMP', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/fr-jp-space-dialogue/)
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(0)
    for (const component of events) {
      expect(component.getFirstPropertyValue('uid')).toMatch(/@fr-jp-space-dialogue-2023$/)
      expect(String(component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-27T03:04:05Z')
    }
  })

  it('writes single days as all-day dates with an exclusive end', () => {
    const plenary = parse(ics).find((e) => e.uid === 'plenary@fr-jp-space-dialogue-2023')
    expect(plenary?.startDate.isDate).toBe(true)
    expect(plenary?.startDate.toString()).toBe('2023-01-19')
    expect(plenary?.endDate.toString()).toBe('2023-01-20')
    expect(plenary?.summary).toBe(event('plenary').title.fr)
    expect(plenary?.location).toBe(event('plenary').place?.name.fr)
    expect(ics).toContain('DTSTART;VALUE=DATE:20230119')
  })

  it('gives a month-only event the outside source’s exact days, and says so', () => {
    const g7 = parse(ics).find((e) => e.uid === 'g7-hiroshima@fr-jp-space-dialogue-2023')
    expect(g7?.startDate.toString()).toBe('2023-05-19')
    // 19–21 May inclusive: the exclusive end is the 22nd.
    expect(g7?.endDate.toString()).toBe('2023-05-22')
    expect(g7?.description).toContain('japan.go.jp')
    expect(g7?.description).toContain('mai 2023')
  })

  it('leaves out the undated event rather than invent a day', () => {
    expect(omitted.map((e) => e.id)).toEqual(['start-up-meeting'])
    expect(ics).not.toContain('start-up-meeting@')
  })

  it('leaves out an event known only to the month', () => {
    const monthOnly: TimelineEvent = {
      ...event('g7-hiroshima'),
      dates: [event('g7-hiroshima').dates[0]].flatMap((d) => (d ? [d] : [])),
    }
    expect(calendarDays(monthOnly)).toEqual({ kind: 'none', reason: 'month' })
    const result = eventsToCalendar([monthOnly], { locale: 'en', now: NOW, pageUrl })
    expect(parse(result.ics)).toHaveLength(0)
    expect(result.omitted).toEqual([monthOnly])
  })

  it('links each entry to its page in the reader’s language', () => {
    const visit = parse(ics).find((e) => e.uid === 'kishida-paris-visit@fr-jp-space-dialogue-2023')
    expect(visit?.component.getFirstPropertyValue('url')).toBe(
      'https://example.test/fr/events/kishida-paris-visit',
    )
  })
})
