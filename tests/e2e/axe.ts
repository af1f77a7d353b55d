import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForApp } from './static-host'

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

/**
 * The reasons axe may leave a check undecided here, each looked at by hand:
 * - colour contrast where a pseudo-element overlaps the text: every case on these pages is a
 *   transparent one (the event card's link stretched over its card with `::after`, quotation
 *   marks, the disclosure arrow), which changes no colour;
 * - colour contrast of a symbol (`nonBmp`): the ← and → beside "Previous event" and "Next
 *   event", hidden from assistive technology; the words carry the meaning.
 * Any other undecided check (a background image or gradient, overlapping elements, another
 * rule) fails the test: axe could not prove the page accessible.
 */
const UNDECIDABLE = new Set(['color-contrast:pseudoContent', 'color-contrast:nonBmp'])

/**
 * Target size (WCAG 2.5.8) of an axis marker that a neighbour overlaps, which axe leaves
 * undecided. The criterion's "equivalent" exception covers it when the same address is also
 * reachable from a link of at least 24 × 24 px elsewhere on the page (the event's entry in the
 * list): checked here for each such marker, not assumed.
 */
async function hasEquivalentTarget(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const marker = document.querySelector<HTMLAnchorElement>(sel)
    if (!marker?.hasAttribute('data-axis-key')) return false
    return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].some((link) => {
      if (link === marker || link.hasAttribute('data-axis-key')) return false
      if (link.href !== marker.href) return false
      const box = link.getBoundingClientRect()
      return box.width >= 24 && box.height >= 24
    })
  }, selector)
}

/** The rules whose outcome depends on the colours drawn: what a second colour scheme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * Axe's findings once the app has rendered the page: violations, and checks axe left
 * undecided ("incomplete") for a reason other than UNDECIDABLE, as rule id, impact and each
 * element. Allowed undecided checks are listed in the test's annotations, not dropped silently.
 * `rules: 'colour'` runs only the colour rules, for the same page in another colour scheme.
 *
 * A filtered address (`?country=`) is prerendered as the unfiltered page and rendered over by
 * the app: scanning before that would check a page the reader never sees.
 */
export async function axeViolations(
  page: Page,
  rules: 'all' | 'colour' = 'all',
): Promise<string[]> {
  await waitForApp(page)
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  // Colours read mid-transition (after a scheme change, a hover) are neither scheme's.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished),
    ),
  )
  // axe.run in the page itself ("legacy mode"): the default opens a blank page for every scan
  // to merge the results of each frame, about a second of every scan here, and the pages
  // scanned have no frames (an embed is scanned as its own page).
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations', 'incomplete'] })
  if (rules === 'colour') builder.withRules(COLOUR_RULES)
  else builder.withTags(WCAG_TAGS)
  const { violations, incomplete } = await builder.analyze()
  test.info().annotations.push({ type: 'axe', description: rules === 'all' ? 'full' : 'colour' })
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  for (const result of incomplete) {
    for (const node of result.nodes) {
      const reasons = [...node.any, ...node.all, ...node.none].map((check) => {
        const data: unknown = check.data
        const key =
          typeof data === 'object' && data !== null && 'messageKey' in data
            ? String(data.messageKey)
            : check.id
        return `${result.id}:${key}`
      })
      const line = `incomplete ${reasons.join(' ')}: ${node.target.join(' ')}`
      const targetSizeOnly =
        reasons.length > 0 && reasons.every((reason) => reason.startsWith('target-size:'))
      const selector = node.target.join(' ')
      if (
        (reasons.length > 0 && reasons.every((reason) => UNDECIDABLE.has(reason))) ||
        (targetSizeOnly && (await hasEquivalentTarget(page, selector)))
      ) {
        test.info().annotations.push({ type: 'axe incomplete (allowed)', description: line })
      } else {
        found.push(line)
      }
    }
  }
  return found
}

/**
 * One page state checked once: every WCAG 2.2 AA rule in the light scheme, then, in the same
 * page switched to the dark scheme, the colour rules (nothing else differs between the two).
 * Leaves the page in the light scheme. Fails with each finding, labelled with its scheme.
 */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await axeViolations(page), `${label}, light`).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page, 'colour'), `${label}, dark`).toEqual([])
  await page.emulateMedia({ colorScheme: 'light' })
}
