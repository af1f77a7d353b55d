// `npm test`: every check, ordered so that the machine's cores stay busy and nothing is built
// twice (docs/ci.md):
//   1. lint, typecheck and the three test builds (scripts/e2e-builds.js), side by side;
//   2. the unit suite and the dist suite (Node, over every built page), side by side;
//   3. the browser suite, against the folders built in 1 (its web servers only serve).
// Each step's output is printed as one block with its time; scripts/summarise-tests.js reads
// the blocks. Exits non-zero when any step failed.
import { buildSteps, testDirs, testPort } from './e2e-builds.js'
import { runStep, runTogether } from './steps.js'

// The same port rule as playwright.config.ts, fixed here so that every step agrees on it.
const port = Number(process.env.PW_PORT || testPort(process.pid))
const dirs = testDirs(port)
const env = { PW_PORT: String(port), OUT_DIR: dirs.site, E2E_PREBUILT: '1' }

const checks = await runTogether([
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'typecheck', command: 'npm run --silent typecheck' },
  ...buildSteps(port),
])
const built = checks.filter((r) => r.name.startsWith('build:')).every((r) => r.ok)
const results = [...checks]
if (built) {
  results.push(
    ...(await runTogether([
      { name: 'unit', command: 'npm run --silent test:unit' },
      { name: 'dist', command: 'npm run --silent test:dist', env },
    ])),
    await runStep({ name: 'e2e', command: 'npm run --silent test:e2e', env, live: true }),
  )
} else {
  // Without the builds only the unit suite can run; the others show as not run.
  results.push(await runStep({ name: 'unit', command: 'npm run --silent test:unit' }))
}

console.log('\nsteps (wall seconds; steps on one line of the plan ran side by side):')
for (const r of results)
  console.log(
    `  ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? 'ok' : 'FAILED'}`,
  )
if (results.some((r) => !r.ok)) process.exitCode = 1
