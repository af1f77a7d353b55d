import { defineConfig } from '@playwright/test'
import { launchOptions } from './scripts/chromium.js'

// Each run gets its own port and build folder, so that several runs (or a run beside a dev
// server) never fight over one. Worker processes inherit the values through the environment.
process.env.PW_PORT ||= String(4300 + (process.pid % 1000))
process.env.OUT_DIR ||= `node_modules/.tmp/e2e-dist-${process.env.PW_PORT}`
const PORT = Number(process.env.PW_PORT)
const LONG_DIR = `node_modules/.tmp/e2e-long-${PORT}`

// Debian's Chromium, never a downloaded one (scripts/chromium.js).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A stray test.only must not turn CI green by running one test.
  forbidOnly: !!process.env.CI,
  // Generous: the suite runs on small shared machines, where a cold page can take seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
  },
  webServer: [
    {
      command: `npm run build && ./node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      // PW_REUSE_SERVER=1 with PW_PORT=N runs the tests against a server you already started on
      // N (e.g. while iterating on one spec); by default every run builds and serves afresh.
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      // A build on a busy two-core machine can take minutes; on a quiet one about 30 s.
      timeout: 300_000,
    },
    {
      // The same build served as a plain static host would: no SPA fallback, 404.html for
      // missing paths (tests/e2e/static.spec.ts, nojs.spec.ts). It starts once the build above
      // is done; its port is the preview's plus 1000.
      command: `node scripts/static-server.js --port ${PORT + 1000}`,
      url: `http://127.0.0.1:${PORT + 1000}/`,
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 300_000,
    },
    {
      // A long timeline: the app built with 400 generated events (the bench's generator and
      // build config, scripts/bench/vite.bench.config.ts, with a smaller set), so that the
      // windowed list is tested in a real browser (tests/e2e/long-timeline.spec.ts). Served as
      // an app without prerendered pages; its port is the preview's plus 3000 (plus 2000 is
      // the sub-path build's, in static.spec.ts).
      command: [
        `node scripts/generate-stress.js --count 400 --out ${LONG_DIR}/events.js`,
        `STRESS_MODULE=${LONG_DIR}/events.js BENCH_OUT_DIR=${LONG_DIR}/dist ./node_modules/.bin/vite build -c scripts/bench/vite.bench.config.ts --logLevel warn`,
        `BENCH_OUT_DIR=${LONG_DIR}/dist ./node_modules/.bin/vite preview -c scripts/bench/vite.bench.config.ts --port ${PORT + 3000} --strictPort --host 127.0.0.1`,
      ].join(' && '),
      url: `http://127.0.0.1:${PORT + 3000}`,
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 300_000,
    },
  ],
})
