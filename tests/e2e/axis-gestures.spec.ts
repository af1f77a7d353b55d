import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { waitForApp } from './static-host'

// Pointer and touch gestures on the time axis: drag to pan, Ctrl + wheel to zoom, and on a
// touch screen pinch to zoom and swipe to pan. Each ends with the new range in the URL (so the
// view is a deep link) and checks what the axis now draws. Touches go through the DevTools
// protocol, which Chromium turns into the touch and pointer events a phone sends.

const axisOf = (page: Page) => page.getByRole('region', { name: 'Time axis' })
const lane = (page: Page, name: 'France' | 'Japan') =>
  axisOf(page).getByRole('group', { name, exact: true })
const kishida = (page: Page) => lane(page, 'France').getByRole('link', { name: /Prime Minister/ })
const WHOLE = 'Showing 8 January 2023 – 1 June 2023'

/** The `?time=` range as two ISO days, once the URL has one. */
async function timeIn(page: Page): Promise<[string, string]> {
  await expect(page).toHaveURL(/[?&]time=/)
  const value = new URL(page.url()).searchParams.get('time') ?? ''
  const [from = '', to = ''] = value.split('..')
  return [from, to]
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1

/** The part of a lane where markers are drawn: right of its flag and name. */
async function trackBox(page: Page) {
  const box = await lane(page, 'France').boundingBox()
  // The lane's flag and name: drawn, but hidden from assistive technology (the group names it).
  const label = await lane(page, 'France').locator(':scope > [aria-hidden]').boundingBox()
  if (!box || !label) throw new Error('the France lane is not drawn')
  const left = label.x + label.width + 8
  return { left, right: box.x + box.width - 4, y: box.y + box.height / 2 }
}

async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: readonly { x: number; y: number }[],
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ ...p, id })),
  })
}

test('dragging the axis pans it, and the range goes into the URL', async ({ page }) => {
  await page.goto('/?time=2023-01-08..2023-01-10')
  await waitForApp(page)
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  await expect(kishida(page)).toBeVisible()
  const { left, right, y } = await trackBox(page)
  // Right to left across the track: the three days in view move by three days.
  await page.mouse.move(right - 2, y)
  await page.mouse.down()
  await page.mouse.move(left + 2, y, { steps: 8 })
  await page.mouse.up()
  await expect.poll(async () => (await timeIn(page))[0]).toBe('2023-01-11')
  const [from, to] = await timeIn(page)
  expect(days(from, to)).toBe(3)
  // A drag that starts on a marker does not open it.
  await expect(page).toHaveURL(/^[^?]*\/\?/)
  await expect(kishida(page)).toHaveCount(0)
  await expect(axisOf(page)).toContainText('Showing 11–13 January 2023')
  // The dragged view is a deep link like any other.
  await page.reload()
  await expect(axisOf(page)).toContainText('Showing 11–13 January 2023')
})

test('Ctrl + wheel zooms around the pointer; the plain wheel leaves the axis alone', async ({
  page,
}) => {
  await page.goto('/')
  await waitForApp(page)
  await expect(axisOf(page)).toContainText(WHOLE)
  // A cluster is a button that lists its events (issue 31).
  const plenary = lane(page, 'France').getByRole('button', { name: /^3 events, 19–20 January/ })
  const box = await plenary.boundingBox()
  if (!box) throw new Error('the January cluster is not drawn')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  // A notch at a time, slowly enough that each notch's view is written to the URL before the
  // next: the days under the pointer stay under it (whole days written between notches used
  // to drift them out of view).
  await page.keyboard.down('Control')
  for (let i = 0; i < 3; i++) {
    const before = page.url()
    await page.mouse.wheel(0, -100)
    await expect(page).not.toHaveURL(before)
  }
  await page.keyboard.up('Control')
  const [from, to] = await timeIn(page)
  expect(days(from, to)).toBeLessThanOrEqual(5)
  expect(from <= '2023-01-19' && to >= '2023-01-20').toBe(true)
  await expect(axisOf(page)).not.toContainText(WHOLE)
  await expect(lane(page, 'France').getByRole('link', { name: /^Plenary/ })).toBeVisible()
  const slowly = page.url()
  // Out again, all the way: the parameter leaves the URL.
  await page.keyboard.down('Control')
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 100)
  await page.keyboard.up('Control')
  await expect(page).not.toHaveURL(/time=/)
  await expect(axisOf(page)).toContainText(WHOLE)
  // Three notches at once, as a busy page merges them into one event, zoom as far as three
  // notches one by one.
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -300)
  await page.keyboard.up('Control')
  await expect(page).toHaveURL(slowly)
  // And out, three quick notches in a row.
  await page.keyboard.down('Control')
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 100)
  await page.keyboard.up('Control')
  await expect(page).not.toHaveURL(/time=/)
  // A plain wheel scrolls the page, not the axis. It comes last: the scroll lands a few frames
  // later and, on a busy machine, used to move the track from under the pointer mid-zoom.
  await page.mouse.wheel(0, 100)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  await expect(page).not.toHaveURL(/time=/)
  await expect(axisOf(page)).toContainText(WHOLE)
})

test('Ctrl + wheel over an open card zooms the axis as over the track', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await waitForApp(page)
  await expect(axisOf(page)).toContainText(WHOLE)
  // A marker's card opens as the pointer rests on it, and sits outside the track in the
  // document: the wheel over it used to reach the page, not the axis, and zooming stopped there.
  await kishida(page).hover()
  const card = page.getByRole('tooltip').filter({ hasText: 'Prime Minister Kishida visits Paris' })
  await expect(card).toBeVisible()
  const box = await card.boundingBox()
  if (!box) throw new Error('the card is not drawn')
  await page.mouse.move(box.x + box.width / 2, box.y + 8)
  await expect(card).toBeVisible()
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -100)
  await page.keyboard.up('Control')
  const [from, to] = await timeIn(page)
  expect(days(from, to)).toBeLessThan(days('2023-01-08', '2023-06-01'))
  await expect(axisOf(page)).not.toContainText(WHOLE)
  // The plain wheel over the card is still the page's.
  await page.mouse.move(box.x + box.width / 2, box.y + 8)
  const zoomed = page.url()
  await page.mouse.wheel(0, 100)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  await expect(page).toHaveURL(zoomed)
})

test('← and → past the edge of the view turn it to the next marker, and the URL follows', async ({
  page,
}) => {
  await page.goto('/?time=2023-01-18..2023-01-21')
  await waitForApp(page)
  await expect(page.locator('#root')).not.toHaveAttribute('inert')
  const ariane = lane(page, 'France').getByRole('link', { name: /Visit to the ArianeGroup site/ })
  await ariane.focus()
  await page.keyboard.press('ArrowRight')
  // The next French event is in May, past the break: the view goes there, same width.
  const g7 = lane(page, 'France').getByRole('link', { name: /^G7/ })
  await expect(g7).toBeFocused()
  await expect(g7).toBeInViewport()
  const [from, to] = await timeIn(page)
  expect(from.startsWith('2023-05')).toBe(true)
  expect(days(from, to)).toBe(4)
  await expect(ariane).toHaveCount(0)
  await expect(axisOf(page)).toContainText(/Showing \d+–\d+ May 2023/)
  // And back: the nearest earlier French event, in January.
  await page.keyboard.press('ArrowLeft')
  await expect(ariane).toBeFocused()
  await expect(page).toHaveURL(/time=2023-01-\d\d\.\.2023-01-\d\d/)
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await expect(kishida(page)).toBeFocused()
  await expect(page).toHaveURL(/time=2023-01-0\d\.\./)
  // Each turn is a step in history, as a zoom is.
  await page.goBack()
  await expect(page).toHaveURL(/time=2023-01-1\d\.\./)
  await expect(kishida(page)).toHaveCount(0)
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true })

  test('two fingers pinch to zoom in', async ({ page }) => {
    await page.goto('/')
    await waitForApp(page)
    await expect(axisOf(page)).toContainText(WHOLE)
    const { left, right, y } = await trackBox(page)
    const cdp = await page.context().newCDPSession(page)
    // Fingers on January, spread apart: the view narrows around them.
    const centre = left + (right - left) * 0.25
    await touch(cdp, 'touchStart', [
      { x: centre - 10, y },
      { x: centre + 10, y },
    ])
    for (const spread of [20, 40, 60, 80]) {
      await touch(cdp, 'touchMove', [
        { x: centre - 10 - spread, y },
        { x: centre + 10 + spread, y },
      ])
    }
    await touch(cdp, 'touchEnd', [])
    const [from, to] = await timeIn(page)
    // Around the fingers, in late January: the view now ends before May.
    expect(from >= '2023-01-08' && from <= '2023-01-21' && to < '2023-05-01').toBe(true)
    await expect(axisOf(page)).not.toContainText(WHOLE)
    // No longer the whole dialogue: May has left the view.
    await expect(lane(page, 'Japan').getByRole('link', { name: /^G7/ })).toHaveCount(0)
  })

  test('the strip shows each lane by its flag, and a swipe comes to rest on an event', async ({
    page,
  }) => {
    await page.goto('/?time=2023-01-08..2023-01-17')
    await waitForApp(page)
    await expect(page.locator('#root')).not.toHaveAttribute('inert')
    // Lane badges: the names give way to flags on a phone; the groups keep the names.
    for (const name of ['France', 'Japan'] as const)
      await expect(lane(page, name).locator('svg')).toBeVisible()
    const { left, right, y } = await trackBox(page)
    const cdp = await page.context().newCDPSession(page)
    // Four of the ten days to the left: unsnapped, the view would centre on 16 January,
    // three days short of the plenary.
    const distance = (right - left) * 0.4
    await touch(cdp, 'touchStart', [{ x: right - 10, y }])
    for (let i = 1; i <= 6; i++)
      await touch(cdp, 'touchMove', [{ x: right - 10 - (distance * i) / 6, y }])
    await touch(cdp, 'touchEnd', [])
    await expect.poll(async () => (await timeIn(page))[0]).not.toBe('2023-01-08')
    // Unsnapped, the plenary (19 January) would sit three quarters of the way along; it rests
    // in the middle of the strip, alone or counted with the two events beside it.
    // Alone it is a link; counted with its neighbours, a cluster's button (issue 31).
    const plenary = lane(page, 'France')
      .getByRole('link', { name: /^Plenary/ })
      .or(lane(page, 'France').getByRole('button', { name: /^\d events, 19–20 January/ }))
    await expect(plenary).toBeInViewport()
    const box = await plenary.boundingBox()
    const centre = (box?.x ?? 0) + (box?.width ?? 0) / 2
    expect(Math.abs(centre - (left + right) / 2)).toBeLessThan((right - left) * 0.1)
  })

  test('one finger swiped sideways pans', async ({ page }) => {
    await page.goto('/?time=2023-01-08..2023-01-10')
    await waitForApp(page)
    await expect(page.locator('#root')).not.toHaveAttribute('inert')
    await expect(kishida(page)).toBeVisible()
    const { left, right, y } = await trackBox(page)
    const cdp = await page.context().newCDPSession(page)
    await touch(cdp, 'touchStart', [{ x: right - 2, y }])
    for (let i = 1; i <= 8; i++)
      await touch(cdp, 'touchMove', [{ x: right - 2 - ((right - left - 4) * i) / 8, y }])
    await touch(cdp, 'touchEnd', [])
    await expect.poll(async () => (await timeIn(page))[0]).toBe('2023-01-11')
    await expect(kishida(page)).toHaveCount(0)
    await expect(axisOf(page)).toContainText('Showing 11–13 January 2023')
    // The page itself did not scroll sideways.
    expect(await page.evaluate(() => scrollX)).toBe(0)
  })
})
