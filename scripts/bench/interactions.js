// Interaction latency and initial render in Chromium under 4× CPU throttling (DevTools
// protocol). Latency runs from the input event's timestamp to the first paint after the page
// shows the result: a requestAnimationFrame loop notices the change in the frame about to be
// painted, and a task queued from that frame runs once it has been painted. Event Timing
// entries (PerformanceObserver 'event', durationThreshold 16) are recorded alongside; they end
// at the first paint after the handlers, which for an asynchronous router update can be before
// the new content is on screen, so the rAF measure is the one held to the budget.

import { chromium } from '@playwright/test'
import { launchOptions } from '../chromium.js'
import { installHandMadeChange } from './hand-made.js'
import { median } from './lighthouse.js'

const CPU_THROTTLING = 4
export const WARM_UP = 2
const TIMEOUT_MS = 15_000

export function launch() {
  return chromium.launch(launchOptions)
}

/**
 * @typedef {BenchSample} Sample
 * @typedef {{ median: number | null, q1: number | null, q3: number | null, eventTimingMedian: number | null, samples: (number | null)[] }} Summary
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 */

/**
 * Runs in the page before its own scripts.
 * @param {string | null} renderSelector
 */
function install(renderSelector) {
  /** @param {() => void} callback */
  const afterPaint = (callback) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = callback
    channel.port2.postMessage(null)
  }
  /** @type {BenchProbe} */
  const bench = {
    input: null,
    armed: null,
    entries: [],
    rendered: null,
    done: null,
    arm(type, selector) {
      bench.input = null
      bench.entries = []
      bench.armed = type
      bench.done = new Promise((resolve) => {
        const check = () => {
          if (bench.input !== null && document.querySelector(selector)) {
            const input = bench.input
            afterPaint(() => resolve(performance.now() - input))
          } else {
            requestAnimationFrame(check)
          }
        }
        requestAnimationFrame(check)
      })
    },
    armChange(type, selector) {
      // Done at the first frame after the input that changed anything under `selector`: the
      // same test for this app and for vis-timeline, whose markup has nothing in common.
      bench.input = null
      bench.entries = []
      bench.armed = type
      // The whole document is watched: a route update may replace the element itself.
      let changed = false
      /** @param {Node} node */
      const within = (node) =>
        (node instanceof Element ? node : node.parentElement)?.closest(selector) != null
      /** @param {Node} node */
      const brings = (node) =>
        within(node) || (node instanceof Element && node.querySelector(selector) !== null)
      const observer = new MutationObserver((records) => {
        if (records.some((r) => within(r.target) || [...r.addedNodes].some(brings))) changed = true
      })
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
      bench.done = new Promise((resolve) => {
        const check = () => {
          if (bench.input !== null && changed) {
            observer.disconnect()
            const input = bench.input
            afterPaint(() => resolve(performance.now() - input))
          } else {
            requestAnimationFrame(check)
          }
        }
        requestAnimationFrame(check)
      })
    },
    quiet(ms) {
      // Resolves once nothing in the document has changed for `ms`: a gesture's follow-up
      // (this app writes the view to the URL after it) must not run into the next sample.
      return new Promise((resolve) => {
        let timer = setTimeout(done, ms)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(done, ms)
        })
        function done() {
          observer.disconnect()
          resolve(undefined)
        }
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
      })
    },
    async result() {
      const latency = await bench.done
      // Event Timing entries are delivered after the paint they end at.
      await new Promise((r) => setTimeout(r, 100))
      return { latency, eventTiming: bench.entries.length ? Math.max(...bench.entries) : null }
    },
  }
  window.__bench = bench
  for (const type of ['keydown', 'click', 'wheel', 'pointermove']) {
    addEventListener(
      type,
      (e) => {
        if (bench.armed === type && bench.input === null) bench.input = e.timeStamp
      },
      { capture: true },
    )
  }
  new PerformanceObserver((list) => {
    for (const entry of /** @type {PerformanceEventTiming[]} */ (list.getEntries()))
      if (entry.interactionId) bench.entries.push(entry.duration)
  }).observe(
    /** @type {PerformanceObserverInit & { durationThreshold: number }} */ ({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    }),
  )
  if (renderSelector) {
    const first = () => {
      if (document.querySelector(renderSelector)) {
        afterPaint(() => {
          bench.rendered = performance.now()
          bench.renderedCount = document.querySelectorAll(renderSelector).length
        })
      } else {
        requestAnimationFrame(first)
      }
    }
    requestAnimationFrame(first)
  }
}

/**
 * @param {Browser} browser
 * @param {string} [renderSelector]
 */
export async function throttledPage(browser, renderSelector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(install, renderSelector ?? null)
  const page = await context.newPage()
  // 5,000 events under 4× throttling on a busy machine can take long to load.
  page.setDefaultTimeout(180_000)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING })
  return { context, page }
}

/**
 * Called around every sample that `measure` takes, when set: scripts/bench/attribution.js
 * traces each one to say where its milliseconds went. Unset, as in `npm run bench`, nothing
 * else runs beside a sample.
 * @typedef {{ before(page: Page): Promise<void>, after(page: Page, type: string, sample: Sample): Promise<void> }} SampleHooks
 * @type {SampleHooks | null}
 */
let sampleHooks = null

/** @param {SampleHooks | null} hooks */
export function aroundEachSample(hooks) {
  sampleHooks = hooks
}

/**
 * @param {Page} page
 * @param {string} type
 * @param {string} doneSelector
 * @param {() => Promise<void>} act
 * @param {'selector' | 'change'} [mode] done when `doneSelector` matches, or when anything under
 *   it changes
 * @returns {Promise<Sample>}
 */
export async function measure(page, type, doneSelector, act, mode = 'selector') {
  await page.evaluate(
    ([t, s, m]) => (m === 'change' ? window.__bench.armChange(t, s) : window.__bench.arm(t, s)),
    /** @type {[string, string, string]} */ ([type, doneSelector, mode]),
  )
  await sampleHooks?.before(page)
  await act()
  const sample = await Promise.race([
    page.evaluate(() => window.__bench.result()),
    /** @type {Promise<Sample>} */ (
      new Promise((r) => setTimeout(() => r({ latency: null, eventTiming: null }), TIMEOUT_MS))
    ),
  ])
  await sampleHooks?.after(page, type, sample)
  return sample
}

/**
 * The quartile at `q` (0.25, 0.75) of the measured values, by linear interpolation.
 * @param {readonly (number | null)[]} values
 * @param {number} q
 */
function quantile(values, q) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const at = (sorted.length - 1) * q
  const low = sorted[Math.floor(at)] ?? 0
  const high = sorted[Math.ceil(at)] ?? low
  return low + (high - low) * (at - Math.floor(at))
}

/**
 * @param {readonly Sample[]} samples
 * @returns {Summary}
 */
export function summarise(samples) {
  const measured = samples.slice(WARM_UP)
  const latencies = measured.map((s) => s.latency)
  return {
    median: median(latencies),
    // The spread a shared machine adds: the middle half of the samples.
    q1: quantile(latencies, 0.25),
    q3: quantile(latencies, 0.75),
    eventTimingMedian: median(measured.map((s) => s.eventTiming ?? 0)),
    samples: measured.map((s) => (s.latency === null ? null : Math.round(s.latency * 10) / 10)),
  }
}

// The router marks the active link aria-current="page" (the app asks for "true"): match either.
const SELECTED = '[data-event-link][aria-current]'
const FILTER = (/** @type {number} */ n) =>
  `ul[aria-labelledby="country-filter-label"] > li:nth-child(${n}) > a`

/**
 * Waits until React has taken over the page: the root is no longer inert and src/main.tsx
 * has made its `app-ready` performance mark, once the route's code is in, hydration has
 * committed and the first commit's effects have run. The prerendered links are on screen
 * well before that, and a click on one before hydration is a full page load, not the
 * interaction measured; in one run, going back from such a load left the sampler reading an
 * event list that was not there yet.
 * @param {Page} page
 * @param {number} [timeout] ms; the page's default when left out
 */
export async function appReady(page, timeout) {
  await page.waitForFunction(
    () => {
      // src/main.tsx makes this mark once the first commit's effects have run.
      const root = document.getElementById('root')
      return !!root && !root.inert && performance.getEntriesByName('app-ready').length > 0
    },
    null,
    timeout === undefined ? undefined : { timeout },
  )
}

/** @param {Page} page */
async function selectedId(page) {
  return page.locator(SELECTED).first().getAttribute('data-event-link')
}

/**
 * @param {Page} page
 * @param {string} baseUrl
 * @param {string} startId
 * @param {number} count
 */
async function nextEvent(page, baseUrl, startId, count) {
  await page.goto(`${baseUrl}/events/${startId}`)
  await appReady(page)
  await page.locator(`[data-event-link="${startId}"][aria-current]`).waitFor()
  const samples = []
  while (samples.length < count + WARM_UP) {
    const current = await selectedId(page)
    const last = await page.locator('[data-event-link]').last().getAttribute('data-event-link')
    if (current === last) {
      // At the end of the list: back to the start, unmeasured.
      await page.keyboard.press('Home')
      await page.locator(`${SELECTED}:not([data-event-link="${current}"])`).waitFor()
      continue
    }
    samples.push(
      await measure(page, 'keydown', `${SELECTED}:not([data-event-link="${current}"])`, () =>
        page.keyboard.press('ArrowRight'),
      ),
    )
  }
  return summarise(samples)
}

/**
 * @param {Page} page
 * @param {string} baseUrl
 * @param {number} count
 */
async function toggleFilter(page, baseUrl, count) {
  await page.goto(`${baseUrl}/`)
  await appReady(page)
  await page.locator(FILTER(1)).waitFor()
  const samples = []
  for (let i = 0; i < count + WARM_UP; i++) {
    // France, then back to both countries: each click is one toggle. Done when the France
    // option's state has flipped (the "all" option stays marked by the router either way).
    const toFrance = i % 2 === 0
    const done = `${FILTER(2)}${toFrance ? '[aria-current]' : ':not([aria-current])'}`
    samples.push(
      await measure(page, 'click', done, () => page.locator(FILTER(toFrance ? 2 : 1)).click()),
    )
  }
  return summarise(samples)
}

/**
 * @param {Page} page
 * @param {string} baseUrl
 * @param {number} count
 */
async function openPanel(page, baseUrl, count) {
  await page.goto(`${baseUrl}/`)
  await appReady(page)
  const samples = []
  for (let i = 0; i < count + WARM_UP; i++) {
    await page.locator('[data-event-link]').first().waitFor()
    const ids = await page
      .locator('[data-event-link]')
      .evaluateAll((links) => links.slice(0, 8).map((a) => a.getAttribute('data-event-link')))
    const id = ids[i % ids.length]
    const link = `[data-event-link="${id}"]`
    samples.push(
      await measure(page, 'click', `${link}[aria-current]`, () => page.locator(link).click()),
    )
    // Close the panel again (unmeasured) so the next sample opens it from the overview.
    await page.goBack()
    await appReady(page)
    await page.locator(SELECTED).waitFor({ state: 'detached' })
  }
  return summarise(samples)
}

/**
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {number} count
 * @param {string} startId
 * @returns {Promise<Record<string, Summary>>}
 */
export async function measureInteractions(browser, baseUrl, count, startId) {
  /** @type {Record<string, Summary>} */
  const result = {}
  /** @type {[string, (page: Page) => Promise<Summary>][]} */
  const runs = [
    ['nextEvent', (page) => nextEvent(page, baseUrl, startId, count)],
    ['toggleFilter', (page) => toggleFilter(page, baseUrl, count)],
    ['openPanel', (page) => openPanel(page, baseUrl, count)],
  ]
  for (const [name, run] of runs) {
    const { context, page } = await throttledPage(browser)
    try {
      result[name] = await run(page)
    } finally {
      await context.close()
    }
  }
  return result
}

/**
 * Navigation start to the first paint that shows `selector`, over `runs` cold loads.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} selector
 * @param {number} runs
 */
export async function measureInitialRender(browser, url, selector, runs) {
  /** @type {number[]} */
  const samples = []
  let rendered = 0
  for (let i = 0; i < runs; i++) {
    const { context, page } = await throttledPage(browser, selector)
    try {
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(() => window.__bench?.rendered != null, null, {
        timeout: 180_000,
        polling: 250,
      })
      const r = await page.evaluate(() => [window.__bench.rendered, window.__bench.renderedCount])
      samples.push(r[0] ?? NaN)
      rendered = r[1] ?? 0
    } finally {
      await context.close()
    }
  }
  return {
    median: median(samples),
    samples: samples.map((s) => Math.round(s)),
    elementsInFirstPaint: rendered,
  }
}

/**
 * The floor of one interaction on this very page: the same change to the page, made by hand
 * (installHandMadeChange) in the page's script-free copy, timed by the same probe. What it
 * costs is the browser's own work to restyle, lay out and paint what the interaction changes,
 * which any way of making that change pays; the app's figure beside it is that plus the router,
 * React and the app.
 * @param {Browser} browser
 * @param {string} baseUrl the app
 * @param {{ path: string, type: 'keydown' | 'click', act: (page: Page) => Promise<void>, done: string }} interaction
 * @param {number} count
 */
async function handMadeChange(browser, baseUrl, interaction, count) {
  const { path, type, act, done } = interaction
  // The app's markup on either side of the interaction, taken unthrottled.
  const capture = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  let before = ''
  let after = ''
  let point = { x: 0, y: 0 }
  try {
    const page = await capture.newPage()
    await page.goto(`${baseUrl}${path}`)
    await appReady(page)
    await page.waitForTimeout(500)
    before = await page.locator('#root').evaluate((root) => root.innerHTML)
    if (type === 'click') {
      const box = await page
        .locator(done.replace(/\[aria-current\]/g, ''))
        .first()
        .boundingBox()
      if (!box) throw new Error(`nothing to click for ${path}`)
      point = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    }
    await act(page)
    await page.locator(done).first().waitFor()
    await page.waitForTimeout(500)
    after = await page.locator('#root').evaluate((root) => root.innerHTML)
  } finally {
    await capture.close()
  }
  // The page's own HTML, scripts removed, and the change made by a script the page's policy
  // would refuse (hence bypassCSP: the bench's, not the page's).
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  })
  try {
    await context.addInitScript(install, null)
    const page = await context.newPage()
    page.setDefaultTimeout(180_000)
    await page.route(`${baseUrl}${path}`, async (route) => {
      const response = await route.fetch()
      const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '')
      await route.fulfill({ response, body: html })
    })
    await page.goto(`${baseUrl}${path}`)
    await page.evaluate(installHandMadeChange, { type, before, after })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING })
    await page.waitForTimeout(300)
    const samples = []
    for (let i = 0; i < count + WARM_UP; i++) {
      samples.push(
        await measure(
          page,
          type,
          '#root',
          () =>
            type === 'keydown'
              ? page.keyboard.press('ArrowRight')
              : page.mouse.click(point.x, point.y),
          'change',
        ),
      )
    }
    return summarise(samples)
  } finally {
    await context.close()
  }
}

/**
 * The hand-made change of each interaction measured by measureInteractions, at 5 events.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {number} count
 * @param {string} startId
 * @returns {Promise<Record<string, Summary>>}
 */
export async function measureHandMadeChanges(browser, baseUrl, count, startId) {
  return {
    nextEvent: await handMadeChange(
      browser,
      baseUrl,
      {
        path: `/events/${startId}`,
        type: 'keydown',
        act: (page) => page.keyboard.press('ArrowRight'),
        done: `${SELECTED}:not([data-event-link="${startId}"])`,
      },
      count,
    ),
    toggleFilter: await handMadeChange(
      browser,
      baseUrl,
      {
        path: '/',
        type: 'click',
        act: (page) => page.locator(FILTER(2)).click(),
        done: `${FILTER(2)}[aria-current]`,
      },
      count,
    ),
    openPanel: await handMadeChange(
      browser,
      baseUrl,
      {
        path: '/',
        type: 'click',
        act: async (page) => {
          const id = await page.locator('[data-event-link]').first().getAttribute('data-event-link')
          await page.locator(`[data-event-link="${id}"]`).click()
        },
        done: '[data-event-link][aria-current]',
      },
      count,
    ),
  }
}
