import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

/** A page is one page: one banner, one main landmark, and no stack trace anywhere. */
async function expectOneFrameNoStack(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\bat \S+ \(|\.(js|tsx?):\d+|Error:|undefined|\[object Object\]/)
}

test.describe('not-found views', () => {
  const cases = [
    {
      path: '/events/nope',
      message: 'There is no event called “nope” in this timeline.',
    },
    {
      path: '/delegations/xx',
      message: 'There is no delegation called “xx”. There are two: France and Japan.',
    },
    {
      path: '/zz/events/plenary',
      message: 'This address does not match any page of the timeline.',
    },
    { path: '/nope', message: 'This address does not match any page of the timeline.' },
  ]
  for (const { path, message } of cases) {
    test(`${path} says so, with ways back`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await expect(page).toHaveTitle('Page not found · France–Japan Space Dialogue 2023')
      await expect(page.getByText(message)).toBeVisible()
      await expect(page.getByRole('link', { name: 'France: panel' })).toHaveAttribute(
        'href',
        '/delegations/fr',
      )
      await expect(page.getByRole('link', { name: 'Japan: panel' })).toHaveAttribute(
        'href',
        '/delegations/jp',
      )
      await expectOneFrameNoStack(page)
      await page.getByRole('main').getByRole('link', { name: 'Back to the timeline' }).click()
      await expect(page).toHaveURL(/\/$/)
      await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
      await expect(page).toHaveTitle('France–Japan Space Dialogue 2023: timeline')
    })
  }

  test('the view speaks the language of its address, inside a single page frame', async ({
    page,
  }) => {
    await page.goto('/ja/delegations/xx')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
    await page.getByRole('main').getByRole('link', { name: '年表に戻る' }).click()
    await expect(page).toHaveURL(/\/ja$/)
    await expect(page.getByRole('heading', { level: 1, name: '年表' })).toBeVisible()

    await page.goto('/fr/nope')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
    await expect(page).toHaveTitle(
      'Page introuvable · Dialogue global franco-japonais sur l’espace (2023)',
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
    await expectOneFrameNoStack(page)
    await page.getByRole('main').getByRole('link', { name: 'Retour à la chronologie' }).click()
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Chronologie' })).toBeVisible()
  })

  test('the filter survives a wrong event id', async ({ page }) => {
    await page.goto('/events/nope?country=JP')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('main').getByRole('link', { name: 'Japan: panel' })).toBeVisible()
    await expectOneFrameNoStack(page)
  })
})

test.describe('malformed and hostile search parameters fall back without error', () => {
  const fallbacks: readonly { name: string; query: string }[] = [
    { name: 'a script tag', query: `country=${encodeURIComponent('<script>alert(1)</script>')}` },
    { name: 'a repeated key', query: 'country=FR&country=JP' },
    { name: 'a 5000-character value', query: `country=${'F'.repeat(5000)}` },
    { name: 'a long value that starts right', query: `country=FR${'R'.repeat(4998)}` },
    { name: 'broken percent-encoding', query: 'country=%E0%A4%A' },
    { name: 'an unknown country', query: 'country=DE' },
    { name: 'an empty value', query: 'country=' },
    { name: 'a JSON object', query: `country=${encodeURIComponent('{"FR":1}')}` },
    { name: 'a JSON array', query: `country=${encodeURIComponent('["FR"]')}` },
    { name: 'a number', query: 'country=1' },
    { name: 'null', query: 'country=null' },
  ]

  for (const { name, query } of fallbacks) {
    for (const path of ['/', '/events/plenary']) {
      test(`${name} on ${path}`, async ({ page, problems }) => {
        page.on('dialog', (dialog) => {
          problems.push(`dialog opened: ${dialog.message()}`)
          void dialog.dismiss()
        })
        await page.goto(`${path}?${query}`)
        await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
        await expect(
          page.getByRole('list', { name: 'Show events for' }).getByRole('link', {
            name: 'Both countries 5 events',
          }),
        ).toHaveAttribute('aria-current', 'page')
        await expect(
          page.getByRole('status').filter({ hasText: 'Showing all 5 events' }),
        ).toBeVisible()
        await expect(page.getByRole('region', { name: 'Events' }).getByRole('article')).toHaveCount(
          5,
        )
        // The fallback is the default, and defaults stay out of the address.
        await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`))
        await expectOneFrameNoStack(page)
      })
    }
  }

  test('unknown keys, prototype names included, change nothing', async ({ page }) => {
    await page.goto('/events/plenary?__proto__=FR&constructor=JP&country=JP&toString=1')
    await expect(page.getByText('Participants from Japan')).toBeVisible()
    await expect(
      page
        .getByRole('list', { name: 'Show events for' })
        .getByRole('link', { name: 'Japan 5 events' }),
    ).toHaveAttribute('aria-current', 'page')
    await expectOneFrameNoStack(page)
  })

  test('lowercase is forgiven and written back in capitals', async ({ page }) => {
    await page.goto('/events/plenary?country=fr')
    await expect(page).toHaveURL(/\/events\/plenary\?country=FR$/)
    await expect(
      page
        .getByRole('list', { name: 'Show events for' })
        .getByRole('link', { name: 'France 5 events' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(page.getByText('Participants from France')).toBeVisible()
  })

  test('a hostile value on a delegation page is dropped too', async ({ page }) => {
    await page.goto(`/delegations?country=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`)
    await expect(page.getByRole('heading', { level: 2, name: 'French delegation' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Japanese delegation' })).toBeVisible()
    await expect(page.getByRole('img')).toHaveCount(0)
    await expectOneFrameNoStack(page)
  })
})

test('a screen that throws shows the error view in the page frame, not a blank page', async ({
  page,
  problems,
}) => {
  await page.goto('/')
  // The heading is prerendered; a click before the app runs would load the next page whole.
  await waitForApp(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  // The delegations screen is split into its own file; serve one that throws as it runs.
  // (A file that fails to download makes the router reload the page instead, by design.)
  await page.route(/\/assets\/delegations-[^/]*\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "throw new Error('deliberate failure from errors.spec.ts')",
    }),
  )
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Delegations' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText(
    'This part of the page could not be shown. The rest of the timeline still works.',
  )
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Back to the timeline' }),
  ).toBeVisible()
  await expectOneFrameNoStack(page)
  await expect(page.getByText('deliberate failure')).toHaveCount(0)
  // The router reports the error on the console, as it should. That report is this test's
  // doing: take it out of the guard's list, and nothing else.
  const ours = problems.filter((p) => p.includes('deliberate failure from errors.spec.ts'))
  expect(ours.length).toBeGreaterThan(0)
  problems.splice(0, problems.length, ...problems.filter((p) => !ours.includes(p)))
})

test.describe('the guard in fixtures.ts', () => {
  // The guard fails any test whose `problems` list is not empty when it ends. Each test here
  // causes one problem and asserts that the guard recorded exactly that one (any other
  // failure, a timeout included, fails the test), then clears it so the test can pass.
  async function expectOnlyProblem(problems: string[], pattern: RegExp) {
    await expect.poll(() => [...problems]).toEqual([expect.stringMatching(pattern)])
    problems.splice(0, problems.length)
  }

  test('fails a test on a console error', async ({ page, problems }) => {
    await page.goto('/')
    await page.evaluate(() => console.error('deliberate'))
    await expectOnlyProblem(problems, /^console error on http:\/\/127\.0\.0\.1:\d+\/: deliberate/)
  })

  test('fails a test on an uncaught error', async ({ page, problems }) => {
    await page.goto('/')
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('deliberate')
      })
    })
    await expectOnlyProblem(problems, /^uncaught error on http:\/\/127\.0\.0\.1:\d+\/: deliberate$/)
  })

  test.describe('with the page’s policy lifted', () => {
    // The page's Content-Security-Policy blocks the request before it is made (and only its
    // console error would be caught): lift it, so that the request guard itself is tested.
    test.use({ bypassCSP: true })

    test('fails a test on a request to another origin', async ({ page, problems }) => {
      await page.goto('/')
      // .invalid never resolves (RFC 2606): the request is made, and nothing leaves the machine.
      await page.evaluate(() => fetch('https://example.invalid/').catch(() => undefined))
      await expect
        .poll(() => [...problems])
        .toContain('off-origin request: GET https://example.invalid/')
      // The failed load may also be logged; nothing else may be.
      expect(problems.filter((p) => !p.includes('https://example.invalid/'))).toEqual([])
      problems.splice(0, problems.length)
    })
  })
})
