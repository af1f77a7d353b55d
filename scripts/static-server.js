// A plain static file server, as common static hosts behave, for the browser tests and for
// trying the built site (rules in scripts/static-host.js and the README's "What the host must do"):
//   /events/plenary  -> events/plenary.html     /fr -> fr.html     / -> index.html
//   /events/plenary/, /events/plenary.html, /fr/index.html, /delegations/FR, /en/source
//                    -> 301 to the canonical address
//   anything else    -> 404.html with status 404 (no single-page-app fallback)
//
//   node scripts/static-server.js [--dir dist] [--port 4174] [--base /sub/] [--hsts] [--quiet]
//
// --port 0 picks a free port; the first line printed says which. --quiet leaves out the
// access log. With --base, only addresses under that path exist, as on a project page. It
// waits for the build to finish (for 404.html, which the prerenderer writes last but two)
// before listening, so that it can start beside a server that builds first.
import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStaticHost } from './static-host.js'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
    port: { type: 'string', default: '4174' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    hsts: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})
const root = resolve(values.dir)
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')

const server = createStaticHost({
  root,
  base,
  hsts: values.hsts,
  log: values.quiet ? undefined : (line) => console.log(line),
})

for (;;) {
  try {
    await access(join(root, '404.html'))
    break
  } catch {
    await new Promise((done) => setTimeout(done, 250))
  }
}
server.listen(Number(values.port), values.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : values.port
  console.log(`static-server: ${root} at http://${values.host}:${port}${base}`)
})
