#!/usr/bin/env node
// What the first-load JavaScript of a route is made of: builds the site once with source maps
// (vite build, then the prerenderer, as `npm run build` does), loads the route cold in Chromium
// from the project's static host to see which chunks it fetches (scripts/bench/sizes.js, as
// the bench does), attributes each chunk's minified bytes to its sources through the source
// map, and shares the chunk's gzip size out in proportion. An estimate (gzip does not split
// exactly), good to a few hundred bytes. The boot script, which vite.config.ts compiles on its
// own and writes into the page, counts whole under its own name.
//
//   node scripts/bench/breakdown.js [route] [--port N]   default / and 4771

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer } from 'source-map-js'
import { serveStatic } from './floors.js'
import { launch } from './interactions.js'
import { root } from './servers.js'
import { measureSizes } from './sizes.js'

const USAGE = `Usage: node scripts/bench/breakdown.js [route] [--port N]

Builds the site with source maps into node_modules/.tmp/bench/dist-sourcemap, loads the route
(default /) cold in Chromium from the static host on 127.0.0.1:N (default 4771), and prints its
first-load JavaScript in kB gzip, by origin (React, TanStack Router, each of src/…).`

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const portAt = args.indexOf('--port')
const port = Number(portAt === -1 ? '4771' : args[portAt + 1])
const route =
  args.find((arg, i) => !arg.startsWith('-') && (portAt === -1 || i !== portAt + 1)) ?? '/'
if (!route.startsWith('/') || !Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(USAGE)
  process.exit(2)
}

const out = join(root, 'node_modules/.tmp/bench/dist-sourcemap')
// The two steps of `npm run build` after the type check, into a folder of its own.
const steps = [
  {
    label: 'vite build --sourcemap',
    command: join(root, 'node_modules/.bin/vite'),
    args: ['build', '--sourcemap'],
  },
  {
    label: 'node scripts/prerender.js',
    command: process.execPath,
    args: [join(root, 'scripts/prerender.js')],
  },
]
for (const { label, command, args: stepArgs } of steps) {
  console.error(`• ${label}`)
  const step = spawnSync(command, stepArgs, {
    cwd: root,
    env: { ...process.env, OUT_DIR: out },
    encoding: 'utf8',
  })
  if (step.status !== 0) throw new Error(step.stderr || step.stdout)
}

console.error(`• ${route}, cold, in Chromium`)
const host = await serveStatic(out, port)
const browser = await launch()
let measured
try {
  measured = (await measureSizes(browser, host.url, out, [route]))[route]
} finally {
  await browser.close()
  await host.stop()
}
if (!measured) throw new Error(`no sizes measured for ${route}`)
const files = measured.files

/** @param {string} source */
function group(source) {
  // Sources are relative to the map; the build lives under node_modules, so resolve first.
  const path = relative(root, resolve(out, 'assets', source))
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (pkg?.[1]) {
    const name = pkg[1]
    if (name.startsWith('@tanstack/'))
      return 'TanStack Router (router-core, react-router, history, store)'
    if (name === 'react' || name === 'react-dom' || name === 'scheduler')
      return 'React 19 (react, react-dom, scheduler)'
    if (name === 'use-sync-external-store')
      return 'TanStack Router (router-core, react-router, history, store)'
    return name
  }
  if (path.startsWith('src/content/i18n/')) return 'src/content/i18n (content text, one language)'
  if (path.startsWith('src/content/'))
    return 'src/content (events, people, organisations, sources, …)'
  if (path.startsWith('src/lib/messages/')) return 'src/lib/messages (interface text, one language)'
  if (path.startsWith('src/')) return path
  return 'bundler runtime'
}

const totals = new Map()
let total = 0
for (const { gzip } of files.filter((f) => f.path.endsWith('(inline <script>)'))) {
  totals.set('src/boot.ts (inline in the page)', gzip)
  total += gzip
}
for (const { path } of files.filter((f) => f.path.endsWith('.js'))) {
  const file = join(out, decodeURIComponent(path))
  const code = readFileSync(file, 'utf8')
  const gz = gzipSync(code, { level: 9 }).length
  total += gz
  if (!existsSync(`${file}.map`)) {
    const own = `${path.split('/').pop() ?? path} (no source map)`
    totals.set(own, (totals.get(own) ?? 0) + gz)
    continue
  }
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  const lines = code.split('\n')
  const bytes = new Map()
  /** @type {{ line: number, column: number, source: string | null } | null} */
  let previous = null
  /** @param {{ line: number, column: number }} end */
  const flush = (end) => {
    if (!previous) return
    const line = lines[previous.line - 1] ?? ''
    const length = (previous.line === end.line ? end.column : line.length) - previous.column
    const key = previous.source ? group(previous.source) : 'bundler runtime'
    bytes.set(key, (bytes.get(key) ?? 0) + Math.max(0, length))
  }
  map.eachMapping((m) => {
    const here = { line: m.generatedLine, column: m.generatedColumn, source: m.source }
    flush(here)
    previous = here
  })
  flush({ line: Infinity, column: 0 })
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0) || 1
  for (const [key, b] of bytes) totals.set(key, (totals.get(key) ?? 0) + (gz * b) / mapped)
}

console.log(
  `First-load JS for ${route}: ${(total / 1000).toFixed(1)} kB gzip, by origin (estimated)`,
)
for (const [key, gz] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${(gz / 1000).toFixed(1).padStart(6)} kB  ${key}`)
