// Lighthouse 12.2.3 with its mobile defaults (simulated throttling), run through its CLI as
// TOOLCHAIN.md describes; the median of each metric over the runs. With Chromium 156 a few
// individual audits error, but the performance score and metrics are produced.

import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js'
import { root } from './servers.js'

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')

/**
 * The parts of a Lighthouse JSON report the bench reads.
 * @typedef {{
 *   audits: Record<string, { numericValue?: number } | undefined>,
 *   categories: { performance?: { score: number | null } },
 * }} Report
 */

/**
 * @param {string} url
 * @param {string} outputPath
 * @returns {Promise<Report>}
 */
function lighthouse(url, outputPath) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${outputPath}`,
        '--quiet',
      ],
      {
        cwd: root,
        env: { ...process.env, CHROME_PATH },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let errors = ''
    child.stderr.on('data', (d) => (errors += d))
    child.on('error', reject)
    child.on('exit', () => {
      // Lighthouse exits non-zero when individual audits error; the report decides.
      try {
        resolvePromise(JSON.parse(readFileSync(outputPath, 'utf8')))
      } catch {
        reject(new Error(`Lighthouse wrote no report for ${url}:\n${errors.slice(-2000)}`))
      }
    })
  })
}

/**
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * @typedef {{ score: number | null, fcp: number | null, lcp: number | null, tbt: number | null, cls: number | null }} Sample
 * @param {string} baseUrl
 * @param {readonly string[]} routes
 * @param {number} runs
 */
export async function measureLighthouse(baseUrl, routes, runs) {
  const dir = join(root, 'node_modules/.tmp/bench/lighthouse')
  mkdirSync(dir, { recursive: true })
  /** @type {Record<string, Sample & { runs: Sample[] }>} */
  const result = {}
  for (const route of routes) {
    /** @type {Sample[]} */
    const samples = []
    for (let i = 0; i < runs; i++) {
      const name = `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${i}.json`
      const report = await lighthouse(`${baseUrl}${route}`, join(dir, name))
      /** @param {string} id */
      const audit = (id) => report.audits[id]?.numericValue ?? null
      const score = report.categories.performance?.score
      samples.push({
        score: typeof score === 'number' ? Math.round(score * 100) : null,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      })
    }
    /** @param {keyof Sample} key */
    const of = (key) => median(samples.map((s) => s[key]))
    result[route] = {
      score: of('score'),
      fcp: of('fcp'),
      lcp: of('lcp'),
      tbt: of('tbt'),
      cls: of('cls'),
      runs: samples,
    }
  }
  return result
}
