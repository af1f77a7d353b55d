import type { Page } from '@playwright/test'
import { expectAxeClean, ROUTES } from './axe'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

// Every kind of page in every language, once each: all WCAG 2.2 AA rules in the light scheme,
// then the colour rules in the dark scheme, in the same page (axe.ts, expectAxeClean). The
// country filter changes what is drawn on the timeline, an event and the delegations index
// (cards, lanes and panels left out or dimmed): those are scanned filtered too.
const FILTERED = new Set(['/', '/events/plenary', '/delegations'])

for (const prefix of ['', '/fr', '/ja']) {
  for (const route of ROUTES) {
    const path = prefix && route === '/' ? prefix : `${prefix}${route}`
    test(`axe finds nothing on ${path}, light and dark${FILTERED.has(route) ? ', with and without a filter' : ''}`, async ({
      page,
    }) => {
      for (const search of FILTERED.has(route) ? ['', '?country=JP'] : ['']) {
        await page.goto(`${path}${search}`)
        await expect(page.getByRole('main')).toBeVisible()
        // One visible h1; the print-only digest carries its own, hidden on screen.
        await expect(page.locator('h1').filter({ visible: true })).toHaveCount(1)
        await expectAxeClean(page, `${path}${search}`)
      }
    })
  }
}

/** The longest transition of the arrow that opens a delegation member's sources, in seconds. */
async function longestTransition(page: Page): Promise<number> {
  const disclosure = page
    .getByRole('main')
    .locator('summary')
    .filter({ hasText: /^\d+ sources?$/ })
    .first()
  const durations = await disclosure.evaluate(
    (el) => getComputedStyle(el, '::before').transitionDuration,
  )
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
  test('transitions are cut to nothing', async ({ page }) => {
    await page.goto('/delegations/fr')
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

  test('a sources disclosure arrow turns with a transition', async ({ page }) => {
    await page.goto('/delegations/fr')
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
