import type { Page } from '@playwright/test'
import { SUBPATH } from '../../scripts/e2e-builds.js'
import { oEmbedPath, previewImagePath } from '../../src/lib/seo.ts'
import { expect, test } from './fixtures'
import {
  allowDocument404,
  documentRead,
  holdScripts,
  layoutShifts,
  recordLayoutShifts,
  STATIC_URL,
  waitForApp,
} from './static-host'

// The deep-link journeys against a plain static host (scripts/static-server.js): every address
// is a file, reloads fetch that file again, and nothing falls back to index.html.

test.use({ baseURL: STATIC_URL })

const PLENARY = 'Plenary of the space dialogue at the SGDSN'
const START_UPS = 'Meeting with French space start-ups'

function eventHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name })
}

test('each kind of page opens cold from its own file and survives a reload', async ({ page }) => {
  const pages: [string, RegExp | string][] = [
    ['/', 'Timeline'],
    ['/events/plenary', PLENARY],
    ['/fr', 'Chronologie'],
    ['/ja/events/g7-hiroshima', 'G7広島サミット'],
    ['/delegations', 'Delegations'],
    ['/fr/delegations/jp', 'Délégation japonaise'],
    ['/ja/source', '出典'],
  ]
  for (const [path, heading] of pages) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.locator('#root')).toHaveAttribute('data-path', path)
    await waitForApp(page)
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible()
    const reloaded = await page.reload()
    expect(reloaded?.status(), `${path} reloaded`).toBe(200)
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible()
  }
})

test('open cold, move on, reload, then back and forward', async ({ page }) => {
  await page.goto('/events/plenary')
  await waitForApp(page)
  await expect(eventHeading(page, PLENARY)).toBeVisible()

  await page.getByRole('link', { name: `Next event ${START_UPS}` }).click()
  await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
  await expect(eventHeading(page, START_UPS)).toBeVisible()

  // The new address is a file of its own on the host.
  const reloaded = await page.reload()
  expect(reloaded?.status()).toBe(200)
  await waitForApp(page)
  await expect(eventHeading(page, START_UPS)).toBeVisible()

  await page.goBack()
  await expect(page).toHaveURL(/\/events\/plenary$/)
  await expect(eventHeading(page, PLENARY)).toBeVisible()
  await page.goForward()
  await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
  await expect(eventHeading(page, START_UPS)).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Delegations' })
    .click()
  await expect(page).toHaveURL(/\/delegations$/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Delegations' })).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL(/\/events\/start-up-meeting$/)
  await expect(eventHeading(page, START_UPS)).toBeVisible()
})

test('a language prefix opens cold, switches and reloads', async ({ page }) => {
  await page.goto('/fr/events/plenary')
  await waitForApp(page)
  await expect(eventHeading(page, 'Séance plénière du dialogue spatial au SGDSN')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')

  await page
    .getByRole('navigation', { name: 'Langue' })
    .getByRole('link', { name: '日本語' })
    .click()
  await expect(page).toHaveURL(/\/ja\/events\/plenary$/)
  await expect(eventHeading(page, '国防・国家安全保障事務総局で宇宙対話の全体会合')).toBeVisible()
  await expect(page).toHaveTitle(/^国防・国家安全保障事務総局で宇宙対話の全体会合/)

  // The switched-to address is a file of its own on the host. (Back and forward through
  // languages: i18n.spec.ts.)
  const reloaded = await page.reload()
  expect(reloaded?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
  await expect(eventHeading(page, '国防・国家安全保障事務総局で宇宙対話の全体会合')).toBeVisible()
})

test('folder addresses work with and without the trailing slash', async ({ page }) => {
  const folders: [string, string][] = [
    ['/fr/', 'Chronologie'],
    ['/ja', '年表'],
    ['/delegations/', 'Delegations'],
    ['/fr/delegations/', 'Délégations'],
  ]
  for (const [path, heading] of folders) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await waitForApp(page)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }
})

test('the host serves each kind of file the pages name with its type', async ({ request }) => {
  // What the files say about these is read in Node (tests/site); this is how they are served.
  const files: [string, RegExp][] = [
    ['/sitemap.xml', /xml/],
    ['/robots.txt', /^text\/plain/],
    ['/og-image.png', /^image\/png$/],
    [
      previewImagePath(
        { route: '/{-$lang}/events/$eventId', params: { eventId: 'plenary' } },
        'ja',
      ),
      /^image\/png$/,
    ],
    ['/calendar/fr.ics', /^text\/calendar\b/],
    [
      oEmbedPath({ route: '/{-$lang}/events/$eventId', params: { eventId: 'plenary' } }, 'fr'),
      /^application\/json; charset=utf-8$/,
    ],
  ]
  for (const [path, type] of files) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toMatch(type)
  }
})

test('a filtered deep link shows the filtered view once the app runs', async ({ page }) => {
  // The file holds the unfiltered view; the app renders the filter from the query string.
  await page.goto('/events/plenary?country=JP')
  await waitForApp(page)
  await expect(
    page.getByRole('list', { name: 'Show events for' }).getByRole('link', { name: /^Japan/ }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(page.getByText('Participants from Japan')).toBeVisible()
  await expect(page).toHaveURL(/\/events\/plenary\?country=JP$/)
})

test('the app takes over without a flash or a layout shift, on a desk and a phone', async ({
  page,
}) => {
  await recordLayoutShifts(page)
  // Hydration adopts the prerendered document as it is: once the parser is done, the only
  // changes are the boot script's preload and stylesheet links. A needless write can cost far more than it
  // looks: rewriting `<html lang>` with the value it had made the browser restyle every
  // element, and was the longest task of start-up in Lighthouse's trace.
  await page.addInitScript(() => {
    const changes: string[] = []
    Object.assign(window, { documentChanges: changes })
    const describe = (node: Node) =>
      node instanceof Element ? node.outerHTML.slice(0, 80) : (node.textContent ?? '')
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const record of records) {
          const added = [...record.addedNodes]
          // The whole stylesheet too: the page already holds every rule that its markup uses
          // (tests/site/heads.test.ts), so adding the others changes nothing on screen.
          const preloads = added.every(
            (node) =>
              node instanceof HTMLLinkElement &&
              (node.rel === 'modulepreload' || node.rel === 'stylesheet'),
          )
          if (record.type === 'childList' && preloads && record.removedNodes.length === 0) continue
          changes.push(
            `${record.type} ${describe(record.target)} ${record.attributeName ?? ''} ` +
              `${added.map(describe).join(' ')}`,
          )
        }
      }).observe(document, {
        attributes: true,
        childList: true,
        characterData: true,
        subtree: true,
      })
    })
  })
  // A phone's width too, where the axis clusters its markers for the width it measures.
  for (const [path, width] of [
    ['/', 1280],
    ['/events/plenary', 1280],
    ['/fr/delegations/fr', 1280],
    ['/ja/events/g7-hiroshima', 1280],
    ['/source', 1280],
    ['/events/ariane-group-visit', 360],
  ] as const) {
    await page.setViewportSize({ width, height: 780 })
    // Hold the scripts back until the prerendered page has been read.
    const release = await holdScripts(page)
    await page.goto(path, { waitUntil: 'commit' })
    await page.locator('#main').waitFor()
    await documentRead(page)
    const before = {
      title: await page.title(),
      lang: await page.locator('html').getAttribute('lang'),
      main: await page.locator('#main').innerHTML(),
    }
    release()
    await waitForApp(page)
    // Effects (title, language) have run once the next frame is drawn.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))))
    const after = {
      title: await page.title(),
      lang: await page.locator('html').getAttribute('lang'),
      main: await page.locator('#main').innerHTML(),
    }
    expect(after, path).toEqual(before)
    const changes = await page.evaluate(
      () => (window as unknown as { documentChanges: string[] }).documentChanges,
    )
    expect(changes, path).toEqual([])
    const shifts = await layoutShifts(page)
    expect(shifts, path).toEqual([])
    await page.unrouteAll()
  }
})

test('a page asks for all of its code at once, and only for that', async ({ page }) => {
  const requested = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.js')) requested.add(url.pathname)
  })
  for (const path of [
    '/',
    '/events/plenary',
    '/ja/events/ariane-group-visit',
    '/fr/delegations/jp',
    '/delegations',
    '/source',
    '/fr/embed/events/plenary',
  ]) {
    const html = await (await page.request.get(path)).text()
    // The boot script is inline: it costs no request of its own.
    const tag = /<script type="module"( data-entry=[^>]*)>/.exec(html)
    const attribute = (name: string) =>
      new RegExp(` data-${name}="([^"]*)"`)
        .exec(tag?.[1] ?? '')?.[1]
        ?.split(' ')
        .filter(Boolean) ?? []
    const [entry] = attribute('entry')
    expect(entry, path).toBeDefined()
    const listed = [entry, ...attribute('preload'), ...attribute('fetch')]
      .filter((href) => href !== undefined)
      .sort()
    // Requested together, not one after another: while the entry is held back, every other
    // chunk the page needs has already been asked for. The route's chunks used to be requested
    // by the router only once the entry had arrived and run; held like this, they never were.
    // Waiting on the requests themselves, not on timestamps: on loopback the entry can arrive
    // before the last of its siblings has been requested, however early they were all asked.
    requested.clear()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(`**${entry}`, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(path, { waitUntil: 'commit' })
    await expect.poll(() => [...requested].sort(), { message: path }).toEqual(listed)
    release()
    await waitForApp(page)
    await page.waitForLoadState('networkidle')
    // Every script the page loaded on its way to hydration is on its boot script, and every
    // one listed was needed: the route's code and the language's text included. Beyond them,
    // the overview fetches, once idle, the open event's panel, which it does not show (the
    // next test).
    const later = [...requested].filter((href) => !listed.includes(href))
    expect(
      later.filter((href) => !PANEL_CODE.test(href)),
      path,
    ).toEqual([])
    expect([...requested].filter((href) => listed.includes(href)).sort(), path).toEqual(listed)
    await page.unrouteAll()
  }
})

/** The open event's panel: the event route's own code (src/routes/-components/OpenEvent.tsx). */
const PANEL_CODE = /\/(OpenEvent|_eventId)-[^/]*\.js$/

test("the overview fetches the open event's panel once idle, so opening an event asks for no code", async ({
  page,
}) => {
  const requested: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.js')) requested.push(url.pathname)
  })
  await page.goto('/')
  await waitForApp(page)
  // Not on the page's boot script: fetched after the first screen, when the page is idle.
  await expect.poll(() => requested.filter((href) => PANEL_CODE.test(href)).length).toBe(2)
  await page.waitForLoadState('networkidle')
  const before = requested.length
  // The keyboard announces nothing to the router (no hover, no focus on a link).
  await page.getByRole('heading', { name: 'Timeline', level: 1 }).click()
  await page.keyboard.press('ArrowRight')
  await expect(
    page.getByRole('heading', { name: 'Prime Minister Kishida visits Paris', level: 2 }),
  ).toBeFocused()
  expect(requested.slice(before)).toEqual([])
})

test('a page inlines only its own rules; the app adds the rest before it draws more', async ({
  page,
  problems,
}) => {
  // The delegations page's inline stylesheet holds no rule of the timeline's
  // (tests/site/heads.test.ts checks that each page's holds all of its own). Drawn by the app
  // after a click, the timeline is styled all the same: the boot script added the whole
  // stylesheet before the app rendered.
  const openTimelineFrom = async (path: string) => {
    await page.goto(path)
    await waitForApp(page)
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Timeline' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  }
  await openTimelineFrom('/delegations')
  const marker = page.getByRole('group', { name: 'France' }).getByRole('link').first()
  await expect(marker).toHaveCSS('position', 'absolute')

  // Should the whole stylesheet not load, the app starts all the same.
  await page.route('**/assets/style-*.css', (route) => route.abort())
  await openTimelineFrom('/source')
  await page.unrouteAll()
  const failed = problems.filter((p) =>
    /Failed to load resource.*\/assets\/style-[\w-]+\.css\)$/.test(p),
  )
  expect(failed).toHaveLength(1)
  problems.splice(0, problems.length, ...problems.filter((p) => !failed.includes(p)))
})

test.describe('built for a sub-path, as a project page', () => {
  // Its own build (scripts/e2e-builds.js): base path and origin are baked into its files.
  // playwright.config.ts serves it on the preview's port plus 2000.
  const BASE = SUBPATH.base
  const ORIGIN = SUBPATH.origin
  test.use({ baseURL: `http://127.0.0.1:${Number(process.env.PW_PORT) + 2000}` })

  test('pages, links, reloads and addresses all carry the sub-path', async ({ page }) => {
    // The bare folder address redirects to the slash, as hosts do, and hydrates there.
    await page.goto(BASE.replace(/\/$/, ''))
    await expect(page).toHaveURL(BASE)
    await waitForApp(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()

    const response = await page.goto(`${BASE}events/plenary`)
    expect(response?.status()).toBe(200)
    await waitForApp(page)
    await expect(eventHeading(page, PLENARY)).toBeVisible()
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${ORIGIN}${BASE}events/plenary`,
    )
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      `${ORIGIN}${BASE}og/en/events/plenary.png`,
    )

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Delegations' })
      .click()
    await expect(page).toHaveURL(`${BASE}delegations`)
    const reloaded = await page.reload()
    expect(reloaded?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Delegations' })).toBeVisible()

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Français' })
      .click()
    await expect(page).toHaveURL(`${BASE}fr/delegations`)
  })

  test('addresses outside the sub-path or unknown inside it are 404', async ({
    page,
    problems,
  }) => {
    expect((await page.goto('/events/plenary'))?.status()).toBe(404)
    const missing = await page.goto(`${BASE}no-such-page`)
    expect(missing?.status()).toBe(404)
    await waitForApp(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    // Styles and scripts of 404.html load from the sub-path at any depth.
    await page.goto(`${BASE}a/b/c`)
    await waitForApp(page)
    await expect(page.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute(
      'href',
      BASE,
    )
    allowDocument404(problems)
  })
})
