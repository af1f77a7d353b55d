import { allDelegations, findEvent, findPerson } from '../../src/content/queries.ts'
import { sentencesText } from '../../src/content/sentences.ts'
import { LOCALES } from '../../src/content/types.ts'
import { messages } from '../../src/lib/messages.ts'
import { expect, test } from './fixtures'
import { writtenPages, SITE, STATIC_URL } from './static-host'

// With JavaScript off, the prerendered files alone must be readable and navigable: every
// event's and panel's content is in the markup, and every link is a real address on the host.

test.use({ baseURL: STATIC_URL, javaScriptEnabled: false })

const href = (path: string) => `${SITE.basePath}${path.slice(1)}`

test('every event shows its title, summary and participants', async ({ page }) => {
  for (const entry of writtenPages().filter((p) => p.view.route === '/{-$lang}/events/$eventId')) {
    const eventId = entry.view.params?.eventId ?? ''
    const event = findEvent(eventId)
    if (!event) throw new Error(`No event ${eventId}`)
    const t = messages[entry.locale]
    expect((await page.goto(href(entry.path)))?.status(), entry.path).toBe(200)
    await expect(
      page.getByRole('heading', { level: 2, name: event.title[entry.locale] }),
    ).toBeVisible()
    // (The print digest repeats it, hidden on screen.)
    await expect(
      page
        .getByText(sentencesText(event.summary, entry.locale), { exact: true })
        .filter({ visible: true }),
    ).toBeVisible()
    await expect(
      page.getByText(t.participantsHeading, { exact: true }).filter({ visible: true }),
    ).toBeVisible()
    for (const participant of event.participants) {
      if (participant.kind !== 'person') continue
      const name = findPerson(participant.id)?.name[entry.locale] ?? participant.id
      await expect(
        page.getByRole('link', { name, exact: true }).filter({ visible: true }).first(),
      ).toBeVisible()
    }
    await expect(page.getByRole('heading', { name: t.sourcesHeading }).first()).toBeVisible()
    // The list beside it links every event.
    await expect(page.getByRole('heading', { level: 1, name: t.timelineHeading })).toBeVisible()
  }
})

test('every delegation panel shows its co-chairs and members', async ({ page }) => {
  const route = '/{-$lang}/delegations/$delegationId'
  for (const entry of writtenPages().filter((p) => p.view.route === route)) {
    const delegation = allDelegations.find(
      (d) => d.country.toLowerCase() === entry.view.params?.delegationId,
    )
    if (!delegation) throw new Error(`No delegation for ${entry.path}`)
    const t = messages[entry.locale]
    expect((await page.goto(href(entry.path)))?.status(), entry.path).toBe(200)
    await expect(
      page.getByRole('heading', { level: 1, name: delegation.name[entry.locale] }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { name: t.coChairsHeading })).toBeVisible()
    await expect(page.getByRole('heading', { name: t.membersHeading })).toBeVisible()
    for (const id of delegation.coChairs) {
      const name = findPerson(id)?.name[entry.locale] ?? id
      await expect(page.getByText(name, { exact: true }).first()).toBeVisible()
    }
  }
})

test('the timeline, the panels index and the release read in every language', async ({ page }) => {
  const headings = {
    '/{-$lang}/': (t: (typeof messages)['en']) => t.timelineHeading,
    '/{-$lang}/delegations/': (t: (typeof messages)['en']) => t.navDelegations,
    '/{-$lang}/source': (t: (typeof messages)['en']) => t.sourceTitle,
  } as const
  const routes: readonly string[] = Object.keys(headings)
  const shown = writtenPages().filter((p) => routes.includes(p.view.route))
  expect(shown).toHaveLength(routes.length * LOCALES.length)
  for (const entry of shown) {
    const t = messages[entry.locale]
    expect((await page.goto(href(entry.path)))?.status(), entry.path).toBe(200)
    const heading = headings[entry.view.route as keyof typeof headings](t)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    if (entry.view.route === '/{-$lang}/delegations/') {
      for (const d of allDelegations) {
        await expect(page.getByRole('heading', { name: d.name[entry.locale] })).toBeVisible()
      }
    }
  }
})

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

test('every link on every page leads to a page that exists', async ({ page, request }) => {
  test.setTimeout(240_000)
  const targets = new Set<string>()
  const origin = new URL(STATIC_URL).origin
  for (const entry of writtenPages()) {
    await page.goto(href(entry.path))
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    for (const link of hrefs) {
      const url = new URL(link)
      if (url.origin === origin) targets.add(url.pathname)
    }
  }
  // Every page links at least the three languages' timelines and both panels.
  expect(targets.size).toBeGreaterThanOrEqual(writtenPages().length)
  for (const path of targets) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
})

test('pages are styled without scripts', async ({ page }) => {
  await page.goto(href('/events/plenary'))
  // The whole stylesheet is in the page itself, so the first paint waits on no request.
  await expect(page.locator('head > style')).toHaveCount(1)
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0)
  const skip = page.getByRole('link', { name: 'Skip to content' })
  // The skip link stays out of sight until focused, which only its stylesheet does.
  await expect(skip).not.toBeInViewport()
})
