// Starts scripts/static-server.js as a separate process and measures it from outside, as a
// reader would: shared by its unit tests (tests/unit/static-server.test.ts) and the load test
// (scripts/loadtest.js). Loopback only.
import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

const SERVER = fileURLToPath(new URL('./static-server.js', import.meta.url))

/**
 * @typedef {object} RunningServer
 * @property {string} url origin and base, e.g. `http://127.0.0.1:40123/`
 * @property {number} pid
 * @property {() => string} output everything it printed so far (stdout and stderr)
 * @property {() => boolean} alive
 * @property {() => Promise<void>} stop
 */

/**
 * Spawns the server on a free loopback port against `dir` and waits for its first line.
 * @param {string} dir
 * @param {string[]} [args] more command-line options (--quiet is not implied)
 * @returns {Promise<RunningServer>}
 */
export function startStaticServer(dir, args = []) {
  const child = spawn(process.execPath, [SERVER, '--dir', dir, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let exited = false
  const closed = new Promise((done) => child.once('exit', done))
  child.once('exit', () => {
    exited = true
  })
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no start within 10 s:\n${output}`)), 10_000)
    /** @param {Error} error */
    function fail(error) {
      clearTimeout(timer)
      child.kill()
      reject(error)
    }
    child.once('exit', (code) => fail(new Error(`exited with ${code}:\n${output}`)))
    child.stdout.on('data', () => {
      const match = output.match(/ at (http:\/\/127\.0\.0\.1:\d+\/\S*)/)
      if (!match?.[1] || child.pid === undefined) return
      clearTimeout(timer)
      const url = match[1]
      const pid = child.pid
      resolve({
        url,
        pid,
        output: () => output,
        alive: () => !exited,
        stop: async () => {
          if (!exited) child.kill()
          await closed
        },
      })
    })
  })
}

/**
 * How many file descriptors a process holds (Linux /proc), to catch handles left open.
 * @param {number} pid
 */
export async function openFileCount(pid) {
  return (await readdir(`/proc/${pid}/fd`)).length
}

/**
 * Waits until the process's descriptor count is back to `expected` or lower (sockets and
 * streams close asynchronously after the last response), or the time is up; returns the count.
 * @param {number} pid
 * @param {number} expected
 * @param {number} [withinMs]
 */
export async function settledFileCount(pid, expected, withinMs = 5_000) {
  const until = Date.now() + withinMs
  let count = await openFileCount(pid)
  while (count > expected && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100))
    count = await openFileCount(pid)
  }
  return count
}

/**
 * A mixed load of pages and assets, with and without compression, on keep-alive connections.
 * @param {string} url the server's base address
 * @param {readonly string[]} paths paths under it (no leading slash), cycled by each connection
 * @param {{ seconds: number, connections: number }} load
 */
export function runLoad(url, paths, load) {
  const encodings = ['br', 'gzip, deflate', 'identity']
  return autocannon({
    url,
    connections: load.connections,
    duration: load.seconds,
    timeout: 10,
    requests: paths.map((path, index) => ({
      method: 'GET',
      path: `${new URL(url).pathname}${path}`,
      headers: { 'accept-encoding': encodings[index % encodings.length] ?? 'identity' },
    })),
  })
}
