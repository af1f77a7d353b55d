// Adds up the passed/failed counts that vitest and Playwright print, for CI's summary line.
import { readFileSync } from 'node:fs'

const [logPath, statusArg] = process.argv.slice(2)
// Strip colour codes so the counts can be read.
// eslint-disable-next-line no-control-regex
const text = readFileSync(logPath ?? '', 'utf8').replace(/\u001b\[[0-9;]*m/g, '')
let passed = 0
let failed = 0

// vitest: "      Tests  12 passed (12)" or "Tests  1 failed | 11 passed (12)"
for (const line of text.split('\n').filter((l) => /^\s*Tests\s+\d/.test(l))) {
  passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0)
  failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0)
}
// Playwright list reporter: "  12 passed (30.1s)", "  1 failed", "  2 flaky"
for (const line of text.split('\n').filter((l) => /^\s+\d+ (passed|failed|flaky)( \(|$)/.test(l))) {
  const n = Number(/(\d+)/.exec(line)?.[1] ?? 0)
  if (/passed/.test(line)) passed += n
  else failed += n
}
// A suite that never ran (lint, typecheck, missing browser) still counts as a failure.
if (Number(statusArg) !== 0 && failed === 0) failed = 1
console.log(`tests: ${passed} passed, ${failed} failed`)
