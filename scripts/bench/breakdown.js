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
import { pathToFileURL } from 'node:url'
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

export const SOURCEMAP_DIST = join(root, 'node_modules/.tmp/bench/dist-sourcemap')

/**
 * Builds the site with source maps into SOURCEMAP_DIST: the two steps of `npm run build` after
 * the type check, into a folder of their own.
 */
export function buildWithSourceMaps() {
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
      env: { ...process.env, OUT_DIR: SOURCEMAP_DIST },
      encoding: 'utf8',
    })
    if (step.status !== 0) throw new Error(step.stderr || step.stdout)
  }
}

/**
 * The origin a source of the build counts for: React, the router, the content, the texts or a
 * file of src/.
 * @param {string} source a source map's source, relative to its chunk
 * @param {string} [dist] the build the map belongs to
 */
export function group(source, dist = SOURCEMAP_DIST) {
  // Sources are relative to the map; the build lives under node_modules, so resolve first.
  const path = relative(root, resolve(dist, 'assets', source))
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (pkg?.[1]) {
    const name = pkg[1]
    if (name.startsWith('@tanstack/')) return ROUTER
    if (name === 'react' || name === 'react-dom' || name === 'scheduler') return REACT
    if (name === 'use-sync-external-store') return ROUTER
    return name
  }
  if (path.startsWith('src/content/i18n/')) return CONTENT_TEXT
  if (path.startsWith('src/content/')) return CONTENT
  if (path.startsWith('src/lib/messages/')) return MESSAGES
  if (path.startsWith('src/')) return path
  return 'bundler runtime'
}

export const REACT = 'React 19 (react, react-dom, scheduler)'
export const ROUTER = 'TanStack Router (router-core, react-router, history, store)'
export const CONTENT = 'src/content (events, people, organisations, sources, …)'
export const CONTENT_TEXT = 'src/content/i18n (content text, one language)'
export const MESSAGES = 'src/lib/messages (interface text, one language)'

/**
 * The first-load JavaScript of each route of the build in SOURCEMAP_DIST, loaded cold from
 * `baseUrl` (which serves that build), in bytes gzip by origin: React, the router, the content
 * and texts, each of src/…; biggest first.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {string[]} routes
 * @returns {Promise<Record<string, { total: number, byOrigin: [string, number][] }>>}
 */
export async function firstLoadBreakdown(browser, baseUrl, routes) {
  const sizes = await measureSizes(browser, baseUrl, SOURCEMAP_DIST, routes)
  /** @type {Record<string, { total: number, byOrigin: [string, number][] }>} */
  const result = {}
  for (const route of routes) {
    const measured = sizes[route]
    if (!measured) throw new Error(`no sizes measured for ${route}`)
    result[route] = attribute(measured.files)
  }
  return result
}

/**
 * Shares each chunk's gzip size out among its sources, in proportion to their minified bytes.
 * @param {{ path: string, gzip: number }[]} files
 */
function attribute(files) {
  const totals = new Map()
  let total = 0
  for (const { gzip } of files.filter((f) => f.path.endsWith('(inline <script>)'))) {
    totals.set('src/boot.ts (inline in the page)', gzip)
    total += gzip
  }
  for (const { path } of files.filter((f) => f.path.endsWith('.js'))) {
    const file = join(SOURCEMAP_DIST, decodeURIComponent(path))
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
  return {
    total,
    byOrigin: /** @type {[string, number][]} */ ([...totals].sort((a, b) => b[1] - a[1])),
  }
}

// Run as a script (not imported by the bench): print one route's breakdown.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
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
  buildWithSourceMaps()
  console.error(`• ${route}, cold, in Chromium`)
  const host = await serveStatic(SOURCEMAP_DIST, port)
  const browser = await launch()
  try {
    const measured = (await firstLoadBreakdown(browser, host.url, [route]))[route]
    if (!measured) throw new Error(`no sizes measured for ${route}`)
    console.log(
      `First-load JS for ${route}: ${(measured.total / 1000).toFixed(1)} kB gzip, by origin (estimated)`,
    )
    for (const [key, gz] of measured.byOrigin)
      console.log(`${(gz / 1000).toFixed(1).padStart(6)} kB  ${key}`)
  } finally {
    await browser.close()
    await host.stop()
  }
}
