#!/usr/bin/env node
// `npm run bench`: builds the app and a 5,000-event stress build, then measures first-load
// bytes, Lighthouse, interaction latency (4× CPU throttling) and initial render against
// vis-timeline. Prints one table and writes bench-results/latest.json. A missed budget is
// reported, never an exit code: numbers on a shared machine are noisy.
//
//   npm run bench                       everything
//   npm run bench -- --skip-build       reuse dist/ and the last stress build
//   npm run bench -- --only sizes,interactions,stress,axis,lighthouse
//   npm run bench -- --only axis        zoom and pan at 5,000 events beside vis-timeline
//   npm run bench -- --lighthouse-runs 3 --samples 20 --render-runs 5 (0: no cold loads)
//   npm run bench -- --without-print-digest    stress build without the print-only digest
//   npm run bench -- --only floors,lighthouse  the floors (scripts/bench/floors.js) and the
//                                              Lighthouse runs judged against them
//   npm run bench -- --only paint [--paint-runs 5]  every run of FCP and LCP over the
//                                              script-free copy, four ways (scripts/bench/paint.js;
//                                              40–80 minutes, so not part of a plain `npm run bench`)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { buildAll, root, startPreview, startVisServer, stop } from './servers.js'
import { measurePaint, WAYS } from './paint.js'
import { measureSizes } from './sizes.js'
import { LIGHTHOUSE_ROUTES, measureLighthouse, measureLighthouseQuality } from './lighthouse.js'
import {
  buildWithSourceMaps,
  CONTENT,
  CONTENT_TEXT,
  firstLoadBreakdown,
  MESSAGES,
  SOURCEMAP_DIST,
} from './breakdown.js'
import {
  launch,
  measureHandMadeChanges,
  measureInteractions,
  measureInitialRender,
} from './interactions.js'
import { measureAxis } from './axis.js'
import { budgetsOf, printTable } from './report.js'
import {
  buildFloorApp,
  floorJs,
  measureClassToggle,
  measureFirstLayout,
  scriptFreeCopy,
  serveStatic,
} from './floors.js'

// --help: the usage in this file's opening comment, rather than starting a 20-minute run.
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  const head = readFileSync(new URL(import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
  const usage = head.slice(
    0,
    head.findIndex((line) => !line.startsWith('//')),
  )
  console.log(usage.map((line) => line.replace(/^\/\/ ?/, '')).join('\n'))
  process.exit(0)
}

/**
 * @param {string} name
 * @param {string} fallback
 */
function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}
const skipBuild = process.argv.includes('--skip-build')
if (process.argv.includes('--without-print-digest')) process.env.BENCH_WITHOUT_PRINT_DIGEST = '1'
const only = new Set(
  (option('only', 'sizes,floors,lighthouse,interactions,stress,axis') ?? '')
    .split(',')
    .filter(Boolean),
)
const samples = Number(option('samples', '20'))
const lighthouseRuns = Number(option('lighthouse-runs', '3'))
const renderRuns = Number(option('render-runs', '5'))

const ROUTES = ['/', '/events/plenary', '/delegations/fr', '/delegations']
// Cold loads, each in a browser of its own, for the first-layout floor (floors.js).
const FIRST_LAYOUT_RUNS = 5
// Ports away from the ones the app and the e2e tests use.
const PORT = Number(option('port', '4761'))

const started = new Date()
// The load average beside the figures: timings doubled once when the bench ran beside a test
// suite, and the printed load is how a reader tells a quiet run from a busy one.
const loadAtStart = loadavg()
let loadPeak = loadAtStart[0] ?? 0
const loadSampler = setInterval(() => {
  loadPeak = Math.max(loadPeak, loadavg()[0] ?? 0)
}, 5000)
loadSampler.unref()
/** @type {import('./servers.js').Server[]} */
const servers = []
/** @type {import('@playwright/test').Browser | undefined} */
let browser
// Interrupted: still stop the servers this run started (Playwright closes its own browser).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void Promise.all(servers.map((server) => stop(server))).finally(() => process.exit(130))
  })
}
try {
  const { dist, stressEvents } = await buildAll({ skipBuild })
  const app = await startPreview(['--port', String(PORT)], PORT)
  servers.push(app)
  const stress = await startPreview(
    ['-c', 'scripts/bench/vite.bench.config.ts', '--port', String(PORT + 1)],
    PORT + 1,
  )
  servers.push(stress)
  const vis = await startVisServer(PORT + 2, stressEvents)
  servers.push(vis)

  // Lighthouse counts transfer sizes: it measures the site as a real host serves it,
  // compressed, from the project's static host; beside it, the floors (see floors.js).
  const wantFloors = only.has('floors') || only.has('lighthouse')
  const hosted = wantFloors ? await serveStatic(dist, PORT + 3) : undefined
  // Made once for the floors and the paint matrix alike.
  const scriptFreeDir = wantFloors || only.has('paint') ? await scriptFreeCopy(dist) : undefined
  const scriptFree =
    wantFloors && scriptFreeDir ? await serveStatic(scriptFreeDir, PORT + 4) : undefined
  const floorApp = wantFloors ? await serveStatic(await buildFloorApp(), PORT + 5) : undefined
  for (const server of [hosted, scriptFree, floorApp]) if (server) servers.push(server)

  const launched = await launch()
  browser = launched
  /** @type {import('./report.js').BenchResult} */
  const result = {
    date: started.toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    chromium: launched.version(),
    settings: { samples, lighthouseRuns, renderRuns, cpuThrottling: 4 },
  }

  // One failing section (a timeout on a starved machine) leaves the others' figures standing.
  /**
   * @template T
   * @param {string} name
   * @param {string} label
   * @param {() => Promise<T>} measure
   * @returns {Promise<T | undefined>}
   */
  const section = async (name, label, measure) => {
    if (!only.has(name)) return undefined
    console.error(`• ${label}`)
    try {
      return await measure()
    } catch (error) {
      console.error(`  ${name} failed: ${error instanceof Error ? error.message : error}`)
      result.errors = { ...result.errors, [name]: String(error) }
      return undefined
    }
  }
  result.sizes = await section('sizes', 'first-load bytes', () =>
    measureSizes(launched, app.url, dist, ROUTES),
  )
  // What of each page's first-load JS is its own content and texts, by source map: a hydrated
  // page needs them whatever its code, so with the floor app's bytes they are the least the
  // page can fetch (README, Performance).
  result.sizeFloors = await section(
    'sizes',
    'first-load bytes by origin (a build with source maps)',
    async () => {
      buildWithSourceMaps()
      const host = await serveStatic(SOURCEMAP_DIST, PORT + 6)
      try {
        const breakdown = await firstLoadBreakdown(launched, host.url, ROUTES)
        return Object.fromEntries(
          Object.entries(breakdown).map(([route, { total, byOrigin }]) => {
            const of = (/** @type {string} */ name) =>
              byOrigin.find(([origin]) => origin === name)?.[1] ?? 0
            return [route, { total, data: of(CONTENT) + of(CONTENT_TEXT) + of(MESSAGES) }]
          }),
        )
      } finally {
        await host.stop()
      }
    },
  )
  result.floors = await section(
    'floors',
    'floors: floor app JS, class toggle, router link, each interaction made by hand',
    async () => ({
      floorAppJs: floorJs(),
      classToggle: floorApp && (await measureClassToggle(launched, floorApp.url, samples)),
      routerToggle: floorApp && (await measureClassToggle(launched, floorApp.url, samples, 'nav')),
      handMade: await measureHandMadeChanges(launched, app.url, samples, 'plenary'),
    }),
  )
  result.interactions = await section(
    'interactions',
    `interactions at 5 events (${samples} samples each)`,
    () => measureInteractions(launched, app.url, samples, 'plenary'),
  )
  result.stress = await section(
    'stress',
    `${stressEvents.length} events: initial render, vis-timeline, interactions`,
    async () => {
      // --render-runs 0 leaves out the cold loads (the slowest part) to time interactions only.
      const render =
        renderRuns > 0
          ? {
              initialRender: await measureInitialRender(
                launched,
                `${stress.url}/`,
                '[data-event-link]',
                renderRuns,
              ),
              visTimeline: await measureInitialRender(
                launched,
                `${vis.url}/`,
                '.vis-item',
                renderRuns,
              ),
            }
          : undefined
      const interactions = await measureInteractions(
        launched,
        stress.url,
        samples,
        stressEvents[Math.floor(stressEvents.length / 2)]?.id ?? '',
      )
      return {
        events: stressEvents.length,
        withoutPrintDigest: process.env.BENCH_WITHOUT_PRINT_DIGEST === '1',
        ...(render && {
          ...render,
          ratio: (render.visTimeline.median ?? NaN) / (render.initialRender.median ?? NaN),
        }),
        interactions,
      }
    },
  )
  result.axis = await section(
    'axis',
    `${stressEvents.length} events: axis zoom and pan, this app and vis-timeline`,
    () => measureAxis(launched, stress.url, vis.url, samples),
  )
  await launched.close()
  browser = undefined
  result.lighthouse = await section(
    'lighthouse',
    `Lighthouse (${lighthouseRuns} runs per route)`,
    () => measureLighthouse((hosted ?? app).url, LIGHTHOUSE_ROUTES, lighthouseRuns),
  )
  result.lighthouseQuality = await section(
    'lighthouse',
    'Lighthouse accessibility, best practices and SEO (1 run per route)',
    () => measureLighthouseQuality((hosted ?? app).url, LIGHTHOUSE_ROUTES),
  )
  if (scriptFree && floorApp)
    result.lighthouseFloors = await section(
      'lighthouse',
      'Lighthouse floors: the same pages without scripts, the floor app',
      async () => ({
        scriptFree: await measureLighthouse(
          scriptFree.url,
          LIGHTHOUSE_ROUTES,
          lighthouseRuns,
          'script-free-',
        ),
        floorApp: (await measureLighthouse(floorApp.url, ['/'], lighthouseRuns, 'floor-app-'))['/'],
      }),
    )

  if (scriptFree)
    result.firstLayout = await section(
      'floors',
      'floors: first style and layout of each page without scripts, fresh browser, 1× CPU',
      () => measureFirstLayout(scriptFree.url, LIGHTHOUSE_ROUTES, FIRST_LAYOUT_RUNS),
    )

  result.paint = await section(
    'paint',
    'paint: FCP and LCP over the script-free copy, every run, simulated and devtools, gzip and brotli',
    () =>
      measurePaint({
        dist,
        copyDir: scriptFreeDir,
        routes: LIGHTHOUSE_ROUTES,
        runs: Number(option('paint-runs', '5')),
        ways: WAYS,
        port: PORT + 10,
      }),
  )

  clearInterval(loadSampler)
  result.load = {
    atStart: loadAtStart.map((l) => Math.round(l * 100) / 100),
    peak: Math.round(Math.max(loadPeak, loadavg()[0] ?? 0) * 100) / 100,
    atEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  }
  result.budgets = budgetsOf(result)
  const outDir = join(root, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, 'latest.json')
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  printTable(result)
  console.log(`\nWritten to ${resolve(file)}`)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  if (browser) await browser.close()
  for (const server of servers.reverse()) await stop(server)
}
