import type { Frame, FrameLocator, Page } from '@playwright/test'
import { expectAxeClean } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { declaredHead, STATIC_URL, waitForApp } from './static-host'

// Embeds (/embed/…), served as a real host serves them (scripts/static-server.js): a page on
// another origin can frame them and no other page; the Embed action copies the frame for the
// view on screen. (Each page's oEmbed file and each embed's head: tests/site.)

test.use({ baseURL: STATIC_URL })

/**
 * A page of another site: the static server under its other name, `localhost` rather than
 * `127.0.0.1`, which makes it another origin. It must really come from the loopback host:
 * Chromium keeps a page it counts as public (one made up with page.route) from framing
 * loopback addresses at all. Any plain file will do as the article; the test writes the
 * iframe into it. Its icon is answered here, as a host would, so nothing logs a 404.
 */
const OTHER = STATIC_URL.replace('127.0.0.1', 'localhost')
const HOST_PAGE = `${OTHER}/robots.txt`
const JANUARY_DAYS = '2023-01-18..2023-01-21'
const PLENARY = 'Plenary of the space dialogue at the SGDSN'

/**
 * Opens HOST_PAGE with one iframe of `src` (800 px wide, as in an article column) and returns
 * the frame. The guard of fixtures.ts counts the request for HOST_PAGE as off-origin: that
 * one request is this test's own doing, and `forgiveOtherSite` takes it off the list.
 */
async function frameOnOtherSite(page: Page, problems: string[], src: string) {
  await page.route(`${OTHER}/favicon.ico`, (route) =>
    route.fulfill({ status: 204, contentType: 'image/x-icon', body: '' }),
  )
  await page.goto(HOST_PAGE)
  await page.evaluate((address) => {
    const heading = document.createElement('h1')
    heading.textContent = 'An article'
    const frame = document.createElement('iframe')
    frame.src = address
    frame.title = 'Embedded timeline'
    frame.width = '800'
    frame.height = '720'
    document.body.replaceChildren(heading, frame)
  }, src)
  const frame = page.getByTitle('Embedded timeline').contentFrame()
  return {
    frame,
    forgiveOtherSite: () => {
      const kept = problems.filter(
        (p) =>
          !/^off-origin request: GET http:\/\/localhost:\d+\/(robots\.txt|favicon\.ico)$/.test(p),
      )
      problems.splice(0, problems.length, ...kept)
    },
  }
}

/**
 * The country filter in a frame of article width, where the toolbar is a disclosure whose
 * summary names the active filters: opened as a reader would.
 */
async function countryFilterIn(frame: FrameLocator, active: string) {
  await expect(frame.getByText(`Filters and downloads ${active}`)).toBeVisible()
  await frame.getByText('Filters and downloads').click()
  return frame.getByRole('list', { name: 'Show events for' })
}

/** The frame as a Playwright Frame (for its URL and history), once it has loaded. */
async function frameObject(page: Page): Promise<Frame> {
  const handle = await page.getByTitle('Embedded timeline').elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error('no frame')
  return frame
}

test('another site frames an embed: the event, the axis, the filter, the range', async ({
  page,
  problems,
}) => {
  const src = `${STATIC_URL}/embed/events/plenary?country=JP&time=${JANUARY_DAYS}`
  const { frame, forgiveOtherSite } = await frameOnOtherSite(page, problems, src)
  await expect(frame.getByRole('heading', { level: 2, name: PLENARY })).toBeVisible()
  const axis = frame.getByRole('region', { name: 'Time axis' })
  await expect(axis.getByRole('group', { name: 'Japan', exact: true })).toBeVisible()
  await expect(axis.getByText('Showing 18–21 January 2023')).toBeVisible()
  // The filter from the address, applied once the app has rendered over the prerendered page.
  const filter = await countryFilterIn(frame, 'Japan')
  await expect(filter.getByRole('link', { name: /^Japan/ })).toHaveAttribute(
    'aria-current',
    /^(page|true)$/,
  )
  // No site navigation in the frame; one way to the same view on the full site, in a new tab.
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  const full = frame.getByRole('link', { name: /Open in the full timeline/ })
  await expect(full).toHaveAttribute('href', `/events/plenary?country=JP&time=${JANUARY_DAYS}`)
  await expect(full).toHaveAttribute('target', '_blank')
  forgiveOtherSite()
})

test('links, back and reload stay inside the embed', async ({ page, problems }) => {
  const src = `${STATIC_URL}/embed/events/plenary?country=JP`
  const { frame, forgiveOtherSite } = await frameOnOtherSite(page, problems, src)
  await expect(frame.getByRole('heading', { level: 2, name: PLENARY })).toBeVisible()
  const inFrame = await frameObject(page)
  await expect(frame.getByText('Filters and downloads Japan')).toBeVisible()
  // A delegation has no embed: it opens on the full site, in a new tab.
  await expect(
    frame.getByRole('link', { name: 'Japanese delegation', exact: false }).first(),
  ).toHaveAttribute('target', '_blank')
  await frame.getByRole('link', { name: /Next event/ }).click()
  await expect(frame.getByRole('heading', { level: 2, name: PLENARY })).toHaveCount(0)
  await expect.poll(() => inFrame.url()).toMatch(/\/embed\/events\/[a-z0-9-]+\?country=JP$/)
  expect(inFrame.url()).not.toContain('plenary')
  expect(page.url()).toBe(HOST_PAGE)
  await inFrame.evaluate(() => history.back())
  await expect(frame.getByRole('heading', { level: 2, name: PLENARY })).toBeVisible()
  await expect.poll(() => inFrame.url()).toBe(src)
  await inFrame.evaluate(() => location.reload())
  await expect(frame.getByRole('heading', { level: 2, name: PLENARY })).toBeVisible()
  await expect(frame.getByText('Filters and downloads Japan')).toBeVisible()
  expect(page.url()).toBe(HOST_PAGE)
  forgiveOtherSite()
})

test('any other page refuses to be framed by another site', async ({ page, problems }) => {
  const refused = page.waitForEvent('console', (message) =>
    message.text().includes("frame-ancestors 'none'"),
  )
  const { frame, forgiveOtherSite } = await frameOnOtherSite(
    page,
    problems,
    `${STATIC_URL}/events/plenary`,
  )
  await refused
  await expect(page.getByRole('heading', { level: 1, name: 'An article' })).toBeVisible()
  await expect(frame.getByRole('heading', { name: PLENARY })).toHaveCount(0)
  await expect(frame.getByRole('main')).toHaveCount(0)
  // The refusal is what this test looks for; the guard would count it as an error.
  const kept = problems.filter((p) => !p.includes("frame-ancestors 'none'"))
  problems.splice(0, problems.length, ...kept)
  forgiveOtherSite()
})

test.describe('the Embed action', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('copies the frame of the view on screen, titled in its language', async ({ page }) => {
    await page.goto(`/ja/events/plenary?country=JP&time=${JANUARY_DAYS}`)
    await waitForApp(page)
    await expect(page.locator('#root')).not.toHaveAttribute('inert')
    // By keyboard, as any control in the banner.
    await page.getByRole('button', { name: '埋め込む' }).focus()
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('status').filter({ hasText: '埋め込みコードをコピーしました' }),
    ).toBeVisible()
    const { title } = declaredHead('/ja/events/plenary')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `<iframe src="${STATIC_URL}/ja/embed/events/plenary?country=JP&amp;time=${JANUARY_DAYS}" title="${title}" width="100%" height="720" style="border:0" loading="lazy"></iframe>`,
    )
  })

  test('is on the timeline views only, in every language', async ({ page }) => {
    for (const [path, name] of [
      ['/', 'Embed'],
      ['/fr/events/g7-hiroshima', 'Intégrer'],
      ['/ja', '埋め込む'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('button', { name })).toBeVisible()
    }
    for (const path of ['/delegations', '/delegations/fr', '/source']) {
      await page.goto(path)
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0)
    }
  })
})

test('axe finds nothing on an embed page, light and dark', async ({ page }) => {
  for (const path of [`/embed/events/plenary?country=JP&time=${JANUARY_DAYS}`, '/fr/embed']) {
    await page.goto(path)
    await expectAxeClean(page, path)
  }
})
