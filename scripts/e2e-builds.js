// The three builds the browser tests and the dist suite run against, each made once, side by
// side: the site (vite build, then the prerenderer), the same site built for a sub-path as a
// project page, and the app with 400 generated events (the bench's build config). Used by
// `npm test` (scripts/test.js), which starts them beside lint and typecheck, and by
// playwright.config.ts when a spec is run on its own.
//
//   node scripts/e2e-builds.js        (PW_PORT names the folders; see testDirs)
import { resolve } from 'node:path'
import { runTogether } from './steps.js'

/** The sub-path build's base path and origin: baked into its files. */
export const SUBPATH = { base: '/fr-jp-space-dialogue/', origin: 'https://example.github.io' }

// The ports Chromium refuses to load (net::ERR_UNSAFE_PORT, its list of restricted ports)
// that a run's servers can land on: 4300 to 5299, plus 1000, 2000 and 3000. A run whose pid
// put the sub-path server on 6566 lost two tests to it.
const UNSAFE_PORTS = new Set([
  4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697,
])

/**
 * The port of a run's first server (the preview; the static hosts and the long build are on
 * port + 1000, + 2000 and + 3000): from the process id, so that runs side by side differ, moved
 * on past any port whose four servers Chromium would refuse.
 * @param {number} pid
 */
export function testPort(pid) {
  let port = 4300 + (pid % 1000)
  while ([0, 1000, 2000, 3000].some((step) => UNSAFE_PORTS.has(port + step))) port += 1
  return port
}

/**
 * Each build's folder for a run on `port`, so that several runs never share one.
 * @param {number} port
 */
export function testDirs(port) {
  return {
    site: `node_modules/.tmp/e2e-dist-${port}`,
    subpath: `node_modules/.tmp/e2e-subpath-${port}`,
    long: `node_modules/.tmp/e2e-long-${port}`,
  }
}

/**
 * @param {number} port
 * @returns {import('./steps.js').Step[]}
 */
export function buildSteps(port) {
  const dirs = testDirs(port)
  const vite = './node_modules/.bin/vite'
  return [
    {
      name: 'build:site',
      command: `${vite} build --logLevel warn && node scripts/prerender.js`,
      env: { OUT_DIR: dirs.site },
    },
    {
      // After the site's: its preview images are the same pictures, which the site's build
      // has drawn into the cache by then (scripts/og); drawn twice at once they took a
      // minute each.
      name: 'build:subpath',
      after: 'build:site',
      command: `${vite} build --logLevel warn && node scripts/prerender.js`,
      env: { OUT_DIR: dirs.subpath, BASE_PATH: SUBPATH.base, SITE_ORIGIN: SUBPATH.origin },
    },
    {
      name: 'build:long',
      command: [
        `node scripts/generate-stress.js --count 400 --out ${dirs.long}/events.js`,
        `${vite} build -c scripts/bench/vite.bench.config.ts --logLevel warn`,
      ].join(' && '),
      env: { STRESS_MODULE: `${dirs.long}/events.js`, BENCH_OUT_DIR: `${dirs.long}/dist` },
    },
  ]
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const port = Number(process.env.PW_PORT)
  if (!Number.isInteger(port)) throw new Error('e2e-builds: set PW_PORT')
  const results = await runTogether(buildSteps(port))
  if (results.some((r) => !r.ok)) process.exit(1)
}
