import type { Page } from '@playwright/test'
import { expectAxeClean } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { waitForApp } from './static-host'

// The time axis at the top of the timeline: markers that open events, one tab stop with
// roving focus, a zoom range that lives in the URL, lanes that follow the country filter, and
// the first-screen rule for shared event addresses.

const axisOf = (page: Page) => page.getByRole('region', { name: 'Time axis' })
const lane = (page: Page, name: 'France' | 'Japan') =>
  axisOf(page).getByRole('group', { name, exact: true })
const JANUARY_DAYS = '2023-01-18..2023-01-21'

test('a marker opens its event, which the axis then marks', async ({ page }) => {
  await page.goto('/?country=FR')
  const marker = lane(page, 'France').getByRole('link', {
    name: 'Prime Minister Kishida visits Paris, 9 January 2023, France (Host), Japan (Visiting)',
  })
  await marker.click()
  await expect(page).toHaveURL(/\/events\/kishida-paris-visit\?country=FR$/)
  await expect(
    page.getByRole('heading', { level: 2, name: 'Prime Minister Kishida visits Paris' }),
  ).toBeVisible()
  // The router marks the link to the current page; the axis draws it as the open event.
  await expect(marker).toHaveAttribute('aria-current')
})

test('a Ctrl/⌘-click on a marker opens its event in a new tab and leaves this view', async ({
  page,
  context,
}) => {
  await page.goto('/?country=FR')
  await waitForApp(page)
  const marker = lane(page, 'France').getByRole('link', { name: /Prime Minister Kishida/ })
  const opened = context.waitForEvent('page')
  const entries = () => page.evaluate(() => history.length)
  const before = await entries()
  await marker.click({ modifiers: ['ControlOrMeta'] })
  const tab = await opened
  await tab.waitForLoadState()
  expect(new URL(tab.url()).pathname + new URL(tab.url()).search).toBe(
    '/events/kishida-paris-visit?country=FR',
  )
  // This view stayed: a plain click after it adds the one history entry, and going back
  // lands on this view. Had the Ctrl-click navigated here too, that would be two entries,
  // and back would land on the event (waiting for "still here" would pass at once).
  await marker.click()
  await expect(page).toHaveURL(/\/events\/kishida-paris-visit\?country=FR$/)
  expect(await entries()).toBe(before + 1)
  await page.goBack()
  await expect(page).toHaveURL(/\/\?country=FR$/)
  await expect(marker).not.toHaveAttribute('aria-current')
})

test('a cluster zooms in on its events, and the range is in the URL', async ({ page }) => {
  await page.goto('/')
  await expect(axisOf(page)).toContainText('Showing 8 January 2023 – 1 June 2023')
  // The cluster lists its events (tests/e2e/axis-labels.spec.ts); its list zooms to their days.
  await lane(page, 'France')
    .getByRole('button', { name: /^3 events, 19–20 January 2023/ })
    .click()
  await page.getByRole('link', { name: 'Zoom to these days' }).click()
  await expect(page).toHaveURL(`/?time=${JANUARY_DAYS}`)
  await expect(axisOf(page)).toContainText('Showing 18–21 January 2023')
  await expect(lane(page, 'France').getByRole('link', { name: /^Plenary/ })).toBeVisible()
})

test('the axis is one tab stop with arrow keys, Enter and zoom keys', async ({ page }) => {
  await page.goto(`/?time=${JANUARY_DAYS}`)
  // A query-string address is prerendered unzoomed and inert until the app renders over it;
  // keys pressed before then do nothing.
  await waitForApp(page)
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  const axis = axisOf(page)
  await expect(axis.locator('[data-axis-key][tabindex="0"]')).toHaveCount(1)
  await page.getByRole('link', { name: 'May 2023', exact: true }).focus()
  await page.keyboard.press('Tab')
  const plenary = lane(page, 'France').getByRole('link', { name: /^Plenary/ })
  await expect(plenary).toBeFocused()
  await page.keyboard.press('ArrowRight')
  const startUpFr = lane(page, 'France').getByRole('link', { name: /Meeting with French/ })
  await expect(startUpFr).toBeFocused()
  await expect(startUpFr).toHaveAttribute('tabindex', '0')
  await expect(plenary).toHaveAttribute('tabindex', '-1')
  await page.keyboard.press('End')
  await expect(
    lane(page, 'France').getByRole('link', { name: /Visit to the ArianeGroup site/ }),
  ).toBeFocused()
  await page.keyboard.press('Home')
  await expect(plenary).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const plenaryJp = lane(page, 'Japan').getByRole('link', { name: /^Plenary/ })
  await expect(plenaryJp).toBeFocused()

  await page.keyboard.press('-')
  await expect(page).not.toHaveURL(new RegExp(`time=${JANUARY_DAYS}`))
  await expect(axis).not.toContainText('Showing 18–21 January 2023')
  // Focus stays on the same event, alone or in the cluster it joined.
  await expect(axis.locator(':focus')).toHaveCount(1)
  await page.keyboard.press('+')
  await expect(axis.locator(':focus')).toHaveCount(1)

  await page.goto(`/?time=${JANUARY_DAYS}`)
  await waitForApp(page)
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  await plenaryJp.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(`/events/start-up-meeting?time=${JANUARY_DAYS}`)
  await expect(
    page.getByRole('status').filter({ hasText: 'Meeting with French space start-ups' }),
  ).toHaveCount(1)
})

test('the zoomed range survives reload, back and forward, and the language switch', async ({
  page,
}) => {
  await page.goto('/events/plenary')
  await axisOf(page).getByRole('link', { name: 'January 2023', exact: true }).click()
  await expect(page).toHaveURL(/\/events\/plenary\?time=2023-01-08\.\.2023-01-21$/)
  const range = 'Showing 8–21 January 2023'
  await expect(axisOf(page)).toContainText(range)
  await page.reload()
  await expect(axisOf(page)).toContainText(range)
  await page.goBack()
  await expect(page).toHaveURL(/\/events\/plenary$/)
  await expect(axisOf(page)).toContainText('Showing 8 January 2023 – 1 June 2023')
  await page.goForward()
  await expect(axisOf(page)).toContainText(range)
  // The range follows the reader to other pages and languages.
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/events\/plenary\?time=2023-01-08\.\.2023-01-21$/)
  await expect(page.getByRole('region', { name: 'Axe du temps' })).toContainText(
    'Affiché\u202f: 8–21 janvier 2023',
  )
  // Back to the whole dialogue: the parameter leaves the URL.
  await page.getByRole('link', { name: 'Tout le dialogue' }).click()
  await expect(page).toHaveURL(/\/fr\/events\/plenary$/)
})

test('a bad or out-of-range time falls back or is clamped', async ({ page }) => {
  await page.goto('/?time=soon')
  await expect(axisOf(page)).toContainText('Showing 8 January 2023 – 1 June 2023')
  await page.goto('/?time=2022-12-01..2023-01-12')
  await expect(axisOf(page)).toContainText('Showing 8–12 January 2023')
})

test('the country filter emphasises its lane and dims the other; topics grey out', async ({
  page,
}) => {
  await page.goto('/?country=JP&topic=industry')
  await expect(lane(page, 'France')).toHaveAttribute('data-dimmed', 'true')
  await expect(lane(page, 'Japan')).not.toHaveAttribute('data-dimmed')
  // Dimmed, not hidden: the other lane keeps its markers.
  await expect(lane(page, 'France').getByRole('link').first()).toBeVisible()
  await expect(
    lane(page, 'Japan').getByRole('link', { name: /Prime Minister Kishida/ }),
  ).toHaveAttribute('data-muted', 'true')
  await page.goto('/?country=JP&topic=industry&time=2023-01-18..2023-01-21')
  await expect(
    lane(page, 'Japan').getByRole('link', { name: /Meeting with French/ }),
  ).not.toHaveAttribute('data-muted')
})

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 780 },
  ]) {
    test(`an event address shows the event first at ${viewport.width}×${viewport.height}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
      freshContext,
    }) => {
      const context = await freshContext({ viewport, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto('/events/ariane-group-visit')
      const title = page.getByRole('heading', {
        level: 2,
        name: 'Visit to the ArianeGroup site at Les Mureaux',
      })
      await expect(title).toBeInViewport()
      const summary = page.locator('#detail-title ~ p').first()
      await expect(summary).toContainText('On 20 January 2023, the day after the plenary')
      const box = await summary.boundingBox()
      expect(box?.y ?? Infinity).toBeLessThan(viewport.height - 24)
      await expect(page.getByRole('region', { name: 'Time axis' })).toBeInViewport()
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width)
    })
  }
}

test('at 360 px no marker or cluster count covers another, the open event included', async ({
  freshContext,
}) => {
  const context = await freshContext({ viewport: { width: 360, height: 780 } })
  const page = await context.newPage()
  for (const address of [
    '/ja/events/ariane-group-visit?country=JP',
    '/events/start-up-meeting',
    '/events/plenary',
    '/events/plenary?time=2023-01-08..2023-01-21',
    '/',
  ]) {
    await page.goto(address)
    await waitForApp(page)
    const axis = page.getByRole('region', { name: /^(Time axis|時間軸)$/ })
    // The lanes: the axis's other groups (the zoom controls, the legend's disclosure) hold no
    // markers.
    for (const group of await axis
      .getByRole('group', { name: /^(France|Japan|フランス|日本)$/ })
      .all()) {
      // One round trip per lane: a call per marker took a minute on a busy machine.
      // Markers are links; clusters are buttons that list their events.
      const items = group.getByRole('link').or(group.getByRole('button'))
      const drawn = await items.evaluateAll((links) =>
        links.flatMap((el) => {
          const box = el.getBoundingClientRect()
          // Bars (ranges) are drawn under the markers on purpose; points and counts never touch.
          if (box.width === 0 || box.width > 40) return []
          // Nothing drawn over it either (a month's span, a break): its centre is its own.
          // Month spans let clicks through (pointer-events: none); hit-test them too.
          const spans = [...document.querySelectorAll<HTMLElement>('[data-axis-track] span')]
          for (const span of spans) span.style.pointerEvents = 'auto'
          const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
          for (const span of spans) span.style.pointerEvents = ''
          const onTop = hit !== null && el.contains(hit)
          return [{ name: el.getAttribute('aria-label'), x: box.x, right: box.right, onTop }]
        }),
      )
      expect(drawn.length, address).toBeGreaterThan(0)
      for (const item of drawn) expect(item.onTop, `${address}: ${item.name}`).toBe(true)
      for (const [i, a] of drawn.entries())
        for (const b of drawn.slice(i + 1)) {
          const apart = a.right <= b.x || b.right <= a.x
          expect(apart, `${address}: ${a.name} / ${b.name}`).toBe(true)
        }
    }
  }
})

test('at 360 px every marker and count stays on its own side of the January→May break', async ({
  freshContext,
}) => {
  const context = await freshContext({ viewport: { width: 360, height: 780 } })
  const page = await context.newPage()
  const january = /January|(^|[^0-9])1月/
  const may = /May|(^|[^0-9])5月/
  for (const address of [
    '/events/plenary',
    '/ja/events/plenary',
    '/events/start-up-meeting',
    '/',
  ]) {
    await page.goto(address)
    await waitForApp(page)
    const axis = page.getByRole('region', { name: /^(Time axis|時間軸)$/ })
    let checked = 0
    for (const group of await axis
      .getByRole('group', { name: /^(France|Japan|フランス|日本)$/ })
      .all()) {
      // The break is drawn in each lane's track (decoration, hidden from assistive technology).
      const band = await group.locator('[data-axis-track] > [aria-hidden="true"]').boundingBox()
      if (!band) throw new Error(`${address}: no break drawn`)
      const breakAt = band.x + band.width / 2
      // Markers are links; clusters are buttons that list their events.
      const items = group.getByRole('link').or(group.getByRole('button'))
      const drawn = await items.evaluateAll((links) =>
        links.map((el) => {
          const box = el.getBoundingClientRect()
          return {
            name: el.getAttribute('aria-label') ?? '',
            width: box.width,
            centre: box.x + box.width / 2,
          }
        }),
      )
      for (const { name, width, centre } of drawn) {
        if (width === 0 || width > 40) continue
        // A count whose days span the break may sit at it; the others keep to their side.
        if (january.test(name) && !may.test(name)) {
          expect(centre, `${address}: ${name}`).toBeLessThan(breakAt)
          checked++
        } else if (may.test(name) && !january.test(name)) {
          expect(centre, `${address}: ${name}`).toBeGreaterThan(breakAt)
          checked++
        }
      }
    }
    expect(checked, address).toBeGreaterThanOrEqual(4)
  }
})

test('on a phone the filters are a disclosure that states them', async ({ freshContext }) => {
  const context = await freshContext({ viewport: { width: 360, height: 780 } })
  const page = await context.newPage()
  await page.goto('/?country=JP&topic=industry')
  const summary = page.getByText('Filters and downloads Japan · Industry and start-ups')
  await expect(summary).toBeVisible()
  await expect(page.getByRole('link', { name: /^France \d/ })).toBeHidden()
  await summary.click()
  await expect(page.getByRole('link', { name: /^France \d/ })).toBeVisible()
})

for (const prefix of ['', '/fr', '/ja']) {
  test(`axe: zoomed and filtered timeline, ${prefix || '/en'}, light and dark`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/events/plenary?country=JP&topic=industry&time=${JANUARY_DAYS}`)
    await expect(page.locator('[data-axis-key][aria-current]').first()).toBeVisible()
    await expectAxeClean(page, prefix || '/en')
  })
}

/** The axis items a reader sees (markers and counts), by accessible name. */
const drawnItems = (page: Page) =>
  axisOf(page)
    .getByRole('group')
    .getByRole('link')
    .or(axisOf(page).getByRole('group').getByRole('button'))
    .evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')))

for (const width of [360, 1280]) {
  test(`at ${width} px the prerendered axis is clustered as the app draws it`, async ({
    freshContext,
  }) => {
    const viewport = { width, height: 800 }
    const still = await (await freshContext({ viewport, javaScriptEnabled: false })).newPage()
    await still.goto('/events/start-up-meeting')
    const prerendered = await drawnItems(still)
    // At 360 px the Paris visit and the plenary share a count; wider, each has its marker.
    expect(prerendered.some((name) => name?.startsWith('2 events, 9–19 January 2023'))).toBe(
      width === 360,
    )
    const page = await (await freshContext({ viewport })).newPage()
    await page.goto('/events/plenary')
    await waitForApp(page)
    // The app draws the next event's axis itself, for the width it measured.
    await page.getByRole('link', { name: /^Next event/ }).click()
    await expect(page).toHaveURL('/events/start-up-meeting')
    await expect(
      lane(page, 'France').getByRole('link', { name: /Meeting with French/ }),
    ).toHaveAttribute('aria-current', /./)
    expect(await drawnItems(page)).toEqual(prerendered)
  })
}
