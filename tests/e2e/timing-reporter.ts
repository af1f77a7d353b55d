import { relative } from 'node:path'
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

// After the list reporter's lines: each spec file's summed test time (what the two workers
// spend on it), its document loads and its axe scans, largest first. The counts come from
// annotations that fixtures.ts ("documents") and axe.ts ("axe") add to each test. Wall-clock
// time hides where the work is on a shared machine; these sums do not (docs/ci.md).

interface Row {
  tests: number
  seconds: number
  documents: number
  fullScans: number
  colourScans: number
}

class TimingReporter implements Reporter {
  private readonly rows = new Map<string, Row>()

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(process.cwd(), test.location.file)
    const row = this.rows.get(file) ?? {
      tests: 0,
      seconds: 0,
      documents: 0,
      fullScans: 0,
      colourScans: 0,
    }
    row.tests += 1
    row.seconds += result.duration / 1000
    for (const { type, description } of result.annotations) {
      if (type === 'documents') row.documents += Number(description)
      if (type === 'axe' && description === 'full') row.fullScans += 1
      if (type === 'axe' && description === 'colour') row.colourScans += 1
    }
    this.rows.set(file, row)
  }

  onEnd(): void {
    const rows = [...this.rows].sort(([, a], [, b]) => b.seconds - a.seconds)
    const total = rows.reduce(
      (sum, [, r]) => ({
        tests: sum.tests + r.tests,
        seconds: sum.seconds + r.seconds,
        documents: sum.documents + r.documents,
        fullScans: sum.fullScans + r.fullScans,
        colourScans: sum.colourScans + r.colourScans,
      }),
      { tests: 0, seconds: 0, documents: 0, fullScans: 0, colourScans: 0 },
    )
    const line = (name: string, r: Row) =>
      `  ${name.padEnd(40)} ${String(r.tests).padStart(5)} ${r.seconds.toFixed(1).padStart(9)} ` +
      `${String(r.documents).padStart(9)} ${String(r.fullScans).padStart(6)} ${String(r.colourScans).padStart(8)}`
    console.log('\nTime per spec file (summed test durations):')
    console.log(
      `  ${'file'.padEnd(40)} ${'tests'.padStart(5)} ${'seconds'.padStart(9)} ${'documents'.padStart(9)} ${'axe'.padStart(6)} ${'contrast'.padStart(8)}`,
    )
    for (const [file, row] of rows) console.log(line(file, row))
    console.log(line('total', total))
  }

  printsToStdio(): boolean {
    return false
  }
}

export default TimingReporter
