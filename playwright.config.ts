import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/chromium.js'
import { SUBPATH, testDirs, testPort } from './scripts/e2e-builds.js'

// Each run gets its own port and build folders, so that several runs (or a run beside a dev
// server) never fight over one. Worker processes inherit the values through the environment.
process.env.PW_PORT ||= String(testPort(process.pid))
const PORT = Number(process.env.PW_PORT)
const DIRS = testDirs(PORT)
// The site build's folder, whichever OUT_DIR the shell had: the builds write there, and every
// server and spec (static-host.ts) must read the same one.
process.env.OUT_DIR = DIRS.site

// `npm test` (scripts/test.js) makes the three builds before this runs and sets E2E_PREBUILT=1:
// the web servers then only serve. A spec run on its own builds them first, side by side.
const BUILD = process.env.E2E_PREBUILT === '1' ? '' : 'node scripts/e2e-builds.js && '
const reuse = process.env.PW_REUSE_SERVER === '1'

// Debian's Chromium, never a downloaded one (scripts/chromium.js).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A stray test.only must not turn CI green by running one test.
  forbidOnly: !!process.env.CI,
  // A hang, not a slow machine, is what this catches: the slowest test takes about 15 s alone.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The list, then each spec file's summed test time, page loads and axe scans
  // (tests/e2e/timing-reporter.ts), so that CI shows where the time goes.
  reporter: [['list'], ['./tests/e2e/timing-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    // One browser context per worker, reset between tests (cookies, storage, cache, init
    // scripts, routes, emulation), instead of a new one per test: a new context and its first
    // page cost Chromium about 0.6 CPU-second here, half of what a typical test spends
    // (docs/ci.md). Every test still loads its pages afresh; what is not reset (the tab's
    // history, granted permissions) no test relies on, and a test that sets a context option
    // other than the scheme, motion or viewport (javaScriptEnabled, locale) gets a new context.
    reuseContext: true,
  },
  // PW_REUSE_SERVER=1 with PW_PORT=N runs the tests against servers you already started on
  // N and up (e.g. while iterating on one spec).
  webServer: [
    {
      // The app as `vite preview` serves it (a single-page app's fallback for any address).
      command: `${BUILD}./node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: reuse,
      timeout: 300_000,
    },
    {
      // The same build served as a plain static host would: no SPA fallback, 404.html for
      // missing paths (tests/e2e/static.spec.ts, addresses.spec.ts, embeds.spec.ts).
      command: `node scripts/static-server.js --quiet --dir ${DIRS.site} --port ${PORT + 1000}`,
      url: `http://127.0.0.1:${PORT + 1000}/`,
      reuseExistingServer: reuse,
      timeout: 60_000,
    },
    {
      // The site built for a sub-path, as a project page (static.spec.ts).
      command: `node scripts/static-server.js --quiet --dir ${DIRS.subpath} --port ${PORT + 2000} --base ${SUBPATH.base}`,
      url: `http://127.0.0.1:${PORT + 2000}${SUBPATH.base}`,
      reuseExistingServer: reuse,
      timeout: 60_000,
    },
    {
      // The app with 400 generated events, so that the windowed list is tested in a real
      // browser (long-timeline.spec.ts). Served as an app without prerendered pages.
      command: `BENCH_OUT_DIR=${DIRS.long}/dist ./node_modules/.bin/vite preview -c scripts/bench/vite.bench.config.ts --port ${PORT + 3000} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT + 3000}`,
      reuseExistingServer: reuse,
      timeout: 60_000,
    },
  ],
})
