#!/usr/bin/env node
// Does the first paint ever wait for the app's scripts? (issue 34 item 3: FCP and LCP ≤ 1.15×
// the page's script-free copy on each bench page, in every one of 5 Lighthouse runs, served
// gzip-only and served brotli, with simulated and with devtools throttling.) The median hid
// the runs that missed, so this prints every run: for each of the four ways, each page, each
// run, the app's FCP and LCP, its script-free copy's from the run beside it (the two
// interleaved, so that a slow minute of the machine falls on both), and their ratios, then how
// many runs of each way kept within the bound.
//
//   node scripts/bench/paint.js [--runs N] [--ways simulate-gzip,…] [--routes /,/rounds]
//                               [--skip-build] [--port N] [--copy-twice]
//
// --copy-twice runs the script-free copy a second time in each run and sets it against the
// first, as the app is: how far Lighthouse's figures for one and the same page spread from one
// run to the next, in the same minutes. Where the copy against itself misses the bound, no
// page can keep within it in every run, whatever its scripts do.
//   (defaults: 5 runs, all four ways, the six bench pages, port 4791; `npm run bench -- --only paint` runs it too)
//
// One Lighthouse run takes 10–20 s here: the whole matrix (4 ways × 6 pages × 2 copies × 5
// runs) is 40–80 minutes. Run it alone on the machine.

import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { scriptFreeCopy, serveStatic } from './floors.js'
import { LIGHTHOUSE_ROUTES, lighthouseReport } from './lighthouse.js'
import { root } from './servers.js'

/** The bound: the app's paint over its script-free copy's. */
export const PAINT_BOUND = 1.15

/** The four ways of issue 34: throttling × what the host sends. */
export const WAYS = /** @type {const} */ ([
  'simulate-gzip',
  'simulate-brotli',
  'devtools-gzip',
  'devtools-brotli',
])

/**
 * One run of one page, the app's and its copy's: each ratio, and whether both kept within
 * the bound (a missing figure never counts as kept).
 * @param {{ fcp: number | null, lcp: number | null }} app
 * @param {{ fcp: number | null, lcp: number | null }} copy
 */
export function paintRatios(app, copy) {
  /** @param {number | null} a @param {number | null} b */
  const ratio = (a, b) => (a === null || b === null || b <= 0 ? null : a / b)
  const fcp = ratio(app.fcp, copy.fcp)
  const lcp = ratio(app.lcp, copy.lcp)
  const kept = fcp !== null && lcp !== null && fcp <= PAINT_BOUND && lcp <= PAINT_BOUND
  return { fcp, lcp, kept }
}

/**
 * The Accept-Encoding a gzip-only host acts on: the request's, without brotli (and without
 * zstd, which the build does not write anyway).
 * @param {string | undefined} header
 */
export function withoutBrotli(header) {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !/^(br|zstd)(;|$)/i.test(part))
    .join(', ')
}

/**
 * Serves `dir` as the bench's static host does, or (gzip) as a host with no brotli: the
 * request's Accept-Encoding loses `br` before the host reads it.
 * @param {string} dir
 * @param {number} port
 * @param {boolean} gzipOnly
 */
function host(dir, port, gzipOnly) {
  return serveStatic(dir, port, (request) => {
    if (gzipOnly)
      request.headers['accept-encoding'] = withoutBrotli(request.headers['accept-encoding'])
  })
}

/**
 * Every run of every way, printed as it comes.
 * @param {{ dist: string, copyDir?: string | undefined, routes: readonly string[], runs: number, ways: readonly string[], port: number, copyTwice?: boolean }} options
 *   copyDir: the script-free copy of `dist`, if the caller has made it already; copyTwice: run
 *   the copy again in each run, against itself (see above)
 */
export async function measurePaint({
  dist,
  copyDir: madeCopy,
  routes,
  runs,
  ways,
  port,
  copyTwice = false,
}) {
  const copyDir = madeCopy ?? (await scriptFreeCopy(dist))
  const servers = {
    app: { gzip: await host(dist, port, true), brotli: await host(dist, port + 1, false) },
    copy: {
      gzip: await host(copyDir, port + 2, true),
      brotli: await host(copyDir, port + 3, false),
    },
  }
  const dir = join(root, 'node_modules/.tmp/bench/lighthouse-paint')
  mkdirSync(dir, { recursive: true })
  /**
   * @typedef {{ fcp: number | null, lcp: number | null }} Paint
   * @typedef {ReturnType<typeof paintRatios> & { app: Paint, copy: Paint, self: ReturnType<typeof paintRatios> | null }} Row
   * @type {Record<string, Record<string, Row[]>>}
   */
  const result = {}
  try {
    for (const way of ways) {
      const [throttling, encoding] = way.split('-')
      if (throttling === undefined || (encoding !== 'gzip' && encoding !== 'brotli'))
        throw new Error(`unknown way ${way}: one of ${WAYS.join(', ')}`)
      const args = [`--throttling-method=${throttling}`]
      /** @type {(typeof result)[string]} */
      const pages = {}
      result[way] = pages
      console.log(`\n${way} (load average ${loadavg()[0]?.toFixed(2)})`)
      for (const route of routes) {
        /** @type {Row[]} */
        const rows = []
        pages[route] = rows
        for (let i = 0; i < runs; i++) {
          const name = `${way}-${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${i}`
          /** @param {'app' | 'copy'} which @param {string} [suffix] */
          const run = async (which, suffix = '') => {
            const report = await lighthouseReport(
              `${servers[which][encoding].url}${route}`,
              join(dir, `${name}-${which}${suffix}.json`),
              'performance',
              args,
            )
            /** @param {string} id */
            const value = (id) => report.audits[id]?.numericValue ?? null
            return { fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint') }
          }
          const app = await run('app')
          const copy = await run('copy')
          const again = copyTwice ? await run('copy', 'again') : null
          const ratios = paintRatios(app, copy)
          const self = again && paintRatios(again, copy)
          rows.push({ ...ratios, app, copy, self })
          /** @param {number | null} v */
          const ms = (v) => (v === null ? '–' : `${Math.round(v)}`)
          /** @param {number | null} v */
          const x = (v) => (v === null ? '–' : `${v.toFixed(2)}×`)
          const verdict = ratios.kept
            ? ''
            : ratios.fcp === null || ratios.lcp === null
              ? '  no figure (Lighthouse failed twice)'
              : `  over ${PAINT_BOUND}×`
          const selfText =
            again && self
              ? `; copy again ${ms(again.fcp)} / ${ms(again.lcp)} ms: ${x(self.fcp)} / ${x(self.lcp)}${self.kept ? '' : ' (the copy itself over)'}`
              : ''
          console.log(
            `  ${route.padEnd(32)} run ${i + 1}: app FCP ${ms(app.fcp)} LCP ${ms(app.lcp)} ms, ` +
              `copy ${ms(copy.fcp)} / ${ms(copy.lcp)} ms: ${x(ratios.fcp)} / ${x(ratios.lcp)}${verdict}${selfText}`,
          )
        }
      }
    }
  } finally {
    for (const pair of Object.values(servers))
      for (const server of Object.values(pair)) await server.stop()
  }
  console.log(`\nRuns within ${PAINT_BOUND}× on FCP and LCP, of those measured, by way and page:`)
  for (const [way, pages] of Object.entries(result)) {
    const cells = Object.entries(pages).map(([route, rows]) => {
      const measured = rows.filter((r) => r.fcp !== null && r.lcp !== null)
      const missing = rows.length - measured.length
      return `${route} ${measured.filter((r) => r.kept).length}/${measured.length}${missing ? ` (+${missing} without a figure)` : ''}`
    })
    console.log(`  ${way.padEnd(16)} ${cells.join(', ')}`)
  }
  if (copyTwice) {
    console.log(`\nThe copy against itself, runs within ${PAINT_BOUND}× on FCP and LCP:`)
    for (const [way, pages] of Object.entries(result)) {
      const cells = Object.entries(pages).map(([route, rows]) => {
        const measured = rows.flatMap((r) =>
          r.self && r.self.fcp !== null && r.self.lcp !== null ? [r.self] : [],
        )
        const spread = Math.max(
          ...measured.flatMap((r) => [r.fcp ?? 0, 1 / (r.fcp ?? 1), r.lcp ?? 0, 1 / (r.lcp ?? 1)]),
        )
        return `${route} ${measured.filter((r) => r.kept).length}/${measured.length} (widest ${spread.toFixed(2)}×)`
      })
      console.log(`  ${way.padEnd(16)} ${cells.join(', ')}`)
    }
  }
  return result
}

const USAGE = `Usage: node scripts/bench/paint.js [--runs N] [--ways a,b] [--routes a,b] [--skip-build] [--port N] [--copy-twice]

Builds the site (npm run build; --skip-build reuses dist/), makes its script-free copy, serves
both gzip-only and with brotli on 127.0.0.1:N to N+3 (default 4791), and runs Lighthouse on
each bench page (or --routes) and its copy, interleaved, N times (default 5) for each way (default all four:
${WAYS.join(', ')}), printing every run's FCP and LCP and their ratio to the copy's.
--copy-twice runs the copy again in each run and prints its ratio to the first: the spread of
Lighthouse's figures for one and the same page.`

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    process.exit(0)
  }
  /** @param {string} name @param {string} fallback */
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback
  }
  if (!args.includes('--skip-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) process.exit(build.status ?? 1)
  }
  const [one, five, fifteen] = loadavg()
  console.log(
    `Load average at the start: ${one?.toFixed(2)} ${five?.toFixed(2)} ${fifteen?.toFixed(2)}`,
  )
  await measurePaint({
    dist: join(root, 'dist'),
    routes: option('routes', LIGHTHOUSE_ROUTES.join(',')).split(','),
    runs: Number(option('runs', '5')),
    ways: option('ways', WAYS.join(',')).split(','),
    port: Number(option('port', '4791')),
    copyTwice: args.includes('--copy-twice'),
  })
  console.log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}`)
}
