import type { Locator, Page } from '@playwright/test'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'

// The windowed list (src/features/timeline/TimelineList.tsx): past 150 events only the
// articles near the viewport, and the open one, are in the page; spacers hold the place of the
// rest, and each article says where it sits in the whole list. playwright.config.ts serves the
// app built with 400 generated events (scripts/generate-stress.js, the bench's set, smaller) on
// the preview's port plus 3000.
const LONG_URL = `http://127.0.0.1:${Number(process.env.PW_PORT) + 3000}`
const COUNT = 400

test.use({ baseURL: LONG_URL })

function eventList(page: Page): Locator {
  return page.getByRole('region', { name: 'Events' }).getByRole('list').first()
}

/** The list's items that are articles (the spacers are hidden from assistive technology). */
function items(page: Page): Locator {
  return eventList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('article') })
}

/** Where each rendered article sits in the whole list, in the page's order. */
async function positions(page: Page): Promise<number[]> {
  return items(page).evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('aria-posinset'))))
}

test('a long timeline renders only the articles near the screen, each telling its place', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: `${COUNT} events` })).toBeVisible()
  const shown = await positions(page)
  expect(shown[0]).toBe(1)
  // A window, not the whole list.
  expect(shown.length).toBeLessThan(60)
  // In order and without holes: the window is one stretch of the list.
  expect(shown).toEqual(shown.map((_, i) => i + 1))
  // Enough of it to fill the screen once the reader scrolls down to it: the window reaches
  // below the viewport (it once held 16 articles wherever the list began, the first of them
  // two screens below the toolbar, and laid them all out again on each filter change).
  const viewport = page.viewportSize()?.height ?? 0
  await expect(async () => {
    const reach = await eventList(page).evaluate((ol) => {
      const articles = [...ol.querySelectorAll(':scope > li[aria-posinset]')]
      return (articles.at(-1)?.getBoundingClientRect().bottom ?? 0) - window.innerHeight
    })
    expect(reach).toBeGreaterThan(0)
    // ...and not much further than the window's overscan (800 px; twice that before it moves).
    expect(reach).toBeLessThan(1600)
  }).toPass()
  // Scrolled to the list's start, the screen is full of articles, with no gap.
  await eventList(page).evaluate((ol) => ol.scrollIntoView({ block: 'start' }))
  await expect(async () => {
    const bottom = await eventList(page).evaluate((ol) => {
      const articles = [...ol.querySelectorAll(':scope > li[aria-posinset]')]
      return articles.at(-1)?.getBoundingClientRect().bottom ?? 0
    })
    expect(bottom).toBeGreaterThan(viewport)
  }).toPass()
  await expect(items(page).first()).toHaveAttribute('aria-setsize', String(COUNT))
  // The list itself is as tall as all of its articles would be: the page scrolls the whole way.
  const height = await eventList(page).evaluate((ol) => ol.getBoundingClientRect().height)
  expect(height).toBeGreaterThan(COUNT * 50)
})

test('scrolling to the end brings the last articles in and lets the first ones go', async ({
  page,
}) => {
  await page.goto('/')
  await expect(items(page).first()).toHaveAttribute('aria-posinset', '1')
  // The reader scrolls with the wheel over the list, all the way down.
  await eventList(page).hover()
  const last = eventList(page).locator(`li[aria-posinset="${COUNT}"]`)
  await expect(async () => {
    await page.mouse.wheel(0, 20_000)
    await expect(last).toBeInViewport({ timeout: 1_000 })
  }).toPass()
  // The window followed the viewport: the first articles have left the page.
  await expect(eventList(page).locator('li[aria-posinset="1"]')).toHaveCount(0)
  const shown = await positions(page)
  expect(shown.length).toBeLessThan(60)
  expect(shown.at(-1)).toBe(COUNT)
})

// A phone's screen as well as a desktop's: the list is one column there, under the axis, and
// the articles are taller than the estimates the spacers start from.
for (const width of [1280, 360]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 720 } })

    test('an event far down the list opens with its article in the list, focused from the keys', async ({
      page,
    }) => {
      await page.goto('/events/stress-0300')
      const article = eventList(page).getByRole('article', { name: /\b0300\b/ })
      await expect(article).toBeVisible()
      const link = article.getByRole('link')
      await expect(link).toHaveAttribute('aria-current', /./)
      await expect(page.getByRole('heading', { level: 2, name: /\b0300\b/ })).toBeVisible()

      // Keys move through the whole list, not only the rendered part: End opens the last event.
      await link.focus()
      await page.keyboard.press('End')
      await expect(page).toHaveURL(/\/events\/stress-0400$/)
      const lastLink = eventList(page)
        .getByRole('article', { name: /\b0400\b/ })
        .getByRole('link')
      await expect(lastLink).toHaveAttribute('aria-current', /./)
      await expect(lastLink).toBeFocused()
      await expect(lastLink).toBeInViewport()
      // The whole card, not only its link: date, place and countries are read with it.
      await expect(eventList(page).getByRole('article', { name: /\b0400\b/ })).toBeInViewport({
        ratio: 1,
      })
      await expect(eventList(page).locator(`li[aria-posinset="${COUNT}"]`)).toHaveCount(1)

      // And back to the first with Home; going back in history returns to the last.
      await page.keyboard.press('Home')
      await expect(page).toHaveURL(/\/events\/stress-0001$/)
      await expect(
        eventList(page)
          .getByRole('article', { name: /\b0001\b/ })
          .getByRole('link'),
      ).toBeFocused()
      await page.goBack()
      await expect(page).toHaveURL(/\/events\/stress-0400$/)
      await expect(eventList(page).getByRole('article', { name: /\b0400\b/ })).toBeVisible()
    })
  })
}

test('a filter keeps the list windowed and counts what it shows', async ({ page }) => {
  await page.goto('/')
  await page
    .getByRole('list', { name: 'Show events for' })
    .getByRole('link', { name: /^Japan/ })
    .click()
  await expect(page).toHaveURL(/\?country=JP$/)
  const status = page
    .getByRole('status')
    .filter({ hasText: /Showing \d+ events? in which Japan has a role/ })
  await expect(status).toBeVisible()
  const shownCount = Number(/Showing (\d+)/.exec((await status.textContent()) ?? '')?.[1])
  expect(shownCount).toBeGreaterThan(150)
  expect(shownCount).toBeLessThanOrEqual(COUNT)
  await expect(items(page).first()).toHaveAttribute('aria-setsize', String(shownCount))
  expect((await positions(page)).length).toBeLessThan(60)
})

test('a page with nothing prerendered in it requests the app at once', async ({ page }) => {
  // This build has no prerendered pages. The boot script (src/boot.ts) waits for a
  // prerendered page's first paint before it requests the app; here there is nothing to
  // paint, and it once waited out its one-second fallback instead.
  await page.goto('/')
  await expect(items(page).first()).toBeVisible()
  const wait = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => entry.startTime)
    // From the end of parsing (the boot script runs then) to its first request for a chunk.
    return Math.min(...scripts) - (navigation?.domInteractive ?? 0)
  })
  expect(wait).toBeLessThan(1000)
})

test('events left out of the calendar are counted, and listed as links when the reader asks', async ({
  page,
}) => {
  await page.goto('/')
  const exportsRegion = page.getByRole('region', { name: 'Download and print' })
  const note = exportsRegion.getByText(
    /^\d+ events are left out of the calendar file because no exact day is known\.$/,
  )
  await expect(note).toBeVisible()
  const count = Number(/^\d+/.exec((await note.textContent()) ?? '')?.[0])
  // Past five, the events are not in the page until asked for: a paragraph of hundreds of
  // titles pushed the timeline screens down.
  expect(count).toBeGreaterThan(5)
  const which = exportsRegion.getByText('Which events', { exact: true })
  const list = exportsRegion.getByRole('list', { name: 'Which events' })
  await expect(list).toHaveCount(0)
  // The disclosure opens from the keyboard and lists every event the note counts, each a link
  // to its event.
  await which.focus()
  await expect(which).toBeFocused()
  await page.keyboard.press('Enter')
  const links = list.getByRole('link')
  await expect(links).toHaveCount(count)
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Enter')
  await expect(list).toHaveCount(0)
  // Followed from the keyboard, a link opens its event.
  await page.keyboard.press('Enter')
  const first = links.first()
  const title = (await first.textContent()) ?? ''
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/events\/[^/?]+$/)
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible()
})

/** Pairs of the axis's month, day and break labels that are shown and overlap in one row. */
async function overlappingLabels(page: Page): Promise<string[]> {
  // The labels are hidden from assistive technology (the markers carry their dates): they are
  // the text of the axis's hidden parts, whatever marks them.
  return page
    .getByRole('region', { name: /^(Time axis|時間軸)$/ })
    .locator('[aria-hidden="true"] *')
    .evaluateAll((elements) => {
      const boxes = elements
        .filter((element) =>
          [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          ),
        )
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => ({
          text: element.textContent ?? '',
          box: element.getBoundingClientRect(),
        }))
      const found: string[] = []
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const shared = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
          const sameRow = shared > Math.min(a.box.height, b.box.height) / 2
          if (sameRow && a.box.left < b.box.right && b.box.left < a.box.right)
            found.push(`${a.text} / ${b.text}`)
        }
      })
      return found
    })
}

for (const { path, width } of [
  { path: '/', width: 1280 },
  { path: '/', width: 900 },
  { path: '/ja/', width: 1280 },
]) {
  test(`the axis's labels never overlap over years of events (${path} at ${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(path)
    await expect(page.getByRole('article').first()).toBeVisible()
    // Years of generated events leave many long gaps close together: their "3 months later"
    // labels and the month names once printed over each other.
    await expect.poll(() => overlappingLabels(page)).toEqual([])
    // Zoomed in, with other labels: still none overlap.
    await page.getByRole('link', { name: /^(Zoom in|拡大)$/ }).click()
    await expect(page).toHaveURL(/time=/)
    await expect.poll(() => overlappingLabels(page)).toEqual([])
  })
}
