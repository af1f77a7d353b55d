import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

// Written out by hand rather than read from src/content, so that a change to the content or
// to the date formatting shows up here as a failure to look at, not as a silent new oracle.
const EVENTS = [
  {
    id: 'kishida-paris-visit',
    title: 'Prime Minister Kishida visits Paris',
    date: '9 January 2023',
    datetime: '2023-01-09',
    place: 'Paris',
  },
  {
    id: 'plenary',
    title: 'Plenary of the space dialogue at the SGDSN',
    date: '19 January 2023',
    datetime: '2023-01-19',
    place: 'Secretariat-General for National Defence and Security (SGDSN), Paris',
  },
  {
    id: 'start-up-meeting',
    title: 'Meeting with French space start-ups',
    date: 'Date not stated',
    datetime: undefined,
    place: 'Place not stated in the press release',
  },
  {
    id: 'ariane-group-visit',
    title: 'Visit to the ArianeGroup site at Les Mureaux',
    date: '20 January 2023',
    datetime: '2023-01-20',
    place: 'ArianeGroup site, Les Mureaux (Yvelines)',
  },
  {
    id: 'g7-hiroshima',
    title: 'G7 Summit in Hiroshima',
    date: 'May 2023',
    datetime: '2023-05',
    place: 'Hiroshima, Japan',
  },
] as const

type Expected = (typeof EVENTS)[number]

function eventList(page: Page): Locator {
  return page.getByRole('region', { name: 'Events' }).getByRole('list').first()
}

function card(page: Page, title: string): Locator {
  return eventList(page).getByRole('article', { name: title })
}

/** The open event: the article outside the list whose heading is a level-2 heading. */
function detail(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .getByRole('article', { name: title })
    .filter({ has: page.getByRole('heading', { level: 2, name: title }) })
}

function liveRegion(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text })
}

async function expectDetail(page: Page, event: Expected) {
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`))
  const open = detail(page, event.title)
  await expect(open.getByRole('heading', { level: 2 })).toHaveText(event.title)
  if (event.datetime) {
    const time = open.getByRole('time').first()
    await expect(time).toHaveText(event.date)
    await expect(time).toHaveAttribute('datetime', event.datetime)
  } else {
    await expect(open.getByText(event.date, { exact: true })).toBeVisible()
    await expect(open.getByRole('time')).toHaveCount(0)
  }
  await expect(open.getByRole('definition').nth(1)).toContainText(event.place)
  await expect(page).toHaveTitle(`${event.title} · France–Japan Space Dialogue 2023`)
  // The router marks the link to the page on screen "page"; the list marks the open event.
  await expect(card(page, event.title).getByRole('link')).toHaveAttribute(
    'aria-current',
    /^(page|true)$/,
  )
  await expect(eventList(page).locator('[aria-current]')).toHaveCount(1)
}

test.describe('the timeline list', () => {
  test('shows every event in order with date, place and countries', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveTitle('France–Japan Space Dialogue 2023: timeline')
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
    const articles = eventList(page).getByRole('article')
    await expect(articles).toHaveCount(EVENTS.length)
    for (const [index, event] of EVENTS.entries()) {
      const article = articles.nth(index)
      await expect(article.getByRole('heading', { level: 3 })).toHaveText(event.title)
      await expect(article.getByText(event.date, { exact: true })).toBeVisible()
      if (event.datetime) {
        await expect(article.getByRole('time')).toHaveAttribute('datetime', event.datetime)
      }
      await expect(article.getByText(event.place, { exact: true })).toBeVisible()
      await expect(article.getByRole('listitem')).toHaveText(['France', 'Japan'])
    }
    // The real gaps: ten days after the Paris visit, and a marked break before May.
    await expect(eventList(page).getByText('10 days later')).toBeVisible()
    await expect(eventList(page).getByText('4 months later')).toBeVisible()
  })
})

test.describe('clicking through with the mouse', () => {
  test('each event link opens its detail', async ({ page }) => {
    await page.goto('/')
    for (const event of EVENTS) {
      await card(page, event.title).getByRole('link', { name: event.title }).click()
      await expectDetail(page, event)
    }
  })

  test('next links walk from the first event to the last, previous links walk back', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('link', { name: `${EVENTS[0].title} →` }).click()
    await expectDetail(page, EVENTS[0])
    const first = detail(page, EVENTS[0].title)
    await expect(first.getByRole('navigation', { name: 'Event 1 of 5' })).toBeVisible()
    await expect(first.getByRole('link', { name: /^Previous event/ })).toHaveCount(0)

    for (const [index, event] of EVENTS.entries()) {
      if (index === 0) continue
      const from = EVENTS[index - 1]
      if (!from) throw new Error('no previous event')
      await detail(page, from.title)
        .getByRole('link', { name: `Next event ${event.title}` })
        .click()
      await expectDetail(page, event)
      await expect(
        detail(page, event.title).getByRole('navigation', { name: `Event ${index + 1} of 5` }),
      ).toBeVisible()
    }
    const last = EVENTS[EVENTS.length - 1]
    if (!last) throw new Error('no events')
    await expect(detail(page, last.title).getByRole('link', { name: /^Next event/ })).toHaveCount(0)

    for (let index = EVENTS.length - 2; index >= 0; index--) {
      const event = EVENTS[index]
      const from = EVENTS[index + 1]
      if (!event || !from) throw new Error('index out of range')
      await detail(page, from.title)
        .getByRole('link', { name: `Previous event ${event.title}` })
        .click()
      await expectDetail(page, event)
    }
  })

  test('the back link returns to the overview', async ({ page }) => {
    await page.goto('/events/plenary')
    await detail(page, EVENTS[1].title).getByRole('link', { name: 'Back to the timeline' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { level: 2, name: 'About the dialogue' })).toBeVisible()
    await expect(eventList(page).locator('[aria-current]')).toHaveCount(0)
  })

  test('the G7 summit shows both the release’s month and the exact dates, each sourced', async ({
    page,
  }) => {
    await page.goto('/events/g7-hiroshima')
    const open = detail(page, 'G7 Summit in Hiroshima')
    const times = open.getByRole('definition').first().getByRole('time')
    // Intl puts (thin) spaces around the range dash.
    await expect(times).toHaveText(['May 2023', /^19\s?–\s?21 May 2023$/])
    await expect(open.getByText('As the press release gives it')).toBeVisible()
    await expect(open.getByText('Exact dates from another source')).toBeVisible()
    // The release's month is quoted; the outside source is known by the facts sheet's summary.
    const dates = open.getByRole('definition').first()
    await expect(dates.getByRole('blockquote')).toHaveCount(1)
    await expect(
      dates.getByText('Summary of this source in the project’s facts sheet', { exact: false }),
    ).toHaveCount(1)
  })
})

test.describe('keyboard only', () => {
  /** What has focus, where it is drawn, and whether a focus ring is drawn around it. */
  async function activeElement(page: Page) {
    return page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return { tag: 'body', text: '', outline: 'none', area: 0 }
      // The ring may be drawn on the element or on a pseudo-element spanning its card.
      const outline = [null, '::before', '::after']
        .map((pseudo) => getComputedStyle(el, pseudo).outlineStyle)
        .find((style) => style !== 'none')
      const box = el.getBoundingClientRect()
      return {
        tag: el.tagName.toLowerCase(),
        text: el.textContent?.trim() ?? '',
        outline: outline ?? 'none',
        area: box.width * box.height,
      }
    })
  }

  /**
   * Presses Tab until the target has focus; every stop on the way must be drawn on screen.
   * (50: the kind filter's five chips and the axis's "Whole history" link came before the list.)
   */
  async function tabTo(page: Page, target: Locator, limit = 50) {
    // The markup is prerendered: keys do nothing until the app has taken it over.
    await expect(target).toBeVisible()
    await waitForApp(page)
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab')
      if (await target.evaluate((el) => el === document.activeElement)) return
      const active = await activeElement(page)
      expect(active.tag, `tab stop ${i + 1} is an element`).not.toBe('body')
      expect(active.area, `tab stop ${i + 1} (${active.text}) has a size`).toBeGreaterThan(0)
    }
    throw new Error(`did not reach the target within ${limit} tab stops`)
  }

  async function expectFocusOnDetailHeading(page: Page, event: Expected) {
    const heading = detail(page, event.title).getByRole('heading', { level: 2 })
    await expect(heading).toBeFocused()
    await expect(heading).toBeInViewport()
    const active = await activeElement(page)
    expect(active).toMatchObject({ tag: 'h2', text: event.title })
  }

  test('Tab to the first event, Enter, then arrows, Home and End', async ({ page }) => {
    await page.goto('/')
    const firstLink = card(page, EVENTS[0].title).getByRole('link')
    await tabTo(page, firstLink)
    await expect(firstLink).toBeFocused()
    // The focus ring is drawn, not only present.
    expect((await activeElement(page)).outline).not.toBe('none')

    await page.keyboard.press('Enter')
    await expectDetail(page, EVENTS[0])
    await expectFocusOnDetailHeading(page, EVENTS[0])
    await expect(liveRegion(page, `${EVENTS[0].title}, ${EVENTS[0].date}`)).toHaveCount(1)

    for (const event of EVENTS.slice(1)) {
      await page.keyboard.press('ArrowRight')
      await expectDetail(page, event)
      await expectFocusOnDetailHeading(page, event)
      await expect(liveRegion(page, `${event.title}, ${event.date}`)).toHaveCount(1)
    }
    // At the end, → stays put. Waiting for "still on the last event" would pass at once, so
    // the ← after it shows it: the only move (one history entry) is back to the fourth event;
    // had → gone anywhere, ← would not land there, or there would be two entries.
    const entries = () => page.evaluate(() => history.length)
    const atEnd = await entries()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowLeft')
    await expectDetail(page, EVENTS[3])
    expect(await entries()).toBe(atEnd + 1)
    await expectFocusOnDetailHeading(page, EVENTS[3])

    await page.keyboard.press('Home')
    await expectDetail(page, EVENTS[0])
    await expectFocusOnDetailHeading(page, EVENTS[0])
    await expect(liveRegion(page, `${EVENTS[0].title}, ${EVENTS[0].date}`)).toHaveCount(1)

    // At the start, ← stays put: the → after it is the only move, to the second event.
    const atStart = await entries()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await expectDetail(page, EVENTS[1])
    expect(await entries()).toBe(atStart + 1)

    await page.keyboard.press('End')
    await expectDetail(page, EVENTS[4])
    await expectFocusOnDetailHeading(page, EVENTS[4])
    await expect(liveRegion(page, `${EVENTS[4].title}, ${EVENTS[4].date}`)).toHaveCount(1)
  })

  test('arrows pressed on a list link move focus along the list', async ({ page }) => {
    await page.goto('/')
    // Keys pressed before the app takes over the prerendered list do nothing.
    await waitForApp(page)
    const firstLink = card(page, EVENTS[0].title).getByRole('link')
    await tabTo(page, firstLink)
    await page.keyboard.press('ArrowRight')
    // Nothing was open: → opens the first event, and focus stays in the list.
    await expectDetail(page, EVENTS[0])
    await expect(firstLink).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expectDetail(page, EVENTS[1])
    const second = card(page, EVENTS[1].title).getByRole('link')
    await expect(second).toBeFocused()
    await expect(second).toBeInViewport()
    await page.keyboard.press('End')
    await expectDetail(page, EVENTS[4])
    await expect(card(page, EVENTS[4].title).getByRole('link')).toBeFocused()
  })

  test('the next link works with Enter and keeps focus on the new detail', async ({ page }) => {
    await page.goto('/events/plenary')
    // Before hydration, Enter follows the link as a page load, and focus starts on the body.
    await waitForApp(page)
    const next = detail(page, EVENTS[1].title).getByRole('link', { name: /^Next event/ })
    await tabTo(page, next, 80)
    await page.keyboard.press('Enter')
    await expectDetail(page, EVENTS[2])
    // Focus either follows the reader to the new heading or stays on the control: never lost.
    // The app moves it once the new detail has rendered, so wait for it rather than read it.
    await expect.poll(async () => (await activeElement(page)).tag).not.toBe('body')
    await expect(liveRegion(page, `${EVENTS[2].title}, ${EVENTS[2].date}`)).toHaveCount(1)
  })

  test('arrow keys keep their meaning outside the timeline', async ({ page }) => {
    await page.goto('/events/plenary')
    // Before the app has taken over, no key does anything: this would pass on any app.
    await waitForApp(page)
    const languages = page.getByRole('navigation', { name: 'Language' })
    await languages.getByRole('link', { name: 'Français' }).focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('End')
    // Then one key inside the timeline, which the app does handle. Keys are handled in order:
    // once its navigation shows, the two above have been handled too. Had End been taken by
    // the timeline, → from the last event would stay there.
    await card(page, EVENTS[1].title).getByRole('link').focus()
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
    await expectDetail(page, EVENTS[2])
  })
})
