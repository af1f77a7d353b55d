// A plain static file server, as common static hosts behave, for the browser tests:
//   /events/plenary  -> events/plenary.html     /fr/ -> fr/index.html     /fr -> fr.html
//   anything else    -> 404.html with status 404 (no single-page-app fallback)
//
//   node scripts/static-server.js [--dir dist] [--port 4174] [--base /sub/]
//
// With --base, only addresses under that path exist, as on a project page. It waits for the
// build to finish (for 404.html, which the prerenderer writes last but two) before listening,
// so that it can start beside a server that builds first.
import { createReadStream } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    port: { type: 'string', default: '4174' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
})
const root = resolve(values.dir)
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The file a host would serve for a path inside the site, or undefined. */
async function resolveFile(sitePath) {
  const candidates = sitePath.endsWith('/')
    ? [`${sitePath}index.html`]
    : [sitePath, `${sitePath}.html`, `${sitePath}/index.html`]
  for (const candidate of candidates) {
    const file = join(root, candidate)
    // Never outside the folder, whatever the address says.
    if (file !== root && !file.startsWith(root + sep)) return undefined
    if (await isFile(file)) return file
  }
  return undefined
}

function send(request, response, file, status) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  // Hashed build assets never change; pages must be revalidated.
  const cache = file.includes(`${sep}assets${sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  })
  if (request.method === 'HEAD') return response.end()
  createReadStream(file).pipe(response)
}

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  let path
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  } catch {
    path = undefined
  }
  // Like hosts do for a folder, /sub becomes /sub/ so that relative addresses resolve.
  if (path !== undefined && base !== '/' && `${path}/` === base) {
    response.writeHead(301, { Location: base }).end()
    return
  }
  const inside = path !== undefined && !path.includes('\0') && path.startsWith(base)
  const file = inside ? await resolveFile(`/${path.slice(base.length)}`) : undefined
  if (file) return send(request, response, file, 200)
  send(request, response, join(root, '404.html'), 404)
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
  console.log(`static-server: ${root} at http://${values.host}:${values.port}${base}`)
})
