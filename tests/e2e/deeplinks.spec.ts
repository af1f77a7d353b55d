import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const PLENARY = 'Plenary of the space dialogue at the SGDSN'
const START_UPS = 'Meeting with French space start-ups'

function filterOption(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Show events for' }).getByRole('link', { name })
}

/** Everything a reader (or a screen reader) gets from the page, to compare two views. */
async function snapshot(page: Page) {
  return {
    url: page.url(),
    title: await page.title(),
    main: await page.getByRole('main').ariaSnapshot(),
  }
}

/** The exact view of /events/plenary?country=JP: the event, the filter, the filtered lists. */
async function expectPlenaryForJapan(page: Page) {
  await expect(page).toHaveURL(/\/events\/plenary\?country=JP$/)
  await expect(page).toHaveTitle(`${PLENARY} · France–Japan Space Dialogue 2023`)
  await expect(page.getByRole('heading', { level: 2, name: PLENARY })).toBeVisible()
  await expect(filterOption(page, 'Japan 5 events')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByText('Participants from Japan')).toBeVisible()
  await expect(page.getByRole('link', { name: 'KASAI Yasuyuki' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Vincent COUSIN' })).toHaveCount(0)
}

/**
 * The view at `url` with `heading`. On a timeline page, `country` names the filter option that
 * must be the current one; the other pages have no filter control (the URL carries it).
 */
async function expectView(
  page: Page,
  url: RegExp,
  heading: { level: 1 | 2; name: string },
  country?: 'France' | 'Japan',
) {
  await expect(page).toHaveURL(url)
  await expect(page.getByRole('main').getByRole('heading', heading).first()).toBeVisible()
  if (country !== undefined) {
    await expect(filterOption(page, `${country} 5 events`)).toHaveAttribute('aria-current', 'page')
  }
}

test('a deep link opened cold, then reloaded, shows exactly that view', async ({ page }) => {
  await page.goto('/events/plenary?country=JP')
  await expectPlenaryForJapan(page)
  const cold = await snapshot(page)
  await page.reload()
  await expectPlenaryForJapan(page)
  expect(await snapshot(page)).toEqual(cold)
})

test('back and forward restore each view exactly', async ({ page }) => {
  await page.goto('/events/plenary?country=JP')
  await expectPlenaryForJapan(page)
  const views = [await snapshot(page)]

  await page.getByRole('link', { name: `Next event ${START_UPS}` }).click()
  await expectView(
    page,
    /\/events\/start-up-meeting\?country=JP$/,
    { level: 2, name: START_UPS },
    'Japan',
  )
  views.push(await snapshot(page))

  await filterOption(page, 'France 5 events').click()
  await expectView(
    page,
    /\/events\/start-up-meeting\?country=FR$/,
    { level: 2, name: START_UPS },
    'France',
  )
  views.push(await snapshot(page))

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Delegations' })
    .click()
  // No filter control here: the filter shows as the Japanese panel left out.
  await expectView(page, /\/delegations\?country=FR$/, { level: 2, name: 'French delegation' })
  await expect(page.getByRole('heading', { name: 'Japanese delegation' })).toHaveCount(0)
  views.push(await snapshot(page))

  for (let i = views.length - 2; i >= 0; i--) {
    await page.goBack()
    await expect.poll(() => snapshot(page), { message: `back to view ${i}` }).toEqual(views[i])
  }
  for (let i = 1; i < views.length; i++) {
    await page.goForward()
    await expect.poll(() => snapshot(page), { message: `forward to view ${i}` }).toEqual(views[i])
  }
})

test('an explicit default language or filter is dropped from the URL', async ({ page }) => {
  // English is the default language: an explicit /en/ goes to the unprefixed path.
  await page.goto('/en/events/plenary?country=JP')
  await expectPlenaryForJapan(page)
  // Choosing the default filter removes the key rather than writing it out.
  await filterOption(page, 'Both countries 5 events').click()
  await expect(page).toHaveURL(/\/events\/plenary$/)
})

for (const path of [
  '/',
  '/events/plenary',
  '/delegations',
  '/delegations/fr',
  '/fr/events/plenary',
]) {
  test(`no link on ${path} writes out a default value`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible()
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    const internal = hrefs.filter((href) => href.startsWith('/'))
    expect(internal.length).toBeGreaterThan(5)
    for (const href of internal) {
      expect(href).not.toMatch(/[?&]$|\?#|country=(?!FR\b|JP\b)|lang=|^\/en(\/|$|\?)/)
    }
  })
}

test('a participant links to their entry in the delegation panel', async ({ page }) => {
  await page.goto('/events/plenary')
  await page.getByRole('link', { name: 'KASAI Yasuyuki' }).click()
  await expect(page).toHaveURL(/\/delegations\/jp#person-kasai$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Japanese delegation' })).toBeVisible()
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'KASAI Yasuyuki' }) })
  // Keyboard and screen-reader users land on the entry they followed.
  await expect(entry).toBeFocused()
  await expect(entry).toBeInViewport()
  await expect(entry).toContainText('Director-General, National Space Policy Secretariat')
})

test('the whole-delegation participant opens the panel with the filter kept', async ({ page }) => {
  await page.goto('/events/ariane-group-visit?country=FR')
  await page.getByRole('link', { name: 'French delegation (as a whole)' }).click()
  await expect(page).toHaveURL(/\/delegations\/fr\?country=FR$/)
  await expect(page.getByRole('heading', { level: 1, name: 'French delegation' })).toBeVisible()
  // From the panel, its events lead back to the timeline with the filter still on.
  await page.getByRole('link', { name: PLENARY }).first().click()
  await expectView(page, /\/events\/plenary\?country=FR$/, { level: 2, name: PLENARY }, 'France')
})

test('a co-chair in the overview links to their entry', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Vincent COUSIN' }).click()
  await expect(page).toHaveURL(/\/delegations\/fr#person-cousin$/)
  const entry = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Vincent COUSIN' }) })
  await expect(entry).toBeFocused()
  await expect(entry).toBeInViewport()
})
