// The floors each bench figure is judged against, made in the same run as the figures, since
// absolute times on a shared machine move by ±25 % and more:
// - the script-free copy of the built site: every page as prerendered, minus its scripts (the
//   first paint a page could have if JavaScript cost nothing before it);
// - the floor app (scripts/bench/floor-app): React + ReactDOM + TanStack Router with one route,
//   prerendered and hydrated as the app is (the first-load JS and TBT of the stack itself);
// - a click that only toggles a class (the cheapest interaction the browser can paint), and a
//   click on a router link that does the same through TanStack Router and React (the cheapest
//   navigation of this stack);
// - each interaction's own change to its page, made by hand in the page's script-free copy
//   (interactions.js, measureHandMadeChanges): what restyling, laying out and painting that
//   change costs the browser, whatever makes it;
// - the first style and layout of each script-free page in a fresh browser, beside the same
//   layout done again once warm and the first layout of a two-line page with the same
//   stylesheet (what Lighthouse's TBT counts four times over before any script runs).
// Both sites are served by the project's static host, compressed as a real host serves them.

import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { compressSite } from '../compress.js'
import { createStaticHost } from '../static-host.js'
import { launch, measure, summarise, throttledPage, WARM_UP } from './interactions.js'
import { median } from './lighthouse.js'
import { root } from './servers.js'

const FLOOR_SOURCE = join(root, 'scripts/bench/floor-app')
export const FLOOR_DIST = join(root, 'node_modules/.tmp/bench/floor-dist')
export const SCRIPT_FREE_DIST = join(root, 'node_modules/.tmp/bench/script-free')

/**
 * Copies the built site with every script and module preload taken out of its pages.
 * @param {string} dist
 */
export async function scriptFreeCopy(dist) {
  rmSync(SCRIPT_FREE_DIST, { recursive: true, force: true })
  cpSync(dist, SCRIPT_FREE_DIST, { recursive: true })
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8')
          .replace(/<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '')
          .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
        writeFileSync(path, html)
      }
    }
  }
  walk(SCRIPT_FREE_DIST)
  // The two-line page: the home page's head (its inline stylesheet and policy), a heading and
  // a sentence. Its first layout is what any page costs here before its own content.
  const home = readFileSync(join(SCRIPT_FREE_DIST, 'index.html'), 'utf8')
  writeFileSync(
    join(SCRIPT_FREE_DIST, `${TWO_LINES.slice(1)}.html`),
    `${home.slice(0, home.indexOf('<body'))}<body><main><h1>France–Japan</h1>` +
      '<p>A short paragraph.</p></main></body></html>\n',
  )
  // The host sends only the build's compressed copies: the changed pages need new ones.
  await compressSite(SCRIPT_FREE_DIST)
  return SCRIPT_FREE_DIST
}

/** The script-free copy's two-line page (scriptFreeCopy). */
export const TWO_LINES = '/first-layout-floor'

/**
 * The first style and layout of each page of the script-free copy, each run in a browser of
 * its own at 1× CPU (Chromium's RecalcStyleDuration and LayoutDuration once the page has
 * painted), then the layout of the whole page done again, warm (median of 31), and the same
 * first measure for the two-line page. On this machine the cold figure is many times the warm
 * one: fonts set up and text shaped for the first time, not the styles' or the markup's cost,
 * and no script can remove it. Lighthouse multiplies it by four into TBT.
 * @param {string} url the script-free copy's address
 * @param {readonly string[]} routes
 * @param {number} runs
 */
export async function measureFirstLayout(url, routes, runs) {
  /** @type {Record<string, { cold: number | null, warm: number | null }>} */
  const result = {}
  for (const route of [...routes, TWO_LINES]) {
    const cold = []
    const warm = []
    for (let i = 0; i < runs; i++) {
      const browser = await launch()
      try {
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } })
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Performance.enable')
        await page.goto(`${url}${route}`, { waitUntil: 'load' })
        // Two frames: the first layout has happened and been painted.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        )
        const { metrics } = await cdp.send('Performance.getMetrics')
        const seconds = (/** @type {string} */ name) =>
          metrics.find((metric) => metric.name === name)?.value ?? 0
        cold.push((seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000)
        warm.push(
          await page.evaluate(() => {
            const root = /** @type {HTMLElement} */ (document.body.firstElementChild)
            const times = []
            for (let n = 0; n < 31; n++) {
              root.style.width = n % 2 ? '99.9%' : '100%'
              const start = performance.now()
              void document.body.offsetHeight
              times.push(performance.now() - start)
            }
            return times.sort((a, b) => a - b)[15] ?? 0
          }),
        )
      } finally {
        await browser.close()
      }
    }
    result[route] = { cold: median(cold), warm: median(warm) }
  }
  return result
}

/** Builds the floor app with Vite and writes its one page with the markup rendered in Node. */
export async function buildFloorApp() {
  const { build } = await import('vite')
  /**
   * @param {Record<string, string>} pages entry name → HTML file in the floor app's folder
   * @param {{ emptyOutDir: boolean, assetsDir?: string }} options
   */
  const buildPages = (pages, options) =>
    build({
      configFile: false,
      root: FLOOR_SOURCE,
      logLevel: 'error',
      build: {
        outDir: FLOOR_DIST,
        ...options,
        target: 'es2022',
        modulePreload: { polyfill: false },
        rollupOptions: {
          input: Object.fromEntries(
            Object.entries(pages).map(([name, file]) => [name, join(FLOOR_SOURCE, file)]),
          ),
        },
      },
    })
  await buildPages({ index: 'index.html', toggle: 'toggle.html' }, { emptyOutDir: true })
  // The router-link page is built on its own, into folders of its own, so that the floor app's
  // chunks (and so its first-load JS) are what they are without it.
  await buildPages({ nav: 'nav.html' }, { emptyOutDir: false, assetsDir: 'nav-assets' })
  const { createMemoryHistory } = await import('@tanstack/react-router')
  const { renderToString } = await import('react-dom/server')
  const { floorApp } = await import('./floor-app/app.js')
  const { router, app } = floorApp(createMemoryHistory({ initialEntries: ['/'] }))
  await router.load()
  // The router's inline scroll-restoration script is dropped, as src/entry-server.tsx does.
  const markup = renderToString(app).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  const page = join(FLOOR_DIST, 'index.html')
  // The app's pages carry their boot script inline (vite.config.ts, paintFirst), so the floor
  // page carries its boot chunk inline too, its relative imports made absolute: a linked one is
  // a request before the first paint, which Lighthouse counts into FCP and so into where its TBT
  // window opens.
  const entryTag = /<script type="module" crossorigin src="\/assets\/([^"]+)"><\/script>/
  const html = readFileSync(page, 'utf8')
  const entry = entryTag.exec(html)?.[1]
  if (!entry) throw new Error('floor app: its page has no entry script')
  const boot = readFileSync(join(FLOOR_DIST, 'assets', entry), 'utf8')
    .trim()
    .replace(/([`'"])\.\//g, '$1/assets/')
  if (/<\/script/i.test(boot)) throw new Error('floor app: its boot chunk cannot be inlined')
  writeFileSync(
    page,
    html
      .replace(entryTag, () => `<script type="module">${boot}</script>`)
      .replace('<!--app-html-->', () => markup),
  )
  // The static host waits for a 404 page before it serves a folder.
  writeFileSync(join(FLOOR_DIST, '404.html'), '<!doctype html><title>Not found</title>')
  await compressSite(FLOOR_DIST)
  return FLOOR_DIST
}

/**
 * Serves `dir` with the project's static host (the build's gzip and brotli copies).
 * @param {string} dir
 * @param {number} port
 * @param {(request: import('node:http').IncomingMessage) => void} [onRequest] sees each
 *   request before the host does (paint.js takes brotli out of its Accept-Encoding)
 * @returns {Promise<import('./servers.js').Server>}
 */
export function serveStatic(dir, port, onRequest) {
  const server = createStaticHost({ root: dir, base: '/', hsts: false, log: undefined })
  if (onRequest) server.prependListener('request', onRequest)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done()).closeAllConnections()),
      }),
    )
  })
}

/**
 * The interaction floors, with the app's probe and throttling: a click on a button whose handler
 * toggles a class (`/toggle`), or on a router link whose search parameter React renders as that
 * class (`/nav`).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} floorUrl
 * @param {number} count
 * @param {'toggle' | 'nav'} [page] which of the two
 */
export async function measureClassToggle(browser, floorUrl, count, page = 'toggle') {
  const { context, page: tab } = await throttledPage(browser)
  try {
    await tab.goto(`${floorUrl}/${page}`)
    const control =
      page === 'toggle'
        ? tab.getByRole('button', { name: 'Toggle' })
        : tab.getByRole('link', { name: 'Toggle' })
    await control.waitFor()
    const samples = []
    for (let i = 0; i < count + WARM_UP; i++) {
      const done = i % 2 === 0 ? '#target.on' : '#target:not(.on)'
      samples.push(await measure(tab, 'click', done, () => control.click()))
      // A sample that timed out must not leave the next click to start from the wrong state.
      await tab.locator(i % 2 === 0 ? '#target.on' : '#target:not(.on)').waitFor()
    }
    return summarise(samples)
  } finally {
    await context.close()
  }
}

/** The floor app's first-load JS: every chunk its page loads (not the interaction pages'). */
export function floorJs() {
  const assets = join(FLOOR_DIST, 'assets')
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') && !f.startsWith('toggle-'))
  const bytes = files.map((f) => readFileSync(join(assets, f)))
  return {
    files,
    gzip: bytes.reduce((total, b) => total + gzipSync(b, { level: 9 }).length, 0),
    brotli: bytes.reduce((total, b) => total + brotliCompressSync(b).length, 0),
  }
}
