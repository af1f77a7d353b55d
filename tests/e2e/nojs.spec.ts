import { expect, test } from './fixtures'
import { SITE, STATIC_URL } from './static-host'

// With JavaScript off, the prerendered files alone must be readable and navigable in a
// browser. That every page's content is in its markup and every link on every page leads
// straight to a page or #fragment that exists is read from the files: tests/site/content.test.ts.

test.use({ baseURL: STATIC_URL, javaScriptEnabled: false })

const href = (path: string) => `${SITE.basePath}${path.slice(1)}`

test('a reader follows links from page to page', async ({ page }) => {
  await page.goto(href('/'))
  await page
    .getByRole('link', { name: /Plenary of the space dialogue at the SGDSN/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/events\/plenary$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Plenary of the space dialogue at the SGDSN' }),
  ).toBeVisible()

  await page.getByRole('link', { name: /^Next event/ }).click()
  await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Meeting with French space start-ups' }),
  ).toBeVisible()

  // A participant leads to its place in the delegation's panel.
  await page.goBack()
  await expect(page).toHaveURL(/\/events\/plenary$/)
  await page.getByRole('link', { name: 'KASAI Yasuyuki' }).first().click()
  await expect(page).toHaveURL(/\/delegations\/jp#person-kasai$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Japanese delegation' })).toBeVisible()
  await expect(page.locator('#person-kasai')).toBeInViewport()

  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Français' })
    .click()
  // Without scripts the switcher's links are the prerendered ones, which cannot know the hash.
  await expect(page).toHaveURL(/\/fr\/delegations\/jp$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Délégation japonaise' })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Délégations' })
    .click()
  await expect(page).toHaveURL(/\/fr\/delegations$/)
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Chronologie' })
    .click()
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Chronologie' })).toBeVisible()
})

test('pages are styled without scripts', async ({ page }) => {
  // (That the whole stylesheet is in each page: tests/site/heads.test.ts.)
  await page.goto(href('/events/plenary'))
  const skip = page.getByRole('link', { name: 'Skip to content' })
  // The skip link stays out of sight until focused, which only its stylesheet does.
  await expect(skip).not.toBeInViewport()
})
