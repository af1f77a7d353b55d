// A plain static file server, as common static hosts behave, for the browser tests and for
// trying the built site (rules in scripts/static-host.js and the README's "What the host must do"):
//   /events/plenary  -> events/plenary.html     /fr -> fr.html     / -> index.html
//   /events/plenary/, /events/plenary.html, /fr/index.html, /delegations/FR, /en/source
//                    -> 301 to the canonical address
//   anything else    -> 404.html with status 404 (no single-page-app fallback)
//
//   node scripts/static-server.js [--dir dist] [--port 4174] [--base /sub/] [--hsts] [--quiet] [--help]
//
// --port 0 picks a free port; the first line printed says which. --quiet leaves out the
// access log. With --base, only addresses under that path exist, as on a project page. It
// waits for the build to finish (for 404.html, which the prerenderer writes last but two)
// before listening, so that it can start beside a server that builds first.
import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStaticHost } from './static-host.js'

const USAGE = `Usage: node scripts/static-server.js [options]

Serves a built site (npm run build) as a static host would.

  --dir <folder>   the site to serve (default: $OUT_DIR or dist)
  --port <n>       port to listen on; 0 picks a free one (default: 4174)
  --host <name>    address to listen on (default: 127.0.0.1)
  --base <path>    serve the site under this path, e.g. /timeline/ (default: $BASE_PATH or /)
  --hsts           send Strict-Transport-Security (only behind HTTPS)
  --quiet          no access log
  --help           this text`

/** @type {ReturnType<typeof readArgs>['values']} */
let values
function readArgs() {
  return parseArgs({
    options: {
      dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
      port: { type: 'string', default: '4174' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      hsts: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
}
// A mistyped option gets one line and the usage, not a stack trace.
try {
  values = readArgs().values
} catch (error) {
  console.error(`static-server: ${error instanceof Error ? error.message : String(error)}`)
  console.error(USAGE)
  process.exit(2)
}
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `static-server: --port must be a whole number from 0 to 65535, not "${values.port}"`,
  )
  console.error(USAGE)
  process.exit(2)
}
const root = resolve(values.dir)
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')

const server = createStaticHost({
  root,
  base,
  hsts: values.hsts,
  log: values.quiet ? undefined : (line) => console.log(line),
})

for (let waited = 0; ; waited += 250) {
  try {
    await access(join(root, '404.html'))
    break
  } catch {
    // Said once, so that a wrong --dir is not mistaken for a hang.
    if (waited === 2000) console.log(`static-server: waiting for a build in ${root} (404.html)`)
    await new Promise((done) => setTimeout(done, 250))
  }
}
server.listen(port, values.host, () => {
  const address = server.address()
  const bound = typeof address === 'object' && address ? address.port : port
  console.log(`static-server: ${root} at http://${values.host}:${bound}${base}`)
})
