import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { allEvents } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import { calendarFeedLink, calendarFeeds } from '../../src/lib/calendarFeed.ts'
import { calendarDays } from '../../src/lib/calendarDays.ts'
import { siteConfig } from '../../src/lib/seo.ts'

const SITE = siteConfig({ SITE_ORIGIN: 'https://example.test' })

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
}

describe('calendar feeds', () => {
  it('writes one parseable feed per language with every event that has a stated day', () => {
    const feeds = calendarFeeds(SITE, new Date('2026-01-01T00:00:00Z'))
    expect(feeds.map((f) => f.file)).toEqual(LOCALES.map((l) => `calendar/${l}.ics`))
    const dated = allEvents.filter((event) => calendarDays(event).kind === 'days')
    for (const feed of feeds) {
      const parsed = events(feed.ics)
      expect(parsed.map((e) => e.summary)).toEqual(dated.map((e) => e.title[feed.locale]))
    }
  })

  it('keeps its UIDs from one build to the next; only DTSTAMP moves', () => {
    const first = calendarFeeds(SITE, new Date('2026-01-01T00:00:00Z'))
    const second = calendarFeeds(SITE, new Date('2026-11-27T12:00:00Z'))
    for (const [i, feed] of first.entries()) {
      const uids = events(feed.ics).map((e) => e.uid)
      expect(uids.length).toBeGreaterThan(0)
      expect(new Set(uids).size).toBe(uids.length)
      expect(events(second[i]?.ics ?? '').map((e) => e.uid)).toEqual(uids)
      const withoutStamp = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '')
      expect(withoutStamp(second[i]?.ics ?? '')).toBe(withoutStamp(feed.ics))
    }
  })

  it('is announced in the head with its type and absolute address', () => {
    expect(calendarFeedLink(SITE, 'fr')).toMatch(
      /^<link rel="alternate" type="text\/calendar" title="[^"]+" href="https:\/\/example\.test\/calendar\/fr\.ics" \/>$/,
    )
  })
})
