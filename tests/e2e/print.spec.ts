import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** The text CSS draws after an element, e.g. a link's printed address. */
function after(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element, '::after').content)
}

test('printing the timeline gives every filtered event in full, and no controls', async ({
  page,
}) => {
  await page.goto('/?country=JP')
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
  // On screen the digest is not there at all.
  await expect(page.getByRole('heading', { name: /events$/, level: 1 })).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })

  for (const name of ['Print', 'Copy link', 'Calendar (.ics)', 'Data (JSON)'])
    await expect(page.getByRole('button', { name })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeHidden()
  await expect(page.getByRole('link', { name: /Show both countries/ })).toBeHidden()
  await expect(page.getByRole('list', { name: 'Topic' })).toBeHidden()

  const digest = page.getByRole('region', {
    name: 'France–Japan Comprehensive Space Dialogue, January 2023: events',
  })
  await expect(digest).toBeVisible()
  await expect(digest).toContainText('Shown: Japan — 5 events')
  const events = digest.getByRole('article')
  await expect(events).toHaveCount(5)
  const ariane = events.filter({ hasText: 'Visit to the ArianeGroup site at Les Mureaux' })
  await expect(ariane.locator('time')).toHaveText('20 January 2023')
  await expect(ariane).toContainText('ArianeGroup site, Les Mureaux (Yvelines)')
  await expect(ariane).toContainText('ArianeGroup; French delegation; Japanese delegation')
  await expect(ariane).toContainText('Ariane 6 main (lower) stage is assembled at Les Mureaux')
  const startUps = events.filter({ hasText: 'Meeting with French space start-ups' })
  await expect(startUps).toContainText('Date not stated.')
  await expect(startUps).toContainText('Place not stated in the press release')

  // Links print their address.
  expect(await after(page, 'a[href^="https://ariane6.cnes.fr"]')).toContain(
    'https://ariane6.cnes.fr/en/organization-13',
  )
  expect(await after(page, 'a[href="/events/ariane-group-visit"]')).toContain(
    '/events/ariane-group-visit',
  )
})

test("a prerendered page prints its own digest before the digest's code is fetched", async ({
  page,
}) => {
  // The digest's code is not part of the first load (src/features/exports/PrintDigestSlot.tsx):
  // the page's prerendered digest prints as it is until the view changes.
  const fetched: string[] = []
  page.on('request', (request) => {
    if (/\/PrintDigest-[^/]*\.js$/.test(new URL(request.url()).pathname))
      fetched.push(request.url())
  })
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  expect(fetched).toEqual([])
  await page.emulateMedia({ media: 'print' })
  const digest = page.getByRole('region', {
    name: 'France–Japan Comprehensive Space Dialogue, January 2023: events',
  })
  await expect(digest).toContainText('Shown: all events — 5 events')
  await expect(digest.getByRole('article')).toHaveCount(5)

  // Another filter: the digest follows, with its code fetched then. The page starts printing
  // before that code has arrived (held here until then): the digest draws as it arrives.
  await page.emulateMedia({ media: 'screen' })
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/PrintDigest-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page
    .getByRole('list', { name: 'Show events for' })
    .getByRole('link', { name: /Japan/ })
    .click()
  await expect.poll(() => fetched.length).toBe(1)
  await page.emulateMedia({ media: 'print' })
  release()
  await expect(digest).toContainText('Shown: Japan — 5 events')
  await expect(digest.getByRole('article')).toHaveCount(5)
  expect(fetched).toHaveLength(1)
})

test('printing the source view keeps the release and drops the controls', async ({ page }) => {
  await page.goto('/ja/source')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'リンクをコピー' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: '出典' })).toBeVisible()
  await expect(page.locator('p#p-8')).toBeVisible()
  expect(
    await after(page, 'a[href="https://www.arabnews.jp/article/features/article_84420"]'),
  ).toContain('arabnews.jp')
})

test('printing a delegation panel shows it without navigation', async ({ page }) => {
  await page.goto('/fr/delegations/jp')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: /Délégation japonaise/ })).toBeVisible()
})
