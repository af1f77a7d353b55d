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
// The dialogue's history (16 events, loaded when a view shows it) is left out too: the stress set
// spans its own ten years, and the bench measures those events alone, as before the history.
const historyModules = new Map([
  [resolve(root, 'src/content/history.ts'), 'export const historyEvents = []'],
  [resolve(root, 'src/content/historySpans.ts'), 'export const historySpans = []'],
])
const NO_HISTORY = '\0bench-no-history:'

function swapEvents(): Plugin {
  return {
    name: 'bench-swap-events',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(events|PrintDigest|history|historySpans)\.tsx?$/.test(source)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (resolved?.id === eventsModule) return stressModule
      if (resolved && historyModules.has(resolved.id)) return `${NO_HISTORY}${resolved.id}`
      if (withoutDigest && resolved?.id === printDigest) return NO_DIGEST
      return null
    },
    load(id) {
      if (id.startsWith(NO_HISTORY)) return historyModules.get(id.slice(NO_HISTORY.length)) ?? null
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
