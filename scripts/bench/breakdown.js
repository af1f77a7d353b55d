#!/usr/bin/env node
// What the first-load JavaScript of a route is made of: builds once with source maps, takes the
// chunks the last `npm run bench` saw Chromium download for the route, attributes each chunk's
// minified bytes to its sources through the source map, and shares the chunk's gzip size out
// in proportion. An estimate (gzip does not split exactly), good to a few hundred bytes.
//
//   node scripts/bench/breakdown.js [route]     default /, needs bench-results/latest.json

import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SourceMapConsumer } from 'source-map-js'
import { root } from './servers.js'

const route = process.argv[2] ?? '/'
const latest = JSON.parse(readFileSync(join(root, 'bench-results/latest.json'), 'utf8'))
/** @type {{ path: string }[] | undefined} */
const files = latest.sizes?.[route]?.files
if (!files) throw new Error(`bench-results/latest.json has no sizes for ${route}`)

const out = join(root, 'node_modules/.tmp/bench/dist-sourcemap')
const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--sourcemap'], {
  cwd: root,
  env: { ...process.env, OUT_DIR: out },
  encoding: 'utf8',
})
if (build.status !== 0) throw new Error(build.stderr || build.stdout)
const built = readdirSync(join(out, 'assets'))

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
for (const { path } of files.filter((f) => f.path.endsWith('.js'))) {
  const stem = (path.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '-')
  const name = built.find((f) => f.startsWith(stem) && f.endsWith('.js'))
  if (!name) continue
  const code = readFileSync(join(out, 'assets', name), 'utf8')
  const map = new SourceMapConsumer(
    JSON.parse(readFileSync(join(out, 'assets', `${name}.map`), 'utf8')),
  )
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
  const gz = gzipSync(code, { level: 9 }).length
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0) || 1
  for (const [key, b] of bytes) totals.set(key, (totals.get(key) ?? 0) + (gz * b) / mapped)
  total += gz
}

console.log(
  `First-load JS for ${route}: ${(total / 1000).toFixed(1)} kB gzip, by origin (estimated)`,
)
for (const [key, gz] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${(gz / 1000).toFixed(1).padStart(6)} kB  ${key}`)
