// Zoom and pan on the time axis at 5,000 events, this app beside vis-timeline on the same items
// in the same run, under the same 4× CPU throttling and the same probe (interactions.js). Both
// start from the same three-month window. Each sample runs from the input event to the first
// painted frame after the axis (or vis-timeline's panel) changed: the wheel that zooms, the
// pointer move that pans. This app also zooms from the keyboard (`+`/`−`), which goes through
// the URL; vis-timeline has no keyboard zoom to compare with.

import { measure, summarise, throttledPage, WARM_UP } from './interactions.js'

/**
 * @typedef {import('./interactions.js').Summary} Summary
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {{ name: 'app' | 'vis', root: string, track: string, zoomModifier: string | null }} Target
 */

/** A quarter of a year in the middle of the stress set's ten years. */
export const AXIS_WINDOW = { from: '2018-06-01', to: '2018-08-31' }
/** After each sample: the app writes the view to the URL once a gesture settles (250 ms). */
const QUIET_MS = 400

/** @type {Target} */
const APP = {
  name: 'app',
  root: 'section[aria-labelledby="axis-heading"]',
  track: 'section[aria-labelledby="axis-heading"] [data-country="FR"]',
  // Plain wheel scrolls the page over the app's axis; Ctrl (⌘) + wheel zooms.
  zoomModifier: 'Control',
}
/** @type {Target} */
const VIS = {
  name: 'vis',
  root: '.vis-timeline',
  track: '.vis-panel.vis-center',
  zoomModifier: null,
}

/**
 * @param {Page} page
 * @param {string} selector
 */
async function pointIn(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded()
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is not drawn`)
  return { x: box.x + box.width * 0.4, y: box.y + Math.min(box.height / 2, 60) }
}

/**
 * Where a reader zooms or drags this app's axis: on the lane's line, off every label. On a
 * label, the pointer shows its marker's card (interest, from the browser itself), which is
 * drawn below the marker, over that very label: the wheel and the drag then went to the card,
 * not the axis, and no sample was ever recorded (7 December 2026). At 5,000 events the line
 * is covered with markers (each month-precise event spans its month), so a marker's own box
 * is fair ground: its card opens beside it, never over it. Found again before each sample, as
 * a zoom or a pan moves the markers and labels under a fixed point.
 * @param {Page} page
 * @param {string} track the lane
 */
async function linePoint(page, track) {
  await page.locator(track).first().scrollIntoViewIfNeeded()
  const point = await page
    .locator(track)
    .first()
    .evaluate((lane) => {
      const line = lane.querySelector('[data-axis-track]')
      const marker = lane.querySelector('[data-axis-key]')
      if (!line || !marker) return null
      const box = line.getBoundingClientRect()
      const at = marker.getBoundingClientRect()
      const y = at.top + at.height / 2
      /** @param {number} x */
      const free = (x) => {
        const hit = document.elementFromPoint(x, y)
        if (hit === null || !line.contains(hit)) return false
        const item = hit.closest('[data-axis-key]')?.getBoundingClientRect()
        // On a marker or a cluster, within its own box: not on the label it leads out to.
        return !item || (x >= item.left && x <= item.right && y >= item.top && y <= item.bottom)
      }
      // Outward from 40 % across, as before, a few pixels at a time.
      for (let d = 0; d < box.width * 0.35; d += 3)
        for (const x of [box.left + box.width * 0.4 + d, box.left + box.width * 0.4 - d])
          if (free(x)) return { x, y }
      return null
    })
  if (!point) throw new Error(`no point on the line of ${track}`)
  return point
}

/** @param {Page} page */
const quiet = (page) => page.evaluate((ms) => window.__bench.quiet(ms), QUIET_MS)

/**
 * @param {Page} page
 * @param {Target} target
 * @param {number} count
 */
async function wheelZoom(page, target, count) {
  const samples = []
  for (let i = 0; i < count + WARM_UP; i++) {
    const at =
      target.name === 'app'
        ? await linePoint(page, target.track)
        : await pointIn(page, target.track)
    await page.mouse.move(at.x, at.y)
    // In, then out again: the view stays around the same window.
    const deltaY = i % 2 === 0 ? -100 : 100
    if (target.zoomModifier) await page.keyboard.down(target.zoomModifier)
    samples.push(
      await measure(page, 'wheel', target.root, () => page.mouse.wheel(0, deltaY), 'change'),
    )
    if (target.zoomModifier) await page.keyboard.up(target.zoomModifier)
    await quiet(page)
  }
  return summarise(samples)
}

/**
 * @param {Page} page
 * @param {Target} target
 * @param {number} count
 */
async function dragPan(page, target, count) {
  const samples = []
  for (let i = 0; i < count + WARM_UP; i++) {
    const at =
      target.name === 'app'
        ? await linePoint(page, target.track)
        : await pointIn(page, target.track)
    // Left, then right again; the first few pixels start the drag (both libraries wait for a
    // threshold) and are not measured: the move after them is what the reader watches follow.
    const direction = i % 2 === 0 ? -1 : 1
    await page.mouse.move(at.x, at.y)
    await page.mouse.down()
    await page.mouse.move(at.x + direction * 20, at.y)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))))
    samples.push(
      await measure(
        page,
        'pointermove',
        target.root,
        () => page.mouse.move(at.x + direction * 120, at.y),
        'change',
      ),
    )
    await page.mouse.up()
    await quiet(page)
  }
  return summarise(samples)
}

/**
 * @param {Page} page
 * @param {number} count
 */
async function keyZoom(page, count) {
  const stop = `${APP.root} [data-axis-key][tabindex="0"]`
  const samples = []
  for (let i = 0; i < count + WARM_UP; i++) {
    // The keys act on the axis's focused marker: focus it again (unmeasured) whenever a
    // redraw took focus away, or the key would reach nothing and the sample time out.
    const focused = await page.evaluate(
      (root) => document.activeElement?.closest(root) != null,
      APP.root,
    )
    if (!focused) await page.locator(stop).focus()
    const before = page.url()
    const key = i % 2 === 0 ? '+' : '-'
    const sample = await measure(
      page,
      'keydown',
      APP.root,
      () => page.keyboard.press(key),
      'change',
    )
    // A sample counts only if the key zoomed: the range in the address changed.
    await page.waitForURL((url) => url.href !== before, { timeout: 15_000 })
    samples.push(sample)
    await quiet(page)
  }
  return summarise(samples)
}

/**
 * @param {Browser} browser
 * @param {string} url
 * @param {Target} target
 */
async function openAt(browser, url, target) {
  const { context, page } = await throttledPage(browser)
  if (target.name === 'app') {
    await page.goto(`${url}/?time=${AXIS_WINDOW.from}..${AXIS_WINDOW.to}`)
    // The prerendered page is inert until the app renders over it.
    await page.locator('#root:not([inert])').waitFor()
    await page.locator(`${APP.root} [data-axis-key]`).first().waitFor()
  } else {
    await page.goto(`${url}/`)
    await page.locator('.vis-item').first().waitFor()
    await page.evaluate(
      ([from, to]) =>
        /** @type {{ timeline: { setWindow(a: string, b: string, o: object): void } }} */ (
          /** @type {unknown} */ (window)
        ).timeline.setWindow(from, to, { animation: false }),
      /** @type {[string, string]} */ ([AXIS_WINDOW.from, AXIS_WINDOW.to]),
    )
  }
  await quiet(page)
  return { context, page }
}

/**
 * @param {Browser} browser
 * @param {string} appUrl the stress build
 * @param {string | null} visUrl the vis-timeline page on the same items; null: the app alone
 *   (scripts/bench/attribution.js --axis, which traces the app's samples only)
 * @param {number} count samples per measure
 */
export async function measureAxis(browser, appUrl, visUrl, count) {
  /** @type {Record<string, { app: Summary, vis?: Summary }>} */
  const result = {}
  /**
   * @param {string} url
   * @param {Target} target
   * @param {(page: Page) => Promise<Summary>} run
   */
  const one = async (url, target, run) => {
    const { context, page } = await openAt(browser, url, target)
    try {
      return await run(page)
    } finally {
      await context.close()
    }
  }
  for (const [name, run] of /** @type {const} */ ([
    ['zoomWheel', wheelZoom],
    ['panDrag', dragPan],
  ])) {
    result[name] = {
      app: await one(appUrl, APP, (page) => run(page, APP, count)),
      vis: visUrl === null ? undefined : await one(visUrl, VIS, (page) => run(page, VIS, count)),
    }
  }
  result.zoomKey = { app: await one(appUrl, APP, (page) => keyZoom(page, count)) }
  return result
}
