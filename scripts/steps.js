// Runs shell commands side by side and prints each one's output as one block when it ends,
// so that steps started together do not interleave their lines. Each block opens with
// `> step NAME` and closes with `< step NAME: passed|failed in N s`, which
// scripts/summarise-tests.js reads (a suite's counts come from its own block).
import { spawn } from 'node:child_process'

/**
 * A command to run. A `live` step prints its output as it comes (the last, long step, alone).
 * A step `after` another starts once that one has ended (and only if it passed).
 * @typedef {{ name: string, command: string, env?: Record<string, string>, live?: boolean, after?: string }} Step
 */
/** @typedef {{ name: string, ok: boolean, seconds: number }} StepResult */

/**
 * @param {Step} step
 * @returns {Promise<StepResult>}
 */
export function runStep(step) {
  const started = performance.now()
  return new Promise((done) => {
    const child = spawn(step.command, {
      shell: true,
      env: { ...process.env, ...step.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    /** @type {Buffer[]} */
    const output = []
    if (step.live) process.stdout.write(`\n> step ${step.name}\n`)
    /** @param {Buffer} chunk */
    const take = (chunk) => (step.live ? process.stdout.write(chunk) : output.push(chunk))
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      const ok = code === 0
      const text = Buffer.concat(output).toString('utf8').trimEnd()
      process.stdout.write(
        `${step.live ? '' : `\n> step ${step.name}\n${text}`}\n< step ${step.name}: ${ok ? 'passed' : 'failed'} in ${seconds.toFixed(1)} s\n`,
      )
      done({ name: step.name, ok, seconds })
    })
  })
}

/**
 * Runs the steps at once, each `after` step once its predecessor has passed; resolves with
 * every result, in the order given (a step whose predecessor failed counts as failed).
 * @param {readonly Step[]} steps
 * @returns {Promise<StepResult[]>}
 */
export function runTogether(steps) {
  /** @type {Map<string, Promise<StepResult>>} */
  const running = new Map()
  for (const step of steps) {
    const before = step.after === undefined ? undefined : running.get(step.after)
    running.set(
      step.name,
      before === undefined
        ? runStep(step)
        : before.then((r) => (r.ok ? runStep(step) : { name: step.name, ok: false, seconds: 0 })),
    )
  }
  return Promise.all([...running.values()])
}
