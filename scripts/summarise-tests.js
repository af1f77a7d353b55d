// CI's summary of `npm test` (scripts/test.js): each step's wall time (the builds included),
// one line per suite (lint, typecheck, unit, dist, e2e) with its counts, then the single line
// `tests: N passed, N failed`. A suite that did not run, or ran fewer tests than
// tests/expected-counts.json says it has, counts as a failure, and the script exits non-zero:
// a suite that quietly stops finding its tests must not look green.
//
//   node scripts/summarise-tests.js LOG STATUS
//
// When you add or remove tests on purpose, update tests/expected-counts.json in the same commit.
import { readFileSync } from 'node:fs'

/** @typedef {'lint' | 'typecheck' | 'unit' | 'dist' | 'e2e'} Suite */
/** @type {readonly Suite[]} */
const SUITES = ['lint', 'typecheck', 'unit', 'dist', 'e2e']

const [logPath, statusArg] = process.argv.slice(2)
/** @type {Record<Suite, number>} */
const expected = JSON.parse(
  readFileSync(new URL('../tests/expected-counts.json', import.meta.url), 'utf8'),
)
// Strip colour codes so the counts can be read.
// eslint-disable-next-line no-control-regex
const text = readFileSync(logPath ?? '', 'utf8').replace(/\u001b\[[0-9;]*m/g, '')
const status = Number(statusArg)

/**
 * Each step's block (scripts/steps.js): from `> step NAME` to `< step NAME: passed in N s`.
 * @type {Map<string, { body: string, ok: boolean, seconds: number }>}
 */
const steps = new Map()
for (const match of text.matchAll(
  /^> step (\S+)\n([\s\S]*?)^< step \1: (passed|failed) in ([\d.]+) s$/gm,
)) {
  const [, name = '', body = '', outcome, seconds] = match
  steps.set(name, { body, ok: outcome === 'passed', seconds: Number(seconds) })
}

console.log('step times (wall):')
for (const [name, step] of steps)
  console.log(
    `  ${name.padEnd(14)} ${step.seconds.toFixed(1).padStart(6)} s${step.ok ? '' : '  FAILED'}`,
  )

/**
 * Counts for one suite. lint and typecheck are one check each.
 * @param {Suite} suite
 * @param {{ body: string, ok: boolean }} step
 * @returns {{ passed: number, failed: number }}
 */
function countsOf(suite, step) {
  if (suite === 'lint' || suite === 'typecheck') {
    return step.ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  }
  let passed = 0
  let failed = 0
  const lines = step.body.split('\n')
  if (suite === 'unit' || suite === 'dist') {
    // vitest: "      Tests  12 passed (12)" or "Tests  1 failed | 11 passed (12)"
    for (const line of lines.filter((l) => /^\s*Tests\s+\d/.test(l))) {
      passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0)
      failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0)
    }
  } else {
    // Playwright's list reporter: "  12 passed (30.1s)", "  1 failed", "  2 flaky"
    for (const line of lines.filter((l) => /^\s+\d+ (passed|failed|flaky)( \(|$)/.test(l))) {
      const n = Number(/(\d+)/.exec(line)?.[1] ?? 0)
      if (/passed/.test(line)) passed += n
      else failed += n
    }
  }
  // A suite that failed without a failing count (a crash, a missing browser) is a failure.
  if (!step.ok && failed === 0) failed = 1
  return { passed, failed }
}

let passed = 0
let failed = 0
for (const suite of SUITES) {
  const step = steps.get(suite)
  const minimum = expected[suite]
  if (typeof minimum !== 'number') {
    console.log(`${suite}: no count in tests/expected-counts.json`)
    failed += 1
    continue
  }
  if (step === undefined) {
    console.log(`${suite}: did not run (expected at least ${minimum})`)
    failed += 1
    continue
  }
  const counts = countsOf(suite, step)
  const ran = counts.passed + counts.failed
  const short = ran < minimum
  console.log(
    `${suite}: ${counts.passed} passed, ${counts.failed} failed` +
      (short ? ` — FEWER THAN EXPECTED: ran ${ran}, expected at least ${minimum}` : ''),
  )
  passed += counts.passed
  failed += counts.failed + (short ? 1 : 0)
}
// A run that failed without a failing count (a build, a crash) is still a failure.
if (status !== 0 && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed`)
if (failed > 0) process.exitCode = 1
