import { defineConfig } from 'vitest/config'

// The dist suite: what the built files say, read in Node for every page the build wrote
// (tests/site/site.ts). It runs against $OUT_DIR (default dist/), after a build:
//   npm run build && npm run test:dist
export default defineConfig({
  test: {
    // jsdom for its DOMParser: the files are parsed, never run.
    environment: 'jsdom',
    include: ['tests/site/**/*.test.ts'],
    // The files are only read: one module cache for all test files, so that each page is
    // parsed once (tests/site/site.ts), not once per test file.
    isolate: false,
    // Parsing every page takes a second or two; the timeout only catches a hang.
    testTimeout: 30_000,
  },
})
