import type { Page } from '@playwright/test'
import { axeViolations } from './axe'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

// The rounds compared (issue 33, item 4): one column per meeting, one row per fact, every
// cell cited or saying that the sources are silent; a real table, readable at 360 px.

const MEETINGS = [
  '1st round, 2016',
  '2nd round, 2017',
  'Preparatory meeting, 2020',
  '3rd round, 2023',
  '4th round, 2026',
]
const ROWS = [
  'Date',
  'Place',
  'Format',
  'Host',
  'Co-chairs',
  'Participating bodies',
  'Subjects',
  'Documents signed',
]

function table(page: Page) {
  return page.getByRole('table', { name: /meetings of the France–Japan/ })
}

test('a table with a column per meeting and a row per fact, each cell cited or silent', async ({
  page,
}) => {
  await page.goto('/rounds')
  await waitForApp(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The rounds of the dialogue compared',
  )
  const columns = table(page).getByRole('columnheader')
  await expect(columns).toHaveText(MEETINGS)
  await expect(table(page).getByRole('rowheader')).toHaveText(ROWS)
  const cells = table(page).getByRole('cell')
  // Five meetings × eight facts, and the empty corner.
  await expect(cells).toHaveCount(MEETINGS.length * ROWS.length + 1)
  let silent = 0
  for (const cell of await cells.all()) {
    const text = (await cell.textContent()) ?? ''
    if (text === '') continue
    if (text.endsWith('Not stated in the sources')) silent += 1
    else await expect(cell.getByText(/^\d+ sources?$/)).toBeVisible()
  }
  // Where section C and the release say nothing: four facts of the 1st round, four of the
  // preparatory meeting, the documents of the 3rd, the bodies and documents of the 4th.
  expect(silent).toBe(11)
  // A cell's sources are the same passages as elsewhere, with the source's address.
  const documents = table(page).getByRole('row', { name: /^Documents signed/ })
  await documents.getByText('2 sources').click()
  await expect(
    documents.getByRole('link', { name: /Ministry of Foreign Affairs of Japan/ }).first(),
  ).toHaveAttribute('href', 'https://www.mofa.go.jp/mofaj/fp/sp/page23_001966.html')
  await expect(documents.getByText(/「包括的宇宙パートナーシップ 意図表明文書」/)).toBeVisible()
})

test('each meeting heading opens that meeting on the timeline', async ({ page }) => {
  await page.goto('/rounds')
  await waitForApp(page)
  await table(page)
    .getByRole('link', { name: /^Preparatory meeting, 2020/ })
    .click()
  await expect(page).toHaveURL(/\/events\/preparatory-meeting-2020$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Preparatory meeting of the space dialogue' }),
  ).toBeVisible()
})

test('the keyboard goes through the table in reading order and opens a cell’s sources', async ({
  page,
}) => {
  await page.goto('/rounds')
  await waitForApp(page)
  await table(page)
    .getByRole('link', { name: /^1st round, 2016/ })
    .focus()
  // The five meeting headings, in order, then the first row's cells.
  for (const name of MEETINGS.slice(1)) {
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(`^${name}`))
  }
  await page.keyboard.press('Tab')
  const summary = page.locator(':focus')
  await expect(summary).toHaveText(/1 source/)
  await page.keyboard.press('Enter')
  await expect(
    table(page).getByRole('row', { name: /^Date/ }).getByText('Outside source').first(),
  ).toBeVisible()
})

test('the main navigation leads to the rounds, and marks it as the current page', async ({
  page,
}) => {
  await page.goto('/')
  await waitForApp(page)
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Rounds' }).click()
  await expect(page).toHaveURL(/\/rounds$/)
  await expect(nav.getByRole('link', { name: 'Rounds' })).toHaveAttribute('aria-current', 'page')
})

for (const javaScriptEnabled of [true, false]) {
  test(`at 360 px, one card per meeting and no sideways scroll, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    freshContext,
  }) => {
    const context = await freshContext({ viewport: { width: 360, height: 780 }, javaScriptEnabled })
    const page = await context.newPage()
    await page.goto('/ja/rounds')
    const grid = page.getByRole('table')
    await expect(grid.getByRole('columnheader')).toHaveCount(5)
    // Each meeting's heading comes before its own facts, not beside the others'.
    const first = await grid.getByRole('columnheader').first().boundingBox()
    const second = await grid.getByRole('columnheader').nth(1).boundingBox()
    expect(second?.y ?? 0).toBeGreaterThan((first?.y ?? 0) + 200)
    expect(second?.x).toBe(first?.x)
    // Each fact names its row on the card.
    await expect(grid.getByText('共同議長', { exact: true }).filter({ visible: true })).toHaveCount(
      5,
    )
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(360)
  })
}

for (const lang of ['', '/fr', '/ja']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the rounds are accessible (${lang || '/en'}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto(`${lang}/rounds`)
      expect(await axeViolations(page)).toEqual([])
    })
  }
}
