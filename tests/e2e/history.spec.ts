import type { Locator, Page } from '@playwright/test'
import { expectAxeClean } from './axe'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

// The dialogue in its history (issue 33): the mission's view stays the default, a preset and
// a deep link open the whole history, and the events of the history have their own pages.

const MISSION = [
  'Prime Minister Kishida visits Paris',
  'Plenary of the space dialogue at the SGDSN',
  'Meeting with French space start-ups',
  'Visit to the ArianeGroup site at Les Mureaux',
  'G7 Summit in Hiroshima',
]
const HISTORY = '/?time=2015-02-28..2026-01-16'

function eventList(page: Page): Locator {
  return page.getByRole('region', { name: 'Events' }).getByRole('list').first()
}

function zoom(page: Page): Locator {
  return page.getByRole('group', { name: 'Zoom' })
}

test('the default view is the mission’s: the same five events, January to May 2023', async ({
  page,
}) => {
  await page.goto('/')
  await waitForApp(page)
  const titles = eventList(page).getByRole('article').getByRole('heading', { level: 3 })
  await expect(titles).toHaveText(MISSION)
  await expect(page.getByText('Showing all 5 events')).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
})

test('the default view offers no kind filter, and an older range still opens the mission', async ({
  page,
}) => {
  await page.goto('/')
  await waitForApp(page)
  await expect(page.getByRole('list', { name: 'Topic' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Kind of event' })).toHaveCount(0)
  // A range from before the history, reaching no event of it, is clamped into the mission.
  await page.goto('/?time=2022-12-01..2023-01-12')
  await waitForApp(page)
  await expect(page.getByRole('region', { name: 'Time axis' })).toContainText(
    'Showing 8–12 January 2023',
  )
  await expect(zoom(page).getByRole('link', { name: 'Whole history' })).toBeVisible()
})

test('on a phone the history preset stays on the axis’s first row', async ({ freshContext }) => {
  const context = await freshContext({ viewport: { width: 360, height: 780 } })
  const page = await context.newPage()
  await page.goto('/')
  const preset = page.getByRole('link', { name: 'Whole history' })
  const heading = page.getByRole('heading', { name: 'Time axis' })
  const [a, b] = [await preset.boundingBox(), await heading.boundingBox()]
  expect(
    Math.abs((a?.y ?? 0) + (a?.height ?? 0) / 2 - ((b?.y ?? 0) + (b?.height ?? 0) / 2)),
  ).toBeLessThan(8)
  await preset.click()
  await expect(page).toHaveURL(/time=2015-02-28\.\.2026-01-16/)
})

test('the “Whole history” preset opens every event, and its address round-trips', async ({
  page,
}) => {
  await page.goto('/')
  await waitForApp(page)
  await zoom(page).getByRole('link', { name: 'Whole history' }).click()
  await expect(page).toHaveURL(/\?time=2015-02-28\.\.2026-01-16$/)
  const titles = eventList(page).getByRole('article').getByRole('heading', { level: 3 })
  await expect(titles.first()).toHaveText('“2+2” ministers’ meeting of March 2015')
  await expect(titles.last()).toHaveText('4th round of the space dialogue')
  await expect(titles).toHaveCount(21)
  await page.reload()
  await waitForApp(page)
  await expect(titles).toHaveCount(21)
  // And back to the mission's days, from the same group.
  await zoom(page).getByRole('link', { name: 'January–May 2023' }).click()
  await expect(titles).toHaveText(MISSION)
  await page.goBack()
  await expect(page).toHaveURL(/\?time=2015-02-28\.\.2026-01-16$/)
  await expect(titles).toHaveCount(21)
  await page.goBack()
  await expect(titles).toHaveText(MISSION)
})

/** The history's events and the sources only they cite (src/content/history.ts): its own chunk. */
const HISTORY_CODE = /\/history-[^/]*\.js$/

test('the overview leaves the history for later: the preset fetches it, another language brings its text', async ({
  page,
}) => {
  const fetched: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (HISTORY_CODE.test(path)) fetched.push(path)
  })
  await page.goto('/')
  await waitForApp(page)
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual([])
  // By the keyboard: no hover, so no early fetch; the click waits for it, then shows it whole.
  await zoom(page).getByRole('link', { name: 'Whole history' }).focus()
  await page.keyboard.press('Enter')
  const titles = eventList(page).getByRole('article').getByRole('heading', { level: 3 })
  await expect(titles).toHaveCount(21)
  await expect(titles.first()).toHaveText('“2+2” ministers’ meeting of March 2015')
  expect(fetched).toHaveLength(1)
  // French is loaded after the history: it brings its own text of the history's events.
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Français' })
    .click()
  await expect(page).toHaveURL(/\/fr\/?\?time=2015-02-28\.\.2026-01-16$/)
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: 'Réunion «\u202f2+2\u202f» des ministres de mars 2015',
    }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 3, name: '4e session du dialogue spatial' }),
  ).toBeVisible()
  expect(fetched).toHaveLength(1)
})

test('the history that cannot be fetched says so, and comes with “Try again”', async ({
  page,
  problems,
}) => {
  await page.goto('/')
  await waitForApp(page)
  await page.route(HISTORY_CODE, (route) => route.abort('internetdisconnected'))
  await zoom(page).getByRole('link', { name: 'Whole history' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
  await page.unroute(HISTORY_CODE)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(eventList(page).getByRole('article')).toHaveCount(21)
  // The failed fetch is on the console, as the browser reports it: this test's doing.
  problems.splice(
    0,
    problems.length,
    ...problems.filter((p) => !/history-|Failed to fetch|dynamically imported/i.test(p)),
  )
})

test('a deep link wider than the content opens the whole history', async ({ page }) => {
  await page.goto('/?time=2015-03-01..2026-01-31')
  await waitForApp(page)
  await expect(eventList(page).getByRole('article')).toHaveCount(21)
})

test('an event of the history has its page, cited, with the source’s confidence', async ({
  page,
}) => {
  await page.goto('/events/first-round-2016')
  await waitForApp(page)
  await expect(
    page.getByRole('heading', { level: 2, name: '1st round of the space dialogue' }),
  ).toBeVisible()
  await expect(page.getByText(/Reported by gov-base\.info/).first()).toBeVisible()
  await expect(
    page.getByRole('link', { name: /Embassy of Japan in France, the 2nd France–Japan/ }).first(),
  ).toHaveAttribute(
    'href',
    'http://www.fr.emb-japan.go.jp/actualite/2017/2eDiaogueEspace-FrJp-24-3-2017.html',
  )
  // Its timeline is the history's: the open event is in the list.
  await expect(eventList(page).getByRole('article')).toHaveCount(21)
})

test('an online meeting says so, in every language', async ({ page }) => {
  await page.goto('/fr/events/preparatory-meeting-2020')
  await waitForApp(page)
  await expect(
    page.getByText('En ligne', { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible()
  await page.goto('/ja/events/two-plus-two-2022')
  await waitForApp(page)
  await expect(
    page.getByText('テレビ会議', { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible()
})

// Each language at a desktop width and on a phone, where the history's strip is wider than the
// screen and scrolls sideways: every WCAG rule in light, the colour rules again in dark.
for (const lang of ['', '/fr', '/ja']) {
  for (const width of [1280, 360]) {
    test(`the history view is accessible (${lang || '/en'}, ${width} px, light and dark)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 800 })
      await page.goto(`${lang}${HISTORY}`)
      await expectAxeClean(page, `${lang || '/en'}${HISTORY} at ${width} px`)
    })
  }
}

test('the kind facet narrows the history to the ministers’ “2+2”, and stays in the address', async ({
  page,
}) => {
  await page.goto(HISTORY)
  await waitForApp(page)
  const kinds = page.getByRole('list', { name: 'Kind of event' })
  await kinds.getByRole('link', { name: /Ministers’ “2\+2” 6 events/ }).click()
  await expect(page).toHaveURL(/kind=ministers/)
  const titles = eventList(page).getByRole('article').getByRole('heading', { level: 3 })
  await expect(titles).toHaveCount(6)
  await expect(titles.first()).toHaveText('“2+2” ministers’ meeting of March 2015')
  await expect(page.getByText('6 events of the kind “Ministers’ “2+2””')).toBeVisible()
  // Retained on an event page, like the other filters.
  await titles.nth(1).click()
  await expect(page).toHaveURL(/\/events\/two-plus-two-2017\?.*kind=ministers/)
})
