import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorView } from '../../src/components/StatusView.tsx'
import { renderRoute } from './render.tsx'

// The first render loads the whole app (every route's code) into jsdom: on a small shared
// machine that alone can take several seconds.
vi.setConfig({ testTimeout: 30_000 })

afterEach(() => {
  vi.restoreAllMocks()
})

/**
 * The open event: the article labelled by the detail heading. (jsdom applies no styles, so
 * the print-only digest, which repeats titles, is in the tree too: find the detail by id.)
 */
function detail(title: string): HTMLElement {
  const heading = document.getElementById('detail-title')
  expect(heading).toHaveTextContent(title)
  const article = heading?.closest('article')
  if (!article) throw new Error(`no article around ${title}`)
  expect(article).toHaveAccessibleName(title)
  return article
}

function hrefs(container: HTMLElement): (string | null)[] {
  return within(container)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'))
}

describe('event route', () => {
  it('shows the plenary in detail: summary, date, place, roles, participants, topics, sources', async () => {
    await renderRoute('/events/plenary')
    const open = detail('Plenary of the space dialogue at the SGDSN')
    const view = within(open)
    expect(
      view.getByText(/the two delegations met in plenary at the Secretariat-General/),
    ).toBeInTheDocument()
    const time = view.getAllByText('19 January 2023')[0]
    expect(time?.tagName).toBe('TIME')
    expect(time).toHaveAttribute('datetime', '2023-01-19')
    expect(
      view.getByText('Secretariat-General for National Defence and Security (SGDSN), Paris'),
    ).toBeInTheDocument()
    const roles = view.getAllByRole('definition')[2]
    if (!roles) throw new Error('no roles')
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['FranceHost', 'JapanVisiting'])
    expect(view.getByRole('link', { name: 'Vincent COUSIN' })).toHaveAttribute(
      'href',
      '/delegations/fr#person-cousin',
    )
    expect(view.getByRole('link', { name: 'KASAI Yasuyuki' })).toHaveAttribute(
      'href',
      '/delegations/jp#person-kasai',
    )
    expect(view.getByRole('link', { name: 'Japanese delegation (as a whole)' })).toHaveAttribute(
      'href',
      '/delegations/jp',
    )
    expect(view.getByText('Security and defence in space')).toBeInTheDocument()
    expect(view.getByRole('heading', { level: 3, name: 'Sources' })).toBeInTheDocument()
    expect(view.getByRole('navigation', { name: 'Event 2 of 5' })).toBeInTheDocument()
    await waitFor(() =>
      expect(document.title).toBe(
        'Plenary of the space dialogue at the SGDSN · France–Japan Space Dialogue 2023',
      ),
    )
  })

  it('with a country chosen, shows only that country’s role and participants', async () => {
    await renderRoute('/events/plenary?country=JP')
    const view = within(detail('Plenary of the space dialogue at the SGDSN'))
    expect(view.getByText('Participants from Japan')).toBeInTheDocument()
    const participants = view.getAllByRole('definition')[3]
    if (!participants) throw new Error('no participants')
    expect(
      within(participants)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['KASAI Yasuyuki', 'ISHIZUKI Hideo', 'Japanese delegation (as a whole)'])
    // Links keep the filter.
    expect(hrefs(participants)).toEqual([
      '/delegations/jp?country=JP#person-kasai',
      '/delegations/jp?country=JP#person-ishizuki',
      '/delegations/jp?country=JP',
    ])
    expect(view.queryByRole('link', { name: 'Vincent COUSIN' })).not.toBeInTheDocument()
  })

  it('shows both dates of the G7 summit, each with its source', async () => {
    await renderRoute('/events/g7-hiroshima')
    const view = within(detail('G7 Summit in Hiroshima'))
    const dates = view.getAllByRole('definition')[0]
    if (!dates) throw new Error('no dates')
    const times = dates.querySelectorAll('time')
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2023-05', '2023-05-19'])
    expect(times[0]).toHaveTextContent('May 2023')
    expect(times[1]?.textContent).toMatch(/^19\s?–\s?21 May 2023$/)
    expect(within(dates).getByText('As the press release gives it')).toBeInTheDocument()
    expect(within(dates).getByText('Exact dates from another source')).toBeInTheDocument()
  })

  it('says when the release gives no date or place', async () => {
    await renderRoute('/events/start-up-meeting')
    const open = detail('Meeting with French space start-ups')
    const view = within(open)
    expect(view.getByText('Date not stated')).toBeInTheDocument()
    expect(open.querySelector('dd time')).toBeNull()
    expect(view.getByText('Place not stated in the press release')).toBeInTheDocument()
  })

  it('marks the open event in the list', async () => {
    await renderRoute('/events/ariane-group-visit')
    const list = screen.getByRole('region', { name: 'Events' })
    const link = within(list).getByRole('link', {
      name: 'Visit to the ArianeGroup site at Les Mureaux',
    })
    expect(link).toHaveAttribute('aria-current')
    const others = within(list)
      .getAllByRole('link')
      .filter((a) => a !== link && a.hasAttribute('aria-current'))
    expect(others).toEqual([])
  })

  it('shows a not-found view for an unknown event', async () => {
    await renderRoute('/events/nope')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found')
    expect(
      screen.getByText('There is no event called “nope” in this timeline.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', '/')
    expect(screen.getAllByRole('main')).toHaveLength(1)
  })
})

describe('delegation routes', () => {
  it('/delegations/fr: the co-chair with title, member bodies, events', async () => {
    await renderRoute('/delegations/fr')
    const panel = screen.getByRole('region', { name: 'French delegation' })
    const view = within(panel)
    expect(view.getByRole('heading', { level: 1, name: 'French delegation' })).toBeInTheDocument()
    const chair = document.getElementById('person-cousin')
    if (!chair) throw new Error('no co-chair entry')
    expect(within(chair).getByRole('heading', { name: 'Vincent COUSIN' })).toBeInTheDocument()
    expect(chair).toHaveTextContent(
      'Air Marshal, Deputy Secretary General for Defence and National Security',
    )
    for (const body of ['SGDSN', 'CNES']) {
      expect(view.getAllByText(new RegExp(`\\(${body}\\)`)).length).toBeGreaterThan(0)
    }
    expect(
      view.getAllByRole('link', { name: 'Plenary of the space dialogue at the SGDSN' }).length,
    ).toBeGreaterThan(0)
    expect(view.queryByText('KASAI Yasuyuki')).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Japanese delegation' })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(document.title).toBe('French delegation · France–Japan Space Dialogue 2023'),
    )
  })

  it('/delegations/jp: both co-chairs and the bodies with their official names', async () => {
    await renderRoute('/delegations/jp')
    const panel = screen.getByRole('region', { name: 'Japanese delegation' })
    const view = within(panel)
    for (const name of ['KASAI Yasuyuki', 'ISHIZUKI Hideo']) {
      expect(view.getByRole('heading', { name })).toBeInTheDocument()
    }
    expect(
      view.getByText(/^Cabinet Office \(National Space Policy Secretariat\)/),
    ).toBeInTheDocument()
    expect(view.getAllByText('Official name:').length).toBeGreaterThan(0)
    expect(view.getByText('内閣府（宇宙開発戦略推進事務局）', { exact: false })).toHaveAttribute(
      'lang',
      'ja',
    )
    expect(view.queryByText('Vincent COUSIN')).not.toBeInTheDocument()
  })

  it('/delegations shows both panels, and only the chosen country’s with a filter', async () => {
    const both = await renderRoute('/delegations')
    expect(screen.getByRole('heading', { level: 2, name: 'French delegation' })).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 2, name: 'Japanese delegation' }),
    ).toBeInTheDocument()
    both.unmount()

    await renderRoute('/delegations?country=JP')
    expect(
      screen.getByRole('heading', { level: 2, name: 'Japanese delegation' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'French delegation' })).not.toBeInTheDocument()
  })

  it('speaks the URL’s language', async () => {
    await renderRoute('/fr/delegations/jp')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Délégation japonaise' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Coprésidents' })).toBeInTheDocument()
  })

  it('shows a not-found view for an unknown delegation', async () => {
    await renderRoute('/delegations/xx')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found')
    expect(
      screen.getByText('There is no delegation called “xx”. There are two: France and Japan.'),
    ).toBeInTheDocument()
  })
})

describe('error view', () => {
  function renderThrowing(shouldThrow: { current: boolean }) {
    function Fragile(): React.ReactNode {
      if (shouldThrow.current)
        throw new Error('deliberate: secret internals at Fragile (x.tsx:1:1)')
      return <h1>Recovered</h1>
    }
    const root = createRootRoute({ component: Outlet })
    const index = createRoute({
      getParentRoute: () => root,
      path: '/',
      component: Fragile,
      errorComponent: ({ reset }) => <ErrorView onRetry={reset} />,
    })
    const router = createRouter({
      routeTree: root.addChildren([index]),
      history: createMemoryHistory({ initialEntries: ['/'] }),
    })
    return router.load().then(() => render(<RouterProvider router={router} />))
  }

  it('replaces a component that throws, with a way on and no stack trace', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const shouldThrow = { current: true }
    document.title = 'The page'
    const { container } = await renderThrowing(shouldThrow)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This part of the page could not be shown. The rest of the timeline still works.',
    )
    expect(screen.getByRole('link', { name: 'Back to the timeline' })).toBeInTheDocument()
    expect(container.textContent).not.toMatch(/deliberate|secret|Fragile|x\.tsx|\bat\b.*\(/)
    expect(logged).toHaveBeenCalled()
    // The tab says so too.
    expect(document.title).toBe('Something went wrong · France–Japan Space Dialogue 2023')

    // "Try again" renders the route afresh.
    shouldThrow.current = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Recovered' })).toBeInTheDocument()
    expect(document.title).toBe('The page')
  })
})
