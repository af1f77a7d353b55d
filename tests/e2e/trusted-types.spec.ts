import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { allowDocument404, SITE, STATIC_URL, waitForApp } from './static-host'

// Every page's policy has `require-trusted-types-for 'script'` (src/lib/seo.ts): a string
// that reached innerHTML, a script's src or eval would be refused and reported. The one home
// of a violation listener: this goes through every kind of page and what renders client-side
// (filters, topics, the next-event link, a download, a language switch, the navigation, the
// not-found page) and fails on any report (the fixtures also fail on the console error
// Chromium logs).

test.use({ baseURL: STATIC_URL })

const href = (path: string) => `${SITE.basePath}${path.slice(1)}`

/** Violations of any kind reported to the page, collected from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { policyViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
    })
  })
  return () =>
    page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)
}

test('every kind of page, filters, navigation, exports and the not-found page run without a violation', async ({
  page,
  problems,
}) => {
  const violations = await watchViolations(page)
  await page.goto(href('/?country=JP&topic=industry'))
  await waitForApp(page)
  await page
    .getByRole('list', { name: 'Show events for' })
    .getByRole('link', { name: /^France/ })
    .click()
  await expect(page).toHaveURL(/country=FR/)
  await page.getByRole('link', { name: 'Show all topics' }).click()
  await page
    .getByRole('list', { name: 'Show events for' })
    .getByRole('link', { name: /^Both/ })
    .click()
  await expect(page).toHaveURL(`${STATIC_URL}${href('/')}`)
  await page
    .getByRole('link', { name: 'Plenary of the space dialogue at the SGDSN' })
    .first()
    .click()
  await page.getByRole('link', { name: /^Next event/ }).click()
  await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.json$/)
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: '日本語' })
    .click()
  await expect(page).toHaveURL(/\/ja\/events\/start-up-meeting$/)
  expect(await violations()).toEqual([])

  // The other kinds of page, opened cold and moved between: their markup, hydrated, and the
  // markup the app renders client-side. (Every page's policy allows exactly its own inline
  // code, by hash: tests/site/heads.test.ts.)
  for (const path of ['/delegations', '/fr/delegations/jp', '/ja/source']) {
    await page.goto(href(path))
    await waitForApp(page)
    expect(await violations(), path).toEqual([])
  }
  await page
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: '代表団' })
    .click()
  await expect(page).toHaveURL(/\/ja\/delegations$/)
  expect(await violations()).toEqual([])

  expect((await page.goto(href('/events/no-such-event')))?.status()).toBe(404)
  await waitForApp(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  expect(await violations()).toEqual([])
  allowDocument404(problems)
})
