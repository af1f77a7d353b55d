import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'

// The router plugin must run before React's so that route files are split and
// the route tree is regenerated before JSX is transformed.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react()],
  // OUT_DIR lets parallel test runs build side by side; dist/ is the default. An empty OUT_DIR
  // counts as unset: as '' it would name the project folder, which the build empties first.
  // One stylesheet for the whole app (7 kB gzip): the prerenderer inlines it into every page,
  // so the first paint waits on no request, and route chunks never fetch CSS of their own.
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: true,
    cssCodeSplit: false,
    // Every browser the app supports preloads modules natively; the polyfill only costs
    // main-thread time at startup.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
})
