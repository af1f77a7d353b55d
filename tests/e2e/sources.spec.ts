import type { Page } from '@playwright/test'
import { expectAxeClean } from './axe'
import { expect, test } from './fixtures'

function release(page: Page) {
  return page.getByRole('region', { name: 'Joint press release, 19 January 2023' })
}

test('shows the whole release with the cited passages marked', async ({ page }) => {
  await page.goto('/source')
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page')
  const text = release(page)
  // First and last words of the release, emphasis rendered rather than shown as asterisks.
  await expect(text).toContainText('Joint Press Release– Comprehensive Space dialogue')
  await expect(text).toContainText('their GeoTracker space surveillance network.')
  await expect(text.locator('em', { hasText: 'Ariane 6' })).toBeVisible()
  await expect(text).not.toContainText('*')
  await expect(text.locator('mark').first()).toBeVisible()
  await expect(text.locator('mark', { hasText: 'civil cooperation' })).toBeVisible()
  // The overview now cites the sentence on the quality of the dialogue.
  await expect(text.locator('mark', { hasText: 'The quality of the dialogue' })).toBeVisible()
  // The release's heading line is cited by nothing and stays unmarked.
  const heading = text.getByText('Joint Press Release– Comprehensive Space dialogue', {
    exact: false,
  })
  await expect(heading.locator('mark')).toHaveCount(0)
})

test('a citation links to its passage, and the passage links back', async ({ page }) => {
  await page.goto('/events/ariane-group-visit')
  const detail = page.getByRole('article', { name: 'Visit to the ArianeGroup site at Les Mureaux' })
  await detail.getByRole('link', { name: 'Read it in the press release' }).last().click()
  await expect(page).toHaveURL(/\/source#q-[0-9a-z]+$/)
  const paragraph = page.locator('p[id^="p-"]:focus')
  await expect(paragraph).toBeFocused()
  await expect(paragraph).toContainText('where they were given a presentation')
  // The followed passage stands out from the other marks, word for word.
  const followed = await paragraph.locator('mark[data-followed]').allTextContents()
  expect(followed.join('')).toBe(
    'where they were given a presentation of the programme and production line of the Ariane 6 launcher and their GeoTracker space surveillance network',
  )
  const citedBy = page.getByRole('group', { name: /Cited by: Paragraph 8/ })
  await expect(citedBy.getByRole('link', { name: 'ArianeGroup', exact: true })).toBeVisible()
  await citedBy.getByRole('link', { name: 'Visit to the ArianeGroup site at Les Mureaux' }).click()
  await expect(page).toHaveURL(/\/events\/ariane-group-visit$/)
})

test('people and organisations cite their passages too', async ({ page }) => {
  await page.goto('/source')
  const chairs = page.getByRole('group', { name: /Cited by: Paragraph 4/ })
  await chairs.getByRole('link', { name: 'KASAI Yasuyuki' }).click()
  await expect(page).toHaveURL(/\/delegations\/jp#person-kasai$/)
  await page.goto('/source')
  const topics = page.getByRole('group', { name: /Cited by: Paragraph 6/ })
  await topics.getByRole('link', { name: 'Civil cooperation' }).click()
  await expect(page).toHaveURL(/\/\?topic=civil$/)
})

test('outside sources show their address, confidence and what cites them', async ({ page }) => {
  await page.goto('/source')
  const outside = page.getByRole('region', { name: 'Outside sources' })
  const entry = outside.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Arab News Japan, Japanese report of the meeting' }),
  })
  await expect(
    entry.getByRole('link', { name: 'https://www.arabnews.jp/article/features/article_84420' }),
  ).toBeVisible()
  await expect(entry).toContainText('One secondary source; verified there only.')
  await expect(
    entry.getByRole('link', { name: 'Plenary of the space dialogue at the SGDSN' }),
  ).toBeVisible()
  // An outside citation in the app leads to its source's entry.
  await page.goto('/events/g7-hiroshima')
  await page.getByRole('link', { name: 'About this source' }).first().click()
  await expect(page).toHaveURL(/\/source#source-japan-gov-g7$/)
  await expect(page.locator('#source-japan-gov-g7')).toBeFocused()
})

test('in French and Japanese the release keeps its English, marked as such', async ({ page }) => {
  for (const [path, notice] of [
    ['/fr/source', 'Le communiqué a été publié en anglais'],
    ['/ja/source', 'プレスリリースは英語で発表された'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByText(notice)).toBeVisible()
    const paragraphs = page.locator('p[id^="p-"]')
    await expect(paragraphs).toHaveCount(8)
    for (const lang of await paragraphs.evaluateAll((ps) => ps.map((p) => p.getAttribute('lang'))))
      expect(lang).toBe('en')
  }
  await expect(page.getByRole('link', { name: 'プレスリリースで読む' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 2, name: '外部資料' })).toBeVisible()
})

for (const path of ['/source', '/fr/source']) {
  test(`axe finds nothing on ${path}, light and dark`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectAxeClean(page, path)
  })
}

test('axe finds nothing on a followed passage, in Japanese, light and dark', async ({ page }) => {
  await page.goto('/ja/events/plenary')
  await page.getByRole('link', { name: 'プレスリリースで読む' }).first().click()
  await expect(page).toHaveURL(/\/ja\/source#q-/)
  await expect(page.locator('mark[data-followed]').first()).toBeVisible()
  await expectAxeClean(page, '/ja/source#q-…')
})
