import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// WCAG 2.2 AA as axe knows it: every level-A and level-AA rule up to 2.2.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const PATHS = [
  '/',
  '/events/kishida-paris-visit',
  '/events/plenary',
  '/events/start-up-meeting',
  '/events/ariane-group-visit',
  '/events/g7-hiroshima',
  '/delegations',
  '/delegations/fr',
  '/delegations/jp',
  '/events/nope',
]

async function expectNoViolations(page: Page, url: string) {
  // An axe run over a whole page takes seconds on a small shared machine.
  test.slow()
  await page.goto(url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  // Rule id, then each offending element: enough to find it without the full report.
  const summary = violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme })
    for (const path of PATHS) {
      for (const query of ['', '?country=JP']) {
        test(`${path}${query} has no axe violations`, async ({ page }) => {
          await expectNoViolations(page, `${path}${query}`)
        })
      }
    }
  })
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  for (const path of ['/', '/events/plenary?country=FR', '/delegations']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await expectNoViolations(page, path)
    })
  }
})
