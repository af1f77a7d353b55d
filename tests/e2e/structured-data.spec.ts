import ICAL from 'ical.js'
import { allEvents } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import { calendarFeeds } from '../../src/lib/calendarFeed.ts'
import { messages } from '../../src/lib/messages.ts'
import { absoluteUrl, pathFor } from '../../src/lib/seo.ts'
import { expect, test } from './fixtures'
import { SITE, STATIC_URL, waitForApp } from './static-host'

// What machines read from the built site: each page's JSON-LD and the calendar feeds, served
// by the plain static server as a host would serve them.

test.use({ baseURL: STATIC_URL })

function uids(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid)
}

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false })

  test('each event page carries JSON-LD that parses and names its own event', async ({ page }) => {
    for (const locale of LOCALES) {
      for (const event of allEvents) {
        const path = pathFor(
          { route: '/{-$lang}/events/$eventId', params: { eventId: event.id } },
          locale,
        )
        await page.goto(`${SITE.basePath}${path.slice(1)}`)
        const scripts = page.locator('head script[type="application/ld+json"]')
        await expect(scripts, path).toHaveCount(1)
        const data: unknown = JSON.parse((await scripts.textContent()) ?? '')
        expect(data, path).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: event.title[locale],
          url: absoluteUrl(SITE, path),
        })
      }
    }
  })

  test('the timeline links its feed in the head and in the page', async ({ page }) => {
    await page.goto(`${SITE.basePath}fr`)
    const feed = absoluteUrl(SITE, '/calendar/fr.ics')
    await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
      'href',
      feed,
    )
    await expect(page.getByRole('link', { name: messages.fr.subscribeCalendar })).toHaveAttribute(
      'href',
      `${SITE.basePath}calendar/fr.ics`,
    )
  })
})

test('the feeds are served as text/calendar, parse, and keep the UIDs of another build', async ({
  request,
}) => {
  const otherBuild = calendarFeeds(SITE, new Date('2000-01-01T00:00:00Z'))
  for (const feed of otherBuild) {
    const response = await request.get(`${SITE.basePath}${feed.file}`)
    expect(response.status(), feed.file).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/calendar\b/)
    const served = uids(await response.text())
    expect(served.length).toBeGreaterThan(0)
    expect(served).toEqual(uids(feed.ics))
  }
})

test('the JSON-LD raises no Content-Security-Policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  await page.goto(`${SITE.basePath}ja/events/plenary`)
  await waitForApp(page)
  await expect(page.locator('head script[type="application/ld+json"]')).toHaveCount(1)
  expect(await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations)).toEqual(
    [],
  )
})
