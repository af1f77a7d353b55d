import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// What each country's filter must show, written out from the press release's account:
// the role each country has in each event, and that country's participants in it.
const TITLES = {
  'kishida-paris-visit': 'Prime Minister Kishida visits Paris',
  plenary: 'Plenary of the space dialogue at the SGDSN',
  'start-up-meeting': 'Meeting with French space start-ups',
  'ariane-group-visit': 'Visit to the ArianeGroup site at Les Mureaux',
  'g7-hiroshima': 'G7 Summit in Hiroshima',
} as const
type EventId = keyof typeof TITLES

interface CountryCase {
  code: 'FR' | 'JP'
  name: string
  other: string
  delegation: string
  otherDelegation: string
  roles: Record<EventId, string>
  participants: Record<EventId, readonly string[]>
  otherParticipants: readonly string[]
}

const COUNTRIES: readonly CountryCase[] = [
  {
    code: 'FR',
    name: 'France',
    other: 'Japan',
    delegation: 'French delegation',
    otherDelegation: 'Japanese delegation',
    roles: {
      'kishida-paris-visit': 'Host',
      plenary: 'Host',
      'start-up-meeting': 'Its start-ups took part',
      'ariane-group-visit': 'Host country, visiting',
      'g7-hiroshima': 'Visiting',
    },
    participants: {
      'kishida-paris-visit': ['Emmanuel MACRON'],
      plenary: ['Vincent COUSIN', 'French delegation (as a whole)'],
      'start-up-meeting': ['French space start-ups'],
      'ariane-group-visit': ['ArianeGroup', 'French delegation (as a whole)'],
      'g7-hiroshima': ['Emmanuel MACRON'],
    },
    otherParticipants: [
      'KISHIDA Fumio',
      'KASAI Yasuyuki',
      'ISHIZUKI Hideo',
      'Japanese delegation (as a whole)',
    ],
  },
  {
    code: 'JP',
    name: 'Japan',
    other: 'France',
    delegation: 'Japanese delegation',
    otherDelegation: 'French delegation',
    roles: {
      'kishida-paris-visit': 'Visiting',
      plenary: 'Visiting',
      'start-up-meeting': 'Guests',
      'ariane-group-visit': 'Visiting',
      'g7-hiroshima': 'Host',
    },
    participants: {
      'kishida-paris-visit': ['KISHIDA Fumio'],
      plenary: ['KASAI Yasuyuki', 'ISHIZUKI Hideo', 'Japanese delegation (as a whole)'],
      'start-up-meeting': ['Japanese delegation (as a whole)'],
      'ariane-group-visit': ['Japanese delegation (as a whole)'],
      'g7-hiroshima': [],
    },
    otherParticipants: [
      'Emmanuel MACRON',
      'Vincent COUSIN',
      'French space start-ups',
      'ArianeGroup',
      'French delegation (as a whole)',
    ],
  },
]

function filterControl(page: Page): Locator {
  return page.getByRole('list', { name: 'Show events for' })
}

/** The active option: the router marks a link to the page on screen as aria-current="page". */
async function expectCurrent(link: Locator) {
  await expect(link).toHaveAttribute('aria-current', /^(page|true)$/)
}

function eventList(page: Page): Locator {
  return page.getByRole('region', { name: 'Events' }).getByRole('list').first()
}

function detail(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .getByRole('article', { name: title })
    .filter({ has: page.getByRole('heading', { level: 2, name: title }) })
}

/** The fourth fact of the detail (date, place, roles, participants) lists the participants. */
function participantLinks(open: Locator): Locator {
  return open.getByRole('definition').nth(3).getByRole('link')
}

for (const c of COUNTRIES) {
  test.describe(`filtered to ${c.name}`, () => {
    test('the URL, the control, the cards and their roles', async ({ page }) => {
      await page.goto('/')
      await filterControl(page)
        .getByRole('link', { name: `${c.name} 5 events` })
        .click()
      await expect(page).toHaveURL(new RegExp(`/\\?country=${c.code}$`))
      await expectCurrent(filterControl(page).getByRole('link', { name: c.name }))
      const both = filterControl(page).getByRole('link', { name: /^Both countries/ })
      await expect(both).not.toHaveAttribute('aria-current')
      // …and it looks chosen, at once: only the active option is filled.
      const fill = (link: Locator) => link.evaluate((el) => getComputedStyle(el).backgroundColor)
      const chosen = filterControl(page).getByRole('link', { name: c.name })
      expect(await fill(chosen)).not.toBe(await fill(both))
      await expect(
        page.getByRole('status').filter({ hasText: `in which ${c.name} has a role` }),
      ).toHaveText(`Showing 5 events in which ${c.name} has a role Show both countries`)

      const articles = eventList(page).getByRole('article')
      await expect(articles).toHaveCount(5)
      for (const [id, title] of Object.entries(TITLES) as [EventId, string][]) {
        const tags = eventList(page).getByRole('article', { name: title }).getByRole('listitem')
        await expect(tags).toHaveCount(1)
        await expect(tags).toContainText(c.name)
        await expect(tags).toContainText(c.roles[id])
        await expect(tags).not.toContainText(c.other)
        // Links carry the filter along.
        await expect(
          eventList(page).getByRole('link', { name: title, exact: true }),
        ).toHaveAttribute('href', `/events/${id}?country=${c.code}`)
      }
    })

    test('each event shows only that country’s role and participants', async ({ page }) => {
      await page.goto(`/?country=${c.code}`)
      for (const [id, title] of Object.entries(TITLES) as [EventId, string][]) {
        await eventList(page).getByRole('link', { name: title, exact: true }).click()
        await expect(page).toHaveURL(new RegExp(`/events/${id}\\?country=${c.code}$`))
        const open = detail(page, title)
        await expect(open.getByRole('term').nth(3)).toHaveText(`Participants from ${c.name}`)
        const roles = open.getByRole('definition').nth(2).getByRole('listitem')
        await expect(roles).toHaveCount(1)
        await expect(roles).toContainText(`${c.name}${c.roles[id]}`)
        await expect(participantLinks(open)).toHaveText([...c.participants[id]])
        for (const name of c.otherParticipants) {
          await expect(open.getByRole('link', { name, exact: true })).toHaveCount(0)
        }
      }
    })

    test('the filter follows to an event and to the delegations page', async ({ page }) => {
      await page.goto('/')
      await filterControl(page)
        .getByRole('link', { name: `${c.name} 5 events` })
        .click()
      await eventList(page).getByRole('link', { name: TITLES.plenary, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/events/plenary\\?country=${c.code}$`))
      await expectCurrent(filterControl(page).getByRole('link', { name: c.name }))
      // Next/previous keep it too.
      await detail(page, TITLES.plenary)
        .getByRole('link', { name: /^Next event/ })
        .click()
      await expect(page).toHaveURL(new RegExp(`/events/start-up-meeting\\?country=${c.code}$`))

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Delegations' })
        .click()
      await expect(page).toHaveURL(new RegExp(`/delegations\\?country=${c.code}$`))
      await expect(page.getByRole('heading', { level: 2, name: c.delegation })).toBeVisible()
      await expect(page.getByRole('heading', { name: c.otherDelegation })).toHaveCount(0)
      await expect(page.getByRole('region', { name: c.otherDelegation })).toHaveCount(0)

      // And back to the timeline with it.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Timeline' })
        .click()
      await expect(page).toHaveURL(new RegExp(`/\\?country=${c.code}$`))
    })

    test('one click on reset shows both countries again', async ({ page }) => {
      await page.goto(`/events/plenary?country=${c.code}`)
      await page.getByRole('link', { name: 'Show both countries' }).click()
      await expect(page).toHaveURL(/\/events\/plenary$/)
      await expectCurrent(filterControl(page).getByRole('link', { name: /^Both countries/ }))
      await expect(page.getByRole('link', { name: 'Show both countries' })).toHaveCount(0)
      const open = detail(page, TITLES.plenary)
      await expect(open.getByRole('term').nth(3)).toHaveText('Participants')
      await expect(participantLinks(open)).toHaveText([
        'Vincent COUSIN',
        'KASAI Yasuyuki',
        'ISHIZUKI Hideo',
        'French delegation (as a whole)',
        'Japanese delegation (as a whole)',
      ])
      const tags = eventList(page)
        .getByRole('article', { name: TITLES.plenary })
        .getByRole('listitem')
      await expect(tags).toHaveText(['France', 'Japan'])
    })
  })
}

test('choosing "Both countries" leaves the parameter out of the URL', async ({ page }) => {
  await page.goto('/?country=JP')
  await filterControl(page)
    .getByRole('link', { name: /^Both countries/ })
    .click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('status').filter({ hasText: 'Showing all 5 events' })).toBeVisible()
})
