#!/usr/bin/env node
// Where each millisecond of an interaction goes, the app's against the same change made by hand
// (issue 34: "or the measured reason for each millisecond left, from traces"). Builds the site
// with source maps (breakdown.js), serves it, and takes the bench's own samples
// (interactions.js: next, filter, open at 5 events, 4× CPU, the same probe) while Chromium
// traces each one. Every sample's window, from the input's timestamp to the paint that shows the
// result, is cut into what the renderer's main thread was doing: style, layout (forced by a
// script or in the frame), paint and commit, garbage collection, idle (waiting for the frame,
// the compositor and the GPU), and script, which the CPU profile's samples share out among
// React, the router, each file of src/ and the probe, through the source maps. The mean of
// each part over the samples is printed for the app and for the hand-made change: the rows add
// up to the mean window, and the difference column is the app's overhead, millisecond by
// millisecond. Tracing slows each sample down a little, so the windows are longer than
// `npm run bench` reports; compare the rows with each other, not with the bench's figures.
//
// With --stress, the same for the bench's 5,000-event build (app only: the bench has no
// hand-made change there), with the app's code file by file; --stress --axis, the axis bench's
// gestures on that build instead (axis.js: Ctrl + wheel, drag, the +/− key).
//
//   node scripts/bench/attribution.js [--stress [--axis]] [--samples N] [--port N] [--skip-build]
//   (defaults: 10 samples after 2 warm-up ones, port 4775)

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import { SourceMapConsumer } from 'source-map-js'
import { measureAxis } from './axis.js'
import { SOURCEMAP_DIST, buildWithSourceMaps, group } from './breakdown.js'
import { serveStatic } from './floors.js'
import {
  DEFAULT_STRESS_MODULE,
  generateStressEvents,
  writeStressModule,
} from '../generate-stress.js'
import { root, startPreview } from './servers.js'
import {
  WARM_UP,
  aroundEachSample,
  launch,
  measureHandMadeChanges,
  measureInteractions,
} from './interactions.js'

const USAGE = `Usage: node scripts/bench/attribution.js [--stress [--axis]] [--samples N] [--port N] [--skip-build]

Builds the site with source maps into node_modules/.tmp/bench/dist-sourcemap (--skip-build
reuses it), serves it on 127.0.0.1:N (default 4775), traces N samples (default 10) of each
interaction the bench measures and of its hand-made change, and prints where their
milliseconds went, app against hand-made. --stress does the same for the bench's 5,000-event
build (into node_modules/.tmp/bench/dist-stress-sourcemap), app only, file by file; with
--axis, for the axis's gestures there (Ctrl + wheel, drag, the +/− key) instead. Run it
alone: other work on the machine lengthens every row.`

const STRESS_DIST = join(root, 'node_modules/.tmp/bench/dist-stress-sourcemap')
const STRESS_CONFIG = 'scripts/bench/vite.bench.config.ts'

/** The folder whose source maps name the code (the site's build, or the stress build). */
let mapDir = SOURCEMAP_DIST
/** Whether the app's code is counted file by file rather than folder by folder. */
let byFile = false

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.compile',
]

/** Trace event names by what the main thread was doing in them. */
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'])
const LAYOUT = new Set(['Layout', 'UpdateLayout'])
const PAINT = new Set([
  'PrePaint',
  'Paint',
  'PaintSetup',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'CompositeLayers',
  'RasterTask',
  'Decode Image',
])
const SCRIPT = new Set([
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.callFunction',
  'v8.run',
  'V8.Execute',
])

/** The parts a window is cut into, in the order they are printed. */
const ROWS = {
  styleForced: 'style, forced by a script',
  styleFrame: 'style, in the frame',
  layoutForced: 'layout, forced by a script',
  layoutFrame: 'layout, in the frame',
  paint: 'paint, layerize and commit',
  gc: 'garbage collection',
  compile: 'script compilation',
  hitTest: 'input: hit test and dispatch',
  other: 'other work in a task',
  idle: 'main thread idle (frame, compositor, GPU)',
}
const SCRIPT_ROW = 'script: '

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, id?: string, args?: any }} TraceEvent
 * @typedef {{ start: number, end: number, name: string, children: Span[], parent: Span | null }} Span
 * @typedef {Map<string, number>} Parts milliseconds by row
 */

/**
 * The main thread's events as a tree of spans (complete events and begin/end pairs).
 * @param {TraceEvent[]} events on one thread, in trace order
 * @returns {Span[]} the roots
 */
function spans(events) {
  /** @type {Span[]} */
  const flat = []
  /** @type {Map<string, Span[]>} */
  const open = new Map()
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined) {
      flat.push({ start: e.ts, end: e.ts + e.dur, name: e.name, children: [], parent: null })
    } else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? []
      stack.push({ start: e.ts, end: e.ts, name: e.name, children: [], parent: null })
      open.set(e.name, stack)
    } else if (e.ph === 'E') {
      const span = open.get(e.name)?.pop()
      if (span) {
        span.end = e.ts
        flat.push(span)
      }
    }
  }
  // Parents before children: earlier start first, and the longer of two that start together.
  flat.sort((a, b) => a.start - b.start || b.end - a.end)
  /** @type {Span[]} */
  const roots = []
  /** @type {Span[]} */
  const stack = []
  for (const span of flat) {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= span.start) stack.pop()
    const parent = stack.at(-1) ?? null
    if (parent && span.end <= parent.end) {
      span.parent = parent
      parent.children.push(span)
    } else {
      roots.push(span)
    }
    stack.push(span)
  }
  return roots
}

/**
 * Which row a moment spent in `span` itself (not in a child) belongs to.
 * @param {Span} span
 * @returns {string} a key of ROWS, or 'script'
 */
function rowOf(span) {
  const underScript = () => {
    for (let up = span.parent; up; up = up.parent) if (SCRIPT.has(up.name)) return true
    return false
  }
  if (STYLE.has(span.name)) return underScript() ? 'styleForced' : 'styleFrame'
  if (LAYOUT.has(span.name)) return underScript() ? 'layoutForced' : 'layoutFrame'
  if (PAINT.has(span.name)) return 'paint'
  if (/GC|garbage/i.test(span.name)) return 'gc'
  if (span.name === 'HitTest') return 'hitTest'
  if (SCRIPT.has(span.name)) return 'script'
  if (/compile|parse/i.test(span.name) && span.parent) return 'compile'
  // Any other V8 event inside a script is the script's own time.
  if (/^V8\.|^v8\./.test(span.name) && span.parent) return 'script'
  return 'other'
}

/**
 * Cuts the window [from, to) into the rows: each moment goes to the innermost span running
 * then. Script time is returned as a list of intervals, for the profile to share out.
 * @param {Span[]} roots
 * @param {number} from
 * @param {number} to
 */
function cut(roots, from, to) {
  /** @type {Parts} */
  const parts = new Map()
  /** @type {[number, number][]} */
  const script = []
  let busy = 0
  /** @param {string} row @param {number} a @param {number} b */
  const add = (row, a, b) => {
    const start = Math.max(a, from)
    const end = Math.min(b, to)
    if (end <= start) return
    if (row === 'script') script.push([start, end])
    else parts.set(row, (parts.get(row) ?? 0) + (end - start) / 1000)
  }
  /** @param {Span} span */
  const walk = (span) => {
    if (span.end <= from || span.start >= to) return
    const row = rowOf(span)
    let cursor = span.start
    for (const child of span.children) {
      add(row, cursor, child.start)
      walk(child)
      cursor = Math.max(cursor, child.end)
    }
    add(row, cursor, span.end)
  }
  for (const root of roots) {
    if (root.end <= from || root.start >= to) continue
    busy += (Math.min(root.end, to) - Math.max(root.start, from)) / 1000
    walk(root)
  }
  // Roots overlap only where a trace nests oddly; idle is what no task covers.
  parts.set('idle', Math.max(0, (to - from) / 1000 - busy))
  return { parts, script }
}

/** @type {Map<string, SourceMapConsumer | null>} */
const maps = new Map()

const NATIVE = 'DOM and other browser functions that scripts call'
const BENCH = "the bench's probe and hand-made change"

/**
 * The origin of a frame of the CPU profile: React, the router, a part of src/, a browser
 * function (a DOM call, say), or the bench's own scripts.
 * @param {{ url?: string, scriptId?: string | number, lineNumber: number, columnNumber: number }} frame
 */
function originOf(frame) {
  const { url } = frame
  // Browser functions have no script; the bench's scripts (its init script, page.evaluate)
  // have one but no address.
  if (!url) return Number(frame.scriptId ?? 0) === 0 ? NATIVE : BENCH
  const path = /^https?:\/\/[^/]+(\/assets\/[^?#]+\.js)/.exec(url)?.[1]
  if (!path) return BENCH
  if (!maps.has(path)) {
    try {
      const raw = readFileSync(join(mapDir, `${decodeURIComponent(path)}.map`), 'utf8')
      maps.set(path, new SourceMapConsumer(JSON.parse(raw)))
    } catch {
      // The bundler's runtime chunk is written without a map.
      maps.set(path, null)
    }
  }
  const map = maps.get(path)
  const position = map?.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  })
  const source = position?.source
  if (!source) return 'bundler runtime'
  const origin = group(source, mapDir)
  if (byFile)
    return origin.startsWith('src/')
      ? `the app: ${origin}:${position?.line}${position?.name ? ` › ${position.name}` : ''}`
      : origin
  // One row per feature folder (src/features/axis) or top folder (src/lib), not per file.
  const folder = /^(src\/features\/[^/]+|src\/[^/]+)\//.exec(origin)?.[1]
  return folder ? `the app: ${folder}` : origin
}

/**
 * The CPU profile of the main thread: each sample's time and the origin of the frame it caught
 * (a DOM function counts as such, not as the script that called it).
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 * @returns {{ ts: number, origin: string }[]}
 */
function profileSamples(events, pid, tid) {
  const ids = new Set(
    events
      .filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)
      .map((e) => String(e.id)),
  )
  /** @type {{ ts: number, origin: string }[]} */
  const out = []
  for (const id of ids) {
    const start = events.find((e) => e.name === 'Profile' && String(e.id) === id)?.args?.data
      ?.startTime
    if (typeof start !== 'number') continue
    /** @type {Map<number, any>} callFrame by node id */
    const nodes = new Map()
    /** @type {Map<number, string>} */
    const origins = new Map()
    /** @param {number} nodeId @returns {string} */
    const origin = (nodeId) => {
      const known = origins.get(nodeId)
      if (known !== undefined) return known
      const frame = nodes.get(nodeId)
      let found = NATIVE
      if (frame) {
        const name = frame.functionName
        if (name === '(garbage collector)') found = 'gc'
        else if (name === '(program)' || name === '(idle)' || name === '(root)') found = 'program'
        else found = originOf(frame)
      }
      origins.set(nodeId, found)
      return found
    }
    let ts = start
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && String(e.id) === id)) {
      const data = chunk.args?.data
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame)
      const samples = data?.cpuProfile?.samples ?? []
      const deltas = data?.timeDeltas ?? []
      samples.forEach((/** @type {number} */ nodeId, /** @type {number} */ i) => {
        ts += deltas[i] ?? 0
        out.push({ ts, origin: origin(nodeId) })
      })
    }
  }
  return out.sort((a, b) => a.ts - b.ts)
}

/**
 * One sample's parts, from its trace and the probe's input time and latency.
 * @param {TraceEvent[]} events
 * @param {number} inputAt the input's timeStamp (performance.now() clock), ms
 * @param {number} latency ms
 * @param {{ now: number, marker: string }} sync performance.now() when the marker was made
 * @returns {{ parts: Parts, frames: number }} frames: how many frames the main thread drew in it
 */
function attribute(events, inputAt, latency, sync) {
  const marker = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === sync.marker)
  if (!marker) throw new Error('the trace has no sync marker')
  const { pid, tid } = marker
  const from = marker.ts + (inputAt - sync.now) * 1000
  const to = from + latency * 1000
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph !== 'P')
  const roots = spans(main)
  const { parts, script } = cut(roots, from, to)
  // Script time, shared out by the profile's samples that fall inside it.
  const inScript = profileSamples(events, pid, tid).filter(({ ts }) =>
    script.some(([a, b]) => ts >= a && ts < b),
  )
  const total = script.reduce((sum, [a, b]) => sum + (b - a) / 1000, 0)
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const { origin } of inScript) {
    // A sample in a script's span that the profiler saw as GC or as the engine itself.
    const key =
      origin === 'gc'
        ? 'garbage collection'
        : origin === 'program'
          ? 'the engine between frames of script (the profile\'s "(program)")'
          : origin
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  if (inScript.length === 0 && total > 0) counts.set('no profile sample', 1)
  const n = [...counts.values()].reduce((a, b) => a + b, 0)
  for (const [key, count] of counts)
    parts.set(SCRIPT_ROW + key, (parts.get(SCRIPT_ROW + key) ?? 0) + (total * count) / n)
  const frames = main.filter((e) => e.name === 'PrePaint' && e.ts >= from && e.ts < to).length
  return { parts, frames }
}

/**
 * Means of each part over the measured samples of each interaction.
 * @param {{ parts: Parts, latency: number, frames: number }[]} records in the order taken
 * @param {number} count measured samples per interaction
 * @param {readonly string[]} [names] the interactions, in the order they were taken
 */
function byInteraction(records, count, names = ['nextEvent', 'toggleFilter', 'openPanel']) {
  /** @type {Record<string, { parts: Parts, latency: number, frames: number, n: number }>} */
  const result = {}
  names.forEach((name, i) => {
    // A sample the probe timed out on has no window to cut: left out of the means.
    const group = records
      .slice(i * (count + WARM_UP), (i + 1) * (count + WARM_UP))
      .slice(WARM_UP)
      .filter((r) => Number.isFinite(r.latency))
    /** @type {Parts} */
    const sum = new Map()
    for (const { parts } of group)
      for (const [key, ms] of parts) sum.set(key, (sum.get(key) ?? 0) + ms)
    const n = group.length || 1
    result[name] = {
      parts: new Map([...sum].map(([key, ms]) => [key, ms / n])),
      latency: group.reduce((a, r) => a + r.latency, 0) / n,
      frames: group.reduce((a, r) => a + r.frames, 0) / n,
      n: group.length,
    }
  })
  return result
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the app, built with source maps
 * @param {number} count
 * @param {{ startId?: string, handMade?: boolean, axis?: boolean }} [options] where "next"
 *   starts (the plenary), whether to trace the hand-made changes too (at 5 events only), and
 *   whether to trace the axis's gestures (axis.js, on the 5,000-event build) instead
 */
export async function attributeInteractions(browser, url, count, options = {}) {
  const { startId = 'plenary', handMade = true, axis = false } = options
  /** @type {{ parts: Parts, latency: number, frames: number }[]} */
  let records = []
  let sync = { now: 0, marker: '' }
  aroundEachSample({
    async before(page) {
      await browser.startTracing(page, { categories: CATEGORIES })
      const marker = `bench-sync-${records.length}`
      const now = await page.evaluate((m) => {
        console.timeStamp(m)
        return performance.now()
      }, marker)
      sync = { now, marker }
    },
    async after(page, _type, sample) {
      const trace = JSON.parse((await browser.stopTracing()).toString())
      const inputAt = await page.evaluate(() => window.__bench.input)
      if (sample.latency === null || inputAt === null) {
        records.push({ parts: new Map(), latency: NaN, frames: NaN })
        return
      }
      const { parts, frames } = attribute(trace.traceEvents, inputAt, sample.latency, sync)
      records.push({ parts, latency: sample.latency, frames })
    },
  })
  try {
    if (axis) {
      await measureAxis(browser, url, null, count)
      return {
        app: byInteraction(records, count, ['zoomWheel', 'panDrag', 'zoomKey']),
        handMade: null,
      }
    }
    await measureInteractions(browser, url, count, startId)
    const app = byInteraction(records, count)
    records = []
    if (!handMade) return { app, handMade: null }
    await measureHandMadeChanges(browser, url, count, startId)
    return { app, handMade: byInteraction(records, count) }
  } finally {
    aroundEachSample(null)
  }
}

/**
 * @param {Awaited<ReturnType<typeof attributeInteractions>>} result
 */
function print({ app, handMade }) {
  const f = (/** @type {number} */ ms) => ms.toFixed(1).padStart(7)
  const sum = (/** @type {Parts} */ p) => [...p.values()].reduce((s, v) => s + v, 0)
  for (const name of Object.keys(app)) {
    const a = app[name]
    if (!a) continue
    const h = handMade?.[name]
    const against = h
      ? ` against ${h.latency.toFixed(1)} ms (by hand), ${a.n} and ${h.n} samples; frames drawn in it: ${a.frames.toFixed(1)} and ${h.frames.toFixed(1)}`
      : `, ${a.n} samples; frames drawn in it: ${a.frames.toFixed(1)}`
    console.log(`\n${name}: mean window ${a.latency.toFixed(1)} ms (app)${against}`)
    console.log(
      h
        ? `${'app'.padStart(7)} ${'hand'.padStart(7)} ${'diff'.padStart(7)}  part`
        : `${'app'.padStart(7)}  part`,
    )
    const keys = [
      ...Object.keys(ROWS),
      ...new Set([...a.parts.keys(), ...(h?.parts.keys() ?? [])].filter((k) => !(k in ROWS))),
    ]
    const rows = keys
      .map((key) => ({ key, x: a.parts.get(key) ?? 0, y: h?.parts.get(key) ?? 0 }))
      .filter(({ x, y }) => x >= 0.05 || y >= 0.05)
      .sort((p, q) => q.x - q.y - (p.x - p.y))
    for (const { key, x, y } of rows) {
      const label = ROWS[/** @type {keyof ROWS} */ (key)] ?? key
      console.log(h ? `${f(x)} ${f(y)} ${f(x - y)}  ${label}` : `${f(x)}  ${label}`)
    }
    console.log(
      h
        ? `${f(sum(a.parts))} ${f(sum(h.parts))} ${f(sum(a.parts) - sum(h.parts))}  total`
        : `${f(sum(a.parts))}  total`,
    )
  }
}

// Run as a script (not imported by the bench).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
    const at = args.indexOf(name)
    return at === -1 ? fallback : Number(args[at + 1])
  }
  const count = option('--samples', 10)
  const port = option('--port', 4775)
  if (
    args.includes('--help') ||
    args.includes('-h') ||
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(port) ||
    port <= 0 ||
    port > 65535
  ) {
    console.log(USAGE)
    process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2)
  }
  const stress = args.includes('--stress')
  const skipBuild = args.includes('--skip-build')
  /** @type {import('./servers.js').Server} */
  let host
  let startId = 'plenary'
  if (stress) {
    // The bench's stress build (vite.bench.config.ts swaps in the generated events), with maps.
    mapDir = STRESS_DIST
    byFile = true
    process.env.BENCH_OUT_DIR = STRESS_DIST
    const events = skipBuild
      ? generateStressEvents()
      : writeStressModule(DEFAULT_STRESS_MODULE).events
    if (!skipBuild) {
      console.error('• stress build with source maps')
      const step = spawnSync(
        join(root, 'node_modules/.bin/vite'),
        ['build', '-c', STRESS_CONFIG, '--sourcemap'],
        { cwd: root, env: process.env, encoding: 'utf8' },
      )
      if (step.status !== 0) throw new Error(step.stderr || step.stdout)
    }
    // As the bench serves it: a single-page build, every address answered by its index.html.
    host = await startPreview(['-c', STRESS_CONFIG, '--port', String(port)], port)
    startId = events[Math.floor(events.length / 2)]?.id ?? ''
  } else {
    if (!skipBuild) buildWithSourceMaps()
    host = await serveStatic(SOURCEMAP_DIST, port)
  }
  const browser = await launch()
  try {
    const [one, five, fifteen] = loadavg()
    console.log(
      `Load average at the start: ${one?.toFixed(2)} ${five?.toFixed(2)} ${fifteen?.toFixed(2)}; Chromium ${browser.version()}, 4× CPU, ${count} samples after ${WARM_UP} warm-up ones`,
    )
    print(
      await attributeInteractions(browser, host.url, count, {
        startId,
        handMade: !stress,
        axis: stress && args.includes('--axis'),
      }),
    )
    const [end] = loadavg()
    console.log(`\nLoad average at the end: ${end?.toFixed(2)}`)
  } finally {
    await browser.close()
    await host.stop()
  }
}
