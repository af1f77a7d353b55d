import type { Page, Response } from '@playwright/test'
import { expect, test } from './fixtures'
import { allowDocument404, SITE, STATIC_URL, waitForApp } from './static-host'

// Every address answers truthfully on a plain static host (scripts/static-server.js): forms of
// a page's address a person might type redirect to it, anything else is "Page not found" in
// the status and on screen, with JavaScript and without. The rule: docs/deploy.md, "What the host
// must do"; src/lib/address.ts and scripts/static-host.js.

test.use({ baseURL: STATIC_URL })

// Absolute, so that `//x/` stays a path on this host and is not read as another host.
const href = (path: string) => `${STATIC_URL}${SITE.basePath}${path.slice(1)}`
const PLENARY = 'Plenary of the space dialogue at the SGDSN'

/** Typed forms of a page's address: [address, the canonical address, a heading of the view]. */
const REDIRECTS: readonly [string, string, string][] = [
  ['/events/plenary/', '/events/plenary', PLENARY],
  ['/events/plenary.html', '/events/plenary', PLENARY],
  ['/en/events/plenary', '/events/plenary', PLENARY],
  ['/Events/Plenary/?country=JP', '/events/plenary?country=JP', PLENARY],
  ['/index.html', '/', 'Timeline'],
  ['/EN/', '/', 'Timeline'],
  ['/fr/', '/fr', 'Chronologie'],
  ['/fr/index.html', '/fr', 'Chronologie'],
  ['/source/', '/source', 'Sources'],
  ['/delegations/', '/delegations', 'Delegations'],
  ['/delegations/FR', '/delegations/fr', 'French delegation'],
  ['/ja/delegations/JP/', '/ja/delegations/jp', '日本代表団'],
]

/** Addresses of no page: [address, what the bar shows after, the not-found heading]. */
const MISSING: readonly [string, RegExp, string][] = [
  ['/events/plenary/extra', /\/events\/plenary\/extra$/, 'Page not found'],
  ['/delegations/fr/x', /\/delegations\/fr\/x$/, 'Page not found'],
  ['/404', /\/404$/, 'Page not found'],
  // With JavaScript, 404.html asks for /404 (a typed form of it), which is not found either.
  ['/404.html', /\/404(\.html)?$/, 'Page not found'],
  ['/events%2fplenary', /\/events%2fplenary$/, 'Page not found'],
  ['//x/', /:\d+\/\/x\/$/, 'Page not found'],
  // The router tidies the empty segment away, but never leaves the site or finds a page.
  ['/en//evil.example', /:\d+\/en\/+evil\.example$/, 'Page not found'],
  ['/nope/', /\/nope\/?$/, 'Page not found'],
]

async function redirectStatus(response: Response | null): Promise<number | undefined> {
  return (await response?.request().redirectedFrom()?.response())?.status()
}

function heading(page: Page, name: string) {
  return page.getByRole('heading', { name, exact: true }).first()
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('typed forms of an address redirect to the page’s one address', async ({ page }) => {
      // A page load per row of the table: 43 s of the default 60 beside a second suite.
      test.setTimeout(120_000)
      for (const [path, canonical, name] of REDIRECTS) {
        const response = await page.goto(href(path))
        expect(await redirectStatus(response), path).toBe(301)
        expect(response?.status(), path).toBe(200)
        await expect(page, path).toHaveURL(href(canonical))
        if (javaScriptEnabled) await waitForApp(page)
        await expect(heading(page, name), path).toBeVisible()
        await expect(page.getByText('Page not found')).toHaveCount(0)
      }
    })

    test('addresses of no page are 404 in status and on screen', async ({ page, problems }) => {
      for (const [path, shown, name] of MISSING) {
        const response = await page.goto(href(path))
        expect(response?.status(), path).toBe(404)
        expect(await redirectStatus(response), path).toBeUndefined()
        if (javaScriptEnabled) await waitForApp(page)
        await expect(heading(page, name), path).toBeVisible()
        await expect(page, path).toHaveURL(shown)
        await expect(page.getByRole('heading', { name: PLENARY }), path).toHaveCount(0)
      }
      allowDocument404(problems)
    })
  })
}

test('404.html stands for any address, and the app says what exactly is missing', async ({
  page,
  problems,
}) => {
  const event = await page.goto(href('/events/no-such-event'))
  expect(event?.status()).toBe(404)
  await waitForApp(page)
  await expect(
    page.getByText('There is no event called “no-such-event” in this timeline.'),
  ).toBeVisible()
  const french = await page.goto(href('/fr/events/no-such-event'))
  expect(french?.status()).toBe(404)
  await waitForApp(page)
  await expect(heading(page, 'Page introuvable')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
  // Its way back leads to a page the host has.
  await page.getByRole('main').getByRole('link', { name: 'Retour à la chronologie' }).click()
  await expect(page).toHaveURL(href('/fr'))
  await expect(heading(page, 'Chronologie')).toBeVisible()
  allowDocument404(problems)
})

test('the address keeps only the query the app reads, normalised', async ({ page }) => {
  const queries: [string, string][] = [
    ['/events/plenary?country=%22JP%22&utm_source=x', '/events/plenary?country=JP'],
    ['/?zzz=1', '/'],
    ['/source?country=jp&a=b', '/source?country=JP'],
    ['/delegations?country=FR&country=JP', '/delegations'],
    ['/?topic=%22CIVIL%22&country=xx', '/?topic=civil'],
  ]
  for (const [path, canonical] of queries) {
    await page.goto(href(path))
    await waitForApp(page)
    await expect(page, path).toHaveURL(href(canonical))
  }
})
