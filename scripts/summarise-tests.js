// CI's summary of `npm test`: one line per suite (lint, typecheck, unit, e2e) with its counts,
// then the single line `tests: N passed, N failed`. A suite that did not run, or ran fewer
// tests than tests/expected-counts.json says it has, counts as a failure, and the script exits
// non-zero: a suite that quietly stops finding its tests must not look green.
//
//   node scripts/summarise-tests.js LOG STATUS
//
// When you add or remove tests on purpose, update tests/expected-counts.json in the same commit.
import { readFileSync } from 'node:fs'

/** @typedef {'lint' | 'typecheck' | 'unit' | 'e2e'} Suite */
/** @type {readonly Suite[]} */
const SUITES = ['lint', 'typecheck', 'unit', 'e2e']
/** npm's header for each suite's script, e.g. "> fr-jp-space-dialogue@1.0.0 test:unit". */
const SCRIPTS = { lint: 'lint', typecheck: 'typecheck', unit: 'test:unit', e2e: 'test:e2e' }

const [logPath, statusArg] = process.argv.slice(2)
/** @type {Record<Suite, number>} */
const expected = JSON.parse(
  readFileSync(new URL('../tests/expected-counts.json', import.meta.url), 'utf8'),
)
// Strip colour codes so the counts can be read.
// eslint-disable-next-line no-control-regex
const text = readFileSync(logPath ?? '', 'utf8').replace(/\u001b\[[0-9;]*m/g, '')
const status = Number(statusArg)

// The log, cut at each npm script header, so that each suite's counts are read from its part.
/** @type {Partial<Record<Suite, string>>} */
const parts = {}
const headers = [...text.matchAll(/^> \S+@\S+ (\S+)$/gm)]
headers.forEach((header, i) => {
  const suite = SUITES.find((s) => SCRIPTS[s] === header[1])
  if (suite) parts[suite] = text.slice(header.index, headers[i + 1]?.index ?? text.length)
})

/**
 * Counts for one suite. lint and typecheck are one check each: `npm test` chains the suites
 * with &&, so one passed when the next one started, or when the whole run succeeded.
 * @param {Suite} suite
 * @param {string} part
 * @returns {{ passed: number, failed: number }}
 */
function countsOf(suite, part) {
  if (suite === 'lint' || suite === 'typecheck') {
    const next = SUITES[SUITES.indexOf(suite) + 1]
    const ok = status === 0 || (next !== undefined && parts[next] !== undefined)
    return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  }
  let passed = 0
  let failed = 0
  if (suite === 'unit') {
    // vitest: "      Tests  12 passed (12)" or "Tests  1 failed | 11 passed (12)"
    for (const line of part.split('\n').filter((l) => /^\s*Tests\s+\d/.test(l))) {
      passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0)
      failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0)
    }
  } else {
    // Playwright's list reporter: "  12 passed (30.1s)", "  1 failed", "  2 flaky"
    for (const line of part
      .split('\n')
      .filter((l) => /^\s+\d+ (passed|failed|flaky)( \(|$)/.test(l))) {
      const n = Number(/(\d+)/.exec(line)?.[1] ?? 0)
      if (/passed/.test(line)) passed += n
      else failed += n
    }
  }
  return { passed, failed }
}

let passed = 0
let failed = 0
for (const suite of SUITES) {
  const part = parts[suite]
  const minimum = expected[suite]
  if (part === undefined) {
    console.log(`${suite}: did not run (expected at least ${minimum})`)
    failed += 1
    continue
  }
  const counts = countsOf(suite, part)
  const ran = counts.passed + counts.failed
  const short = ran < minimum
  console.log(
    `${suite}: ${counts.passed} passed, ${counts.failed} failed` +
      (short ? ` — FEWER THAN EXPECTED: ran ${ran}, expected at least ${minimum}` : ''),
  )
  passed += counts.passed
  failed += counts.failed + (short ? 1 : 0)
}
// A run that failed without a failing count (a crash, a missing browser) is still a failure.
if (status !== 0 && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed`)
if (failed > 0) process.exitCode = 1
