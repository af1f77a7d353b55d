import type { Page } from '@playwright/test'
import { axeViolations, ROUTES } from './axe'
import { expect, test } from './fixtures'

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

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  for (const path of ['/', '/events/plenary?country=FR', '/delegations']) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await expectNoViolations(page, path)
    })
  }
})
