// A bounded load test of scripts/static-server.js on loopback. First a crawler's pass: every page
// and asset once, one after another, with brotli, from a server just started (what a host that
// compresses on demand pays for). Then 50 connections for 20 s over the same addresses, with
// brotli, gzip and no compression in turn.
// It fails on any error, timeout or non-2xx answer, or if the server holds more open files
// afterwards than before. Not part of `npm test`; the README records its p99.
//
//   npm run build && npm run loadtest [-- --seconds 20 --connections 50]
import { access, readdir } from 'node:fs/promises'
import { get } from 'node:http'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  openFileCount,
  runLoad,
  settledFileCount,
  startStaticServer,
} from './static-server-harness.js'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
})
const dir = resolve(values.dir)
try {
  await access(join(dir, '404.html'))
} catch {
  console.error(`loadtest: no built site in ${dir}; run npm run build first`)
  process.exit(1)
}

/** Every page at its canonical address, and every script and stylesheet. */
const files = (await readdir(dir, { recursive: true })).map((file) => String(file))
const pages = files
  .filter((file) => file.endsWith('.html') && file !== '404.html' && !file.endsWith('index.html'))
  .map((file) => file.replace(/\.html$/, ''))
const assets = files.filter((file) => /^assets\/.*\.(js|css)$/.test(file))
const paths = ['', ...pages, ...assets].sort()

const server = await startStaticServer(dir, ['--quiet'])
try {
  const before = await openFileCount(server.pid)
  const seconds = Number(values.seconds)
  const connections = Number(values.connections)
  console.log(
    `loadtest: ${connections} connections for ${seconds} s over ${pages.length + 1} pages and ${assets.length} assets of ${relative(process.cwd(), dir) || '.'}`,
  )
  /** @type {number[]} */
  const times = []
  for (const path of paths) {
    const started = performance.now()
    await new Promise((done, fail) => {
      get(`${server.url}${path}`, { headers: { 'accept-encoding': 'br' } }, (response) => {
        response.resume().once('end', done).once('error', fail)
      }).once('error', fail)
    })
    times.push(performance.now() - started)
  }
  const total = times.reduce((sum, ms) => sum + ms, 0)
  console.log(
    `first pass: ${paths.length} addresses in ${total.toFixed(0)} ms (slowest ${Math.max(...times).toFixed(0)} ms)`,
  )
  const result = await runLoad(server.url, paths, { seconds, connections })
  const after = await settledFileCount(server.pid, before)
  const { latency } = result
  console.log(
    [
      `requests ${result.requests.total} (${Math.round(result.requests.average)}/s), ${(result.throughput.total / 1e6).toFixed(1)} MB`,
      `latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms`,
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      `open files before ${before}, after ${after}`,
    ].join('\n'),
  )
  const failed = result.errors + result.timeouts + result.non2xx > 0 || after > before
  if (failed) console.error('loadtest: FAILED')
  process.exitCode = failed ? 1 : 0
} finally {
  await server.stop()
}
