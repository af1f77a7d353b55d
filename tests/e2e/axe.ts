import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

// WCAG 2.2 AA as axe knows it: every level-A and level-AA rule up to 2.2.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Every kind of page, including a not-found one, without a language prefix. */
export const ROUTES = [
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

/** Axe's violations on the page as it stands: rule id, impact and each offending element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}
