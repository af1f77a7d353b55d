// Builds and servers for the bench: the app as `npm run build` makes it, the stress build, and a
// local page that renders the same stress events with vis-timeline's standalone build.

import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import {
  DEFAULT_STRESS_MODULE,
  generateStressEvents,
  writeStressModule,
} from '../generate-stress.js'

/** @typedef {{ url: string, stop: () => Promise<void> }} Server */

export const root = resolve(import.meta.dirname, '../..')
const vite = join(root, 'node_modules/.bin/vite')

// `npm run build` honours OUT_DIR (as the e2e runs do): the bench builds and serves its own
// copy, so that another build into dist/ during a run cannot pull files from under it.
const appDist = join(root, 'node_modules/.tmp/bench/dist')
// Read when a child starts, not at import: run.js sets its options in the environment first.
const env = () => ({ ...process.env, OUT_DIR: appDist })

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<string>}
 */
function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env: env(), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolvePromise(output)
      else
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))
    })
  })
}

/** @param {{ skipBuild: boolean }} options */
export async function buildAll({ skipBuild }) {
  let stressEvents
  if (skipBuild) {
    stressEvents = generateStressEvents()
  } else {
    console.error('• npm run build')
    await run('npm', ['run', 'build'])
    console.error('• stress build (5,000 generated events)')
    stressEvents = writeStressModule(DEFAULT_STRESS_MODULE).events
    await run(vite, ['build', '-c', 'scripts/bench/vite.bench.config.ts'])
  }
  return {
    dist: appDist,
    stressEvents,
  }
}

/** @param {string} url */
async function answers(url) {
  try {
    await fetch(url)
    return true
  } catch {
    return false
  }
}

/**
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitFor(url, child) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited (${child.exitCode})`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server for ${url} did not start`)
}

/**
 * `vite preview` serves dist/ as a static host would, including prerendered pages.
 * @param {string[]} args
 * @param {number} port
 * @returns {Promise<Server>}
 */
export async function startPreview(args, port) {
  const url = `http://127.0.0.1:${port}`
  if (await answers(url)) throw new Error(`port ${port} is in use: pass --port N to use others`)
  const child = spawn(vite, ['preview', ...args, '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    env: env(),
    stdio: 'ignore',
  })
  await waitFor(url, child)
  return { url, stop: () => stopChild(child) }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((r) => {
    child.once('exit', () => r())
    child.kill('SIGTERM')
    // Should it ignore the polite request, it must still not outlive the bench.
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref()
  })
}

// The comparison page: vis-timeline's own standalone build, served from node_modules, with
// the same generated module the stress build bundles, mapped to vis items in the page.
const VIS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vis-timeline, 5,000 items</title>
<link rel="stylesheet" href="/vis.css">
<script src="/vis.js"></script>
</head>
<body>
<div id="timeline"></div>
<script type="module">
import { events } from '/stress-events.js'
const first = (e) => e.dates[0]?.value
const items = events.map((e) => {
  const v = first(e)
  const start = v ? (v.date ?? v.start ?? v.month + '-01') : e.undated.within.start
  const end = v && v.precision === 'range' ? v.end : undefined
  return end ? { id: e.id, content: e.title.en, start, end } : { id: e.id, content: e.title.en, start }
})
// Exposed for the bench (axis.js), which sets the same window as the app's view before zooming.
window.timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), {})
</script>
</body>
</html>
`

/**
 * @param {number} port
 * @param {readonly unknown[]} stressEvents
 * @returns {Promise<Server>}
 */
export async function startVisServer(port, stressEvents) {
  /** @type {Record<string, { type: string, body?: string, file?: string }>} */
  const files = {
    '/': { type: 'text/html', body: VIS_PAGE },
    '/vis.js': {
      type: 'text/javascript',
      file: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    },
    '/vis.css': {
      type: 'text/css',
      file: 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
    },
    '/stress-events.js': { type: 'text/javascript', file: DEFAULT_STRESS_MODULE },
  }
  if (stressEvents.length === 0) throw new Error('no stress events')
  const server = createServer((req, res) => {
    const entry = files[new URL(req.url ?? '/', 'http://x').pathname]
    if (!entry) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store' })
    res.end(entry.body ?? readFileSync(join(root, entry.file ?? '')))
  })
  await new Promise((r, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => r(undefined))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => server.close(() => r())),
  }
}

/** @param {Server} server */
export async function stop(server) {
  await server.stop()
}
