import { readFile, writeFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { filterSchema } from './src/lib/dataSchema.ts'

const DATA_SCHEMA = 'public/data/schema.json'

/**
 * Writes the facet registry's part of the data file's schema (`view.filter`) into
 * public/data/schema.json before each build and dev server, as the router plugin writes the
 * route tree: adding a facet documents it in the download's schema, with no edit by hand.
 * The file only changes when the registry does; a unit test checks the two agree.
 */
function facetSchema(): Plugin {
  return {
    name: 'facet-schema',
    async buildStart() {
      const text = await readFile(DATA_SCHEMA, 'utf8')
      const schema = JSON.parse(text)
      schema.properties.view.properties.filter = filterSchema()
      const options = await resolveConfig(DATA_SCHEMA)
      const next = await format(JSON.stringify(schema), { ...options, filepath: DATA_SCHEMA })
      if (next !== text) await writeFile(DATA_SCHEMA, next)
    },
  }
}

// The router plugin must run before React's so that route files are split and
// the route tree is regenerated before JSX is transformed.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [tanstackRouter({ target: 'react', autoCodeSplitting: true }), react(), facetSchema()],
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
