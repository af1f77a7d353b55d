// Lighthouse 12.2.3 with its mobile defaults (simulated throttling), run through its CLI as
// TOOLCHAIN.md describes; the median of each metric over the runs. With Chromium 156 a few
// individual audits error, but the performance score and metrics are produced.

import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js'
import { root } from './servers.js'

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ')

/**
 * The parts of a Lighthouse JSON report the bench reads.
 * @typedef {{
 *   audits: Record<string, { numericValue?: number } | undefined>,
 *   categories: Partial<Record<string, { score: number | null }>>,
 *   runtimeError?: { code: string, message: string },
 * }} Report
 */

// The five pages of issue 13: both screens, a second language, a delegation, the source view;
// and the rounds compared (issue 33), the one page with a table.
export const LIGHTHOUSE_ROUTES = [
  '/',
  '/events/plenary',
  '/ja/events/ariane-group-visit',
  '/fr/delegations/jp',
  '/source',
  '/rounds',
]

/**
 * @param {string} url
 * @param {string} outputPath
 * @param {string} [categories] comma-separated Lighthouse category ids
 * @param {readonly string[]} [extra] further arguments (`--throttling-method=devtools`)
 * @returns {Promise<Report>}
 */
function lighthouse(url, outputPath, categories = 'performance', extra = []) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      join(root, 'node_modules/.bin/lighthouse'),
      [
        url,
        `--chrome-flags=${CHROME_FLAGS}`,
        `--only-categories=${categories}`,
        '--output=json',
        `--output-path=${outputPath}`,
        '--quiet',
        ...extra,
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
 * A Lighthouse report, made once more when the run failed outright. Now and then Lighthouse
 * 12.2.3 fails to record the page load's trace with this Chromium (NO_NAVSTART: 3 runs of about
 * 130 on 29 November) and reports nothing at all; such a run says nothing about the page. The
 * failed report is kept beside the new one, named `…-failed.json`.
 * @param {string} url
 * @param {string} outputPath
 * @param {string} [categories]
 * @param {readonly string[]} [extra]
 * @returns {Promise<Report>}
 */
export async function lighthouseReport(url, outputPath, categories, extra) {
  const report = await lighthouse(url, outputPath, categories, extra)
  if (!report.runtimeError) return report
  console.error(`  Lighthouse ${url}: ${report.runtimeError.code}, run again`)
  renameSync(outputPath, outputPath.replace(/\.json$/, '-failed.json'))
  return lighthouse(url, outputPath, categories, extra)
}

/**
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const at = (/** @type {number} */ i) => sorted[i] ?? 0
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2
}

/**
 * @typedef {{ score: number | null, fcp: number | null, lcp: number | null, tbt: number | null, cls: number | null }} Sample
 * @param {string} baseUrl
 * @param {readonly string[]} routes
 * @param {number} runs
 * @param {string} [tag] put before the report files' names, so that the floors' runs keep the
 *   page's reports instead of writing over them (a failed run can then be looked into)
 */
export async function measureLighthouse(baseUrl, routes, runs, tag = '') {
  const dir = join(root, 'node_modules/.tmp/bench/lighthouse')
  mkdirSync(dir, { recursive: true })
  /** @type {Record<string, Sample & { runs: Sample[] }>} */
  const result = {}
  for (const route of routes) {
    /** @type {Sample[]} */
    const samples = []
    for (let i = 0; i < runs; i++) {
      const name = `${tag}${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${i}.json`
      const report = await lighthouseReport(`${baseUrl}${route}`, join(dir, name))
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

/** The categories issue 13 asks to stay at 100 ("no regression"), by their Lighthouse ids. */
export const QUALITY = /** @type {const} */ ({
  accessibility: 'accessibility',
  bestPractices: 'best-practices',
  seo: 'seo',
})

/**
 * Lighthouse's accessibility, best practices and SEO scores, one run a route: they do not
 * depend on timing. A run of their own, so that the performance runs stay as they were.
 * @param {string} baseUrl
 * @param {readonly string[]} routes
 * @returns {Promise<Record<string, Record<keyof typeof QUALITY, number | null>>>}
 */
export async function measureLighthouseQuality(baseUrl, routes) {
  const dir = join(root, 'node_modules/.tmp/bench/lighthouse')
  mkdirSync(dir, { recursive: true })
  /** @type {Record<string, Record<keyof typeof QUALITY, number | null>>} */
  const result = {}
  for (const route of routes) {
    const name = `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-quality.json`
    const report = await lighthouseReport(
      `${baseUrl}${route}`,
      join(dir, name),
      Object.values(QUALITY).join(','),
    )
    /** @param {string} id */
    const score = (id) => {
      const value = report.categories[id]?.score
      return typeof value === 'number' ? Math.round(value * 100) : null
    }
    result[route] = {
      accessibility: score(QUALITY.accessibility),
      bestPractices: score(QUALITY.bestPractices),
      seo: score(QUALITY.seo),
    }
  }
  return result
}
