import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig, mergeConfig } from 'vite'
import baseConfig from '../../vite.config.ts'

// The bench-only build: the same app, with src/content/events.ts swapped for the generated
// stress set (scripts/generate-stress.js). It writes to node_modules/.tmp so that neither the
// default build nor any linter ever sees the 5,000 generated events.
const root = resolve(import.meta.dirname, '../..')
const eventsModule = resolve(root, 'src/content/events.ts')
const stressModule = resolve(
  root,
  process.env.STRESS_MODULE ?? 'node_modules/.tmp/bench/stress-events.js',
)

// With BENCH_WITHOUT_PRINT_DIGEST=1 (`npm run bench -- --without-print-digest`) the print-only
// digest, which renders every event in full, is left out: this shows what it costs on screen.
const printDigest = resolve(root, 'src/features/exports/PrintDigest.tsx')
const withoutDigest = process.env.BENCH_WITHOUT_PRINT_DIGEST === '1'
const NO_DIGEST = '\0bench-no-print-digest'

function swapEvents(): Plugin {
  return {
    name: 'bench-swap-events',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('events.ts') && !source.endsWith('PrintDigest.tsx')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (resolved?.id === eventsModule) return stressModule
      if (withoutDigest && resolved?.id === printDigest) return NO_DIGEST
      return null
    },
    load(id) {
      return id === NO_DIGEST ? 'export function PrintDigest() { return null }' : null
    },
  }
}

export default defineConfig((env) =>
  mergeConfig(baseConfig(env), {
    plugins: [swapEvents()],
    build: {
      outDir: resolve(root, process.env.BENCH_OUT_DIR ?? 'node_modules/.tmp/bench/dist-stress'),
    },
  }),
)
