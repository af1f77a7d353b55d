import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

function languageNav(page: Page) {
  return page.getByRole('navigation', { name: /^(Language|Langue|言語)$/ })
}

test('switching language keeps the open event and the filter', async ({ page }) => {
  await page.goto('/events/plenary?country=JP')
  await expect(
    page.getByRole('heading', { level: 2, name: 'Plenary of the space dialogue at the SGDSN' }),
  ).toBeVisible()

  await languageNav(page).getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/events\/plenary\?country=JP$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Séance plénière du dialogue spatial au SGDSN' }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
  await expect(page).toHaveTitle(/Séance plénière/)
  await expect(page.getByRole('link', { name: /^Japon/ })).toHaveAttribute('aria-current', 'page')

  await languageNav(page).getByRole('link', { name: '日本語' }).click()
  await expect(page).toHaveURL(/\/ja\/events\/plenary\?country=JP$/)
  await expect(
    page.getByRole('heading', { level: 2, name: '国防・国家安全保障事務総局で宇宙対話の全体会合' }),
  ).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
  await expect(page.getByText('2023年1月19日').filter({ visible: true }).first()).toBeVisible()

  await languageNav(page).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/events\/plenary\?country=JP$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')

  // Back and forward walk through the languages as they were visited.
  await page.goBack()
  await expect(page).toHaveURL(/\/ja\/events\/plenary\?country=JP$/)
  await page.goBack()
  await expect(page).toHaveURL(/\/fr\/events\/plenary\?country=JP$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Séance plénière du dialogue spatial au SGDSN' }),
  ).toBeVisible()
  await page.goForward()
  await expect(
    page.getByRole('heading', { level: 2, name: '国防・国家安全保障事務総局で宇宙対話の全体会合' }),
  ).toBeVisible()
})

test('the delegation panel keeps its language on reload', async ({ page }) => {
  await page.goto('/ja/delegations/jp')
  await expect(page.getByRole('heading', { level: 1, name: '日本代表団' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: '日本代表団' })).toBeVisible()
  await expect(page.getByText('宇宙航空研究開発機構').first()).toBeVisible()
  // The co-chair's Japanese spelling comes from one secondary source, and the panel says so.
  const kasai = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: '河西康之' }) })
  await kasai.getByText('出典（2件）').click()
  await expect(kasai.getByText('二次資料1件のみ。この資料でのみ確認。')).toBeVisible()

  await page.goto('/fr/delegations/fr')
  await expect(page.getByRole('heading', { level: 1, name: 'Délégation française' })).toBeVisible()
  await expect(page.getByText('Centre national d’études spatiales').first()).toBeVisible()
  await expect(page.getByText('Vincent COUSIN')).toBeVisible()
})

test('dates follow each language, with their precision', async ({ page }) => {
  await page.goto('/fr/events/g7-hiroshima')
  await expect(
    page.locator('time', { hasText: 'mai 2023' }).filter({ visible: true }).first(),
  ).toHaveAttribute('datetime', '2023-05')
  await expect(page.getByText('19–21 mai 2023').filter({ visible: true })).toBeVisible()
  await page.goto('/ja/events/g7-hiroshima')
  await expect(
    page.locator('time', { hasText: '2023年5月' }).filter({ visible: true }).first(),
  ).toHaveAttribute('datetime', '2023-05')
  await expect(page.getByText('2023年5月19日～21日').filter({ visible: true })).toBeVisible()
  await page.goto('/ja/events/start-up-meeting')
  await expect(page.getByText('日付の記載なし').filter({ visible: true }).first()).toBeVisible()
})

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' })

  test('is sent to Japanese on a bare visit, and only then', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/ja$/)
    await expect(page.getByRole('heading', { level: 1, name: '年表' })).toBeVisible()

    // An explicit English address stays English.
    await page.goto('/events/plenary')
    await expect(
      page.getByRole('heading', { level: 2, name: 'Plenary of the space dialogue at the SGDSN' }),
    ).toBeVisible()

    // Choosing English is remembered for the next bare visit.
    await page.goto('/ja')
    await languageNav(page).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/$/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  })
})

test('Japanese text is set in a Japanese font first, on every page', async ({ page }) => {
  // The first font of the computed list: a Japanese font for Japanese text, so that its runs
  // do not go through the browser's font fallback, which was most of a Japanese page's first
  // layout (src/styles/tokens.css, --font-sans-ja).
  const firstFont = (locator: Locator) =>
    locator.evaluate((element) =>
      (getComputedStyle(element).fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, ''),
    )
  await page.goto('/ja/events/plenary')
  expect(await firstFont(page.locator('body'))).toBe('Hiragino Sans')
  expect(await firstFont(page.getByRole('heading', { level: 1 }))).toBe('Hiragino Sans')
  await page.goto('/fr/')
  expect(await firstFont(page.locator('body'))).toBe('system-ui')
  // The switcher's 日本語 on a French page is Japanese text too.
  expect(await firstFont(languageNav(page).getByRole('link', { name: '日本語' }))).toBe(
    'Hiragino Sans',
  )
})
