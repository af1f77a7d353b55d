import type { Page } from '@playwright/test'
import { axeViolations, ROUTES } from './axe'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

async function expectNoViolations(page: Page, url: string) {
  // An axe run over a whole page takes seconds on a small shared machine.
  test.slow()
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme })
    for (const path of ROUTES) {
      for (const query of ['', '?country=JP']) {
        test(`${path}${query} has no axe violations`, async ({ page }) => {
          await expectNoViolations(page, `${path}${query}`)
        })
      }
    }
  })
}

/** The longest transition on the filter's first option, in seconds. */
async function longestTransition(page: Page): Promise<number> {
  const option = page.getByRole('list', { name: 'Show events for' }).getByRole('link').first()
  const durations = await option.evaluate((el) => getComputedStyle(el).transitionDuration)
  return Math.max(...durations.split(',').map((d) => parseFloat(d) * (d.endsWith('ms') ? 1e-3 : 1)))
}

/** Follows a citation to its passage and returns how each scroll on the way was asked for. */
async function scrollToPassage(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const calls: (string | undefined)[] = []
    Object.assign(window, { scrollCalls: calls })
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      calls.push(typeof options === 'object' ? (options.behavior ?? 'auto') : 'auto')
      original.call(this, options)
    }
  })
  await page.goto('/events/plenary')
  await waitForApp(page)
  await page.getByRole('link', { name: 'Read it in the press release' }).first().click()
  await expect(page).toHaveURL(/\/source#q-/)
  // The app focuses the passage's paragraph, then scrolls it into view, in one effect.
  await expect(page.locator('[tabindex="-1"]:focus')).toHaveCount(1)
  return page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls)
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  for (const path of ['/', '/events/plenary?country=FR', '/delegations']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await expectNoViolations(page, path)
    })
  }

  test('transitions are cut to nothing', async ({ page }) => {
    await page.goto('/')
    await waitForApp(page)
    expect(await longestTransition(page)).toBeLessThanOrEqual(0.00001)
  })

  test('following a citation jumps to the passage instead of scrolling smoothly', async ({
    page,
  }) => {
    const behaviours = await scrollToPassage(page)
    expect(behaviours.length).toBeGreaterThan(0)
    expect(behaviours).not.toContain('smooth')
  })
})

// The same checks without the preference, so that the ones above cannot pass by there being
// no motion to reduce.
test.describe('motion without the preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  test('the filter options have a transition', async ({ page }) => {
    await page.goto('/')
    await waitForApp(page)
    expect(await longestTransition(page)).toBeGreaterThanOrEqual(0.1)
  })

  test('following a citation scrolls smoothly', async ({ page }) => {
    expect(await scrollToPassage(page)).toContain('smooth')
  })
})

test.describe('the main navigation says where the reader is', () => {
  const cases: [path: string, link: string, current: 'page' | 'true'][] = [
    ['/', 'Timeline', 'page'],
    ['/events/plenary', 'Timeline', 'true'],
    ['/delegations', 'Delegations', 'page'],
    ['/delegations/jp', 'Delegations', 'true'],
    ['/source', 'Sources', 'page'],
    ['/fr/events/plenary', 'Chronologie', 'true'],
  ]
  for (const [path, name, current] of cases) {
    test(`on ${path}, ${name} is the current ${current === 'page' ? 'page' : 'section'}`, async ({
      page,
    }) => {
      await page.goto(path)
      await waitForApp(page)
      const nav = page.getByRole('navigation', { name: /^(Main|Navigation principale)$/ })
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute(
        'aria-current',
        current,
      )
      // Exactly one link of the navigation is marked.
      await expect(nav.locator('[aria-current]')).toHaveCount(1)
    })
  }

  test('opening an event from the timeline keeps Timeline marked, as the section', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForApp(page)
    const timeline = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Timeline', exact: true })
    await expect(timeline).toHaveAttribute('aria-current', 'page')
    await page
      .getByRole('region', { name: 'Events' })
      .getByRole('link', { name: /Plenary/ })
      .first()
      .click()
    await expect(page).toHaveURL(/\/events\/plenary$/)
    await expect(timeline).toHaveAttribute('aria-current', 'true')
    await page.goBack()
    await expect(timeline).toHaveAttribute('aria-current', 'page')
  })
})
