// The request handling of scripts/static-server.js, kept apart from its command line so that
// tests can read the rules (the headers it sends, the canonical-address rule) without starting
// a server. It behaves as the README asks of a real static host, and is meant to survive being
// run in production behind nothing: no request or file-system race may stop it.
import { open, realpath } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { promisify } from 'node:util'
import { canonicalPath } from '../src/lib/canonical-path.js'

/**
 * Headers every response carries: the ones the README recommends for a real host ("Headers to
 * set on a real host"); tests/unit/static-server.test.ts checks that the README lists exactly
 * these, so what is tested is what is recommended. The page's own <meta> policy is stricter;
 * this one adds what a <meta> policy cannot say (frame-ancestors) and must not repeat
 * default-src, script-src or style-src, which would block each page's hashed inline boot
 * script and styles (their hashes change with every build, so only the page can name them).
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}

/**
 * The embed pages (/embed, /embed/events/…, under /fr and /ja too) are the only ones another
 * site may frame: they send this policy, which differs from SECURITY_HEADERS' only in
 * `frame-ancestors *`, and no X-Frame-Options (whose DENY would win in older browsers). Every
 * other address, the not-found page included, refuses to be framed, so no page with the
 * site's navigation can be dressed up inside someone else's (clickjacking).
 */
export const EMBED_CSP = "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors *"

/**
 * Whether a path inside the site (base path taken off) is an embed's: `embed` first, or after
 * a two-letter language prefix. By address, so that an embed of an event that does not exist
 * still shows its not-found view inside the frame rather than a browser error.
 * @param {string} sitePath
 */
export function isEmbedPath(sitePath) {
  return /^\/(?:[a-z]{2}\/)?embed(?:[/.]|$)/i.test(sitePath)
}

/**
 * Public data made to be read by other sites' scripts as well as their servers: each page's
 * oEmbed file (a CMS's editor often asks from the browser) and the calendar feeds. They hold
 * nothing that is not on the pages and no request carries credentials, so any origin may read
 * them; pages and scripts stay same-origin.
 * @type {Readonly<Record<string, string>>}
 */
export const PUBLIC_DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' }

/**
 * Whether a path inside the site is one of those public data files.
 * @param {string} sitePath
 */
export function isPublicDataPath(sitePath) {
  return /^\/(?:oembed\/[^?#]*\.json|calendar\/[^/?#]+\.ics)$/.test(sitePath)
}

/** Sent only when asked (--hsts): on plain-HTTP loopback it would mean nothing, and it sticks. */
export const HSTS = 'max-age=63072000; includeSubDomains'

/** @type {Readonly<Record<string, string>>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
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

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.xml',
  '.ics',
  '.webmanifest',
])

/** Larger files are sent as they are rather than compressed in memory. */
const COMPRESS_MAX_BYTES = 2 * 1024 * 1024
/** Compressed copies kept; the whole site is a few dozen small files. */
const CACHE_ENTRIES = 128

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Splits a request's path into decoded segments, or undefined for an address no page can
 * have: empty segments (`//x/`), encoded slashes or backslashes (`/events%2fplenary`), dot
 * segments, NUL, or bad percent-encoding. Decoding segment by segment keeps `%2f` from
 * becoming a separator, which is what made `/events%2fplenary` answer as `/events/plenary`.
 * @param {string} rawPath the path as sent, without query
 * @returns {string[] | undefined}
 */
export function pathSegments(rawPath) {
  if (!rawPath.startsWith('/')) return undefined
  const raw = rawPath.slice(1).split('/')
  /** @type {string[]} */
  const segments = []
  for (const [index, part] of raw.entries()) {
    // Only the last segment may be empty: that is a trailing slash, which redirects.
    if (part === '' && index !== raw.length - 1) return undefined
    let decoded
    try {
      decoded = decodeURIComponent(part)
    } catch {
      return undefined
    }
    if (/[/\\\0]/.test(decoded) || decoded === '.' || decoded === '..') return undefined
    segments.push(decoded)
  }
  return segments
}

/**
 * @typedef {object} HostOptions
 * @property {string} root the site folder
 * @property {string} [base] the path the site lives under, with both slashes (default `/`)
 * @property {boolean} [hsts] send Strict-Transport-Security
 * @property {(line: string) => void} [log] receives one access-log line per request
 */

/**
 * @typedef {object} Found
 * @property {import('node:fs/promises').FileHandle} handle open, so a later delete cannot race
 * @property {import('node:fs').Stats} stats
 * @property {string} real the resolved path, inside the site folder
 */

/**
 * A small least-recently-used store of compressed files. Keys name the file's identity
 * (inode, size, mtime), so a rebuilt site never gets an old copy.
 */
class CompressedCache {
  /** @type {Map<string, Promise<Buffer>>} */
  #entries = new Map()

  /**
   * @param {string} key
   * @param {() => Promise<Buffer>} make
   * @returns {Promise<Buffer>}
   */
  get(key, make) {
    const hit = this.#entries.get(key)
    if (hit) {
      this.#entries.delete(key)
      this.#entries.set(key, hit)
      return hit
    }
    // The promise itself is stored, so fifty requests for a cold file compress it once.
    const made = make()
    this.#entries.set(key, made)
    made.catch(() => this.#entries.delete(key))
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= CACHE_ENTRIES) break
      this.#entries.delete(oldest)
    }
    return made
  }
}

/**
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
function pickEncoding(header) {
  if (!header) return undefined
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    weights.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0)
  }
  /** @param {string} name */
  const weight = (name) => weights.get(name) ?? weights.get('*') ?? 0
  if (weight('br') > 0) return 'br'
  if (weight('gzip') > 0) return 'gzip'
  return undefined
}

/**
 * One `bytes=` range of a file of `size` bytes: the range, 'unsatisfiable', or undefined
 * (no range, or one this server does not serve, such as several ranges: the whole file then).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | undefined}
 */
function parseRange(header, size) {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return undefined
  const [, from = '', to = ''] = match
  if (from === '' && to === '') return undefined
  let start
  let end
  if (from === '') {
    start = Math.max(0, size - Number(to))
    end = size - 1
  } else {
    start = Number(from)
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1)
  }
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}

/**
 * @param {HostOptions} options
 * @returns {import('node:http').Server}
 */
export function createStaticHost(options) {
  const root = options.root
  const base = options.base ?? '/'
  const cache = new CompressedCache()
  /** @type {Record<string, string>} */
  const always = {
    ...SECURITY_HEADERS,
    ...(options.hsts ? { 'Strict-Transport-Security': HSTS } : {}),
  }

  /**
   * Opens a regular file inside the site folder, after resolving symlinks; undefined for
   * anything else. The handle is opened first and its stats read from it, so a file removed
   * or replaced meanwhile is either served whole or not found, never half.
   * @param {string} relativePath
   * @returns {Promise<Found | undefined>}
   */
  async function openInside(relativePath) {
    let realRoot
    let real
    try {
      // The root is resolved per request: a rebuild may replace the folder it points at.
      realRoot = await realpath(root)
      real = await realpath(join(realRoot, relativePath))
    } catch {
      return undefined
    }
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined
    let handle
    try {
      handle = await open(real, 'r')
    } catch {
      return undefined
    }
    try {
      const stats = await handle.stat()
      if (stats.isFile()) return { handle, stats, real: relative(realRoot, real) }
    } catch {
      // Fall through: closed below.
    }
    await handle.close().catch(() => undefined)
    return undefined
  }

  /**
   * The page file for a site path (`/` → index.html, `/fr` → fr.html) or, for other files,
   * the file itself. Never 404.html: `/404` is not a page.
   * @param {string[]} segments
   * @returns {Promise<Found | undefined>}
   */
  async function findPage(segments) {
    const path = segments.join('/')
    if (path === '') return openInside('index.html')
    const last = segments[segments.length - 1] ?? ''
    // Typed forms of a page's address (x.html, x/index, x/) redirect instead; see canonicalPath.
    if (last === '' || last.toLowerCase() === 'index' || /\.html$/i.test(last)) return undefined
    if (path === '404') return undefined
    return (await openInside(`${path}.html`)) ?? (await openInside(path))
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {Found} found
   * @param {number} status
   */
  async function sendFile(request, response, found, status) {
    const { handle, stats, real } = found
    // Closed here unless a stream takes it over.
    let owned = true
    try {
      const ext = extname(real)
      const type = TYPES[ext] ?? 'application/octet-stream'
      // Hashed build assets never change; everything else must be revalidated. Decided on
      // the resolved path, so only the site's own assets/ folder is ever cached for a year.
      const immutable = status === 200 && real.startsWith(`assets${sep}`)
      const compressible = COMPRESSIBLE.has(ext) && stats.size <= COMPRESS_MAX_BYTES
      const encoding = compressible ? pickEncoding(request.headers['accept-encoding']) : undefined
      const tag = `"${stats.ino.toString(36)}-${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`
      /** @type {Record<string, string | number>} */
      const headers = {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      }
      if (status === 200) {
        headers.ETag = tag
        headers['Last-Modified'] = stats.mtime.toUTCString()
        if (!encoding) headers['Accept-Ranges'] = 'bytes'
        if (isFresh(request, tag, stats.mtime)) {
          response.writeHead(304, headers).end()
          return
        }
      }
      if (encoding) {
        const body = await cache.get(
          `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${encoding}`,
          () => compress(handle, encoding),
        )
        headers['Content-Encoding'] = encoding
        headers['Content-Length'] = body.length
        response.writeHead(status, headers)
        response.end(request.method === 'HEAD' ? undefined : body)
        return
      }
      const range = status === 200 ? rangeFor(request, tag, stats.size) : undefined
      if (range === 'unsatisfiable') {
        response
          .writeHead(416, {
            ...headers,
            'Content-Range': `bytes */${stats.size}`,
            'Content-Length': 0,
          })
          .end()
        return
      }
      const start = range?.start ?? 0
      const end = range?.end ?? stats.size - 1
      headers['Content-Length'] = end - start + 1
      if (range) headers['Content-Range'] = `bytes ${start}-${end}/${stats.size}`
      response.writeHead(range ? 206 : status, headers)
      if (request.method === 'HEAD' || stats.size === 0) {
        response.end()
        return
      }
      // The stream owns the handle from here; pipeline destroys it (closing the file) when the
      // reader goes away mid-download as well as when it finishes or fails.
      const stream = handle.createReadStream({ start, end, autoClose: true })
      owned = false
      await pipeline(stream, response)
    } finally {
      if (owned) await handle.close().catch(() => undefined)
    }
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function sendNotFound(request, response) {
    const page = await openInside('404.html')
    if (page) return sendFile(request, response, page, 404)
    // Without a 404.html (a site being rebuilt) the answer is still a 404, in plain text.
    const body = 'Not found\n'
    response.writeHead(404, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-cache',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function respond(request, response) {
    const url = request.url ?? '/'
    const queryAt = url.search(/[?#]/)
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt)
    for (const [name, value] of Object.entries(always)) response.setHeader(name, value)
    if (rawPath.startsWith(base) && isEmbedPath(`/${rawPath.slice(base.length)}`)) {
      response.setHeader('Content-Security-Policy', EMBED_CSP)
      response.removeHeader('X-Frame-Options')
    }
    if (rawPath.startsWith(base) && isPublicDataPath(`/${rawPath.slice(base.length)}`)) {
      for (const [name, value] of Object.entries(PUBLIC_DATA_HEADERS)) {
        response.setHeader(name, value)
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end()
      return
    }
    const query =
      queryAt === -1 || url[queryAt] === '#' ? '' : url.slice(queryAt).replace(/#.*$/, '')
    // Like hosts do for a folder, /sub becomes /sub/ so that relative addresses resolve.
    if (base !== '/' && `${rawPath}/` === base) {
      redirect(response, `${base}${query}`)
      return
    }
    if (!rawPath.startsWith(base)) return sendNotFound(request, response)
    const segments = pathSegments(`/${rawPath.slice(base.length)}`)
    if (!segments) return sendNotFound(request, response)
    const found = await findPage(segments)
    if (found) return sendFile(request, response, found, 200)
    const sitePath = `/${segments.join('/')}`
    const canonical = canonicalPath(sitePath)
    if (canonical !== sitePath) {
      const page = await findPage(canonical === '/' ? [] : canonical.slice(1).split('/'))
      if (page && extname(page.real) === '.html') {
        await page.handle.close().catch(() => undefined)
        const encoded = canonical.split('/').map(encodeURIComponent).join('/')
        redirect(response, `${base}${encoded.slice(1)}${query}`)
        return
      }
      if (page) await page.handle.close().catch(() => undefined)
    }
    return sendNotFound(request, response)
  }

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint()
    if (options.log) {
      const log = options.log
      response.once('close', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        const aborted = response.writableFinished ? '' : ' aborted'
        log(
          `${new Date().toISOString()} ${request.socket.remoteAddress ?? '-'} ${request.method} ${JSON.stringify(request.url ?? '')} ${response.statusCode} ${response.getHeader('Content-Length') ?? '-'} ${ms.toFixed(1)}ms${aborted}`,
        )
      })
    }
    respond(request, response).catch((error) => {
      // A reader that left mid-download is not an error of ours.
      const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error('static-server:', error)
      if (!response.headersSent) {
        response.writeHead(500, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        response.end('Internal server error\n')
      } else {
        response.destroy()
      }
    })
  })
  // Malformed requests get a 400 from Node's parser instead of an unanswered socket.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    socket.destroy()
  })
  return server
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {string} location
 */
function redirect(response, location) {
  response
    .writeHead(301, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-cache' })
    .end()
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string} tag
 * @param {Date} modified
 */
function isFresh(request, tag, modified) {
  const match = request.headers['if-none-match']
  if (match !== undefined) {
    return match.split(',').some((t) => t.trim().replace(/^W\//, '') === tag || t.trim() === '*')
  }
  const since = request.headers['if-modified-since']
  if (since === undefined) return false
  const time = Date.parse(since)
  return !Number.isNaN(time) && Math.floor(modified.getTime() / 1000) * 1000 <= time
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {string} tag
 * @param {number} size
 */
function rangeFor(request, tag, size) {
  const ifRange = request.headers['if-range']
  // A range of a file that changed since the reader's copy would splice two versions.
  if (ifRange !== undefined && ifRange !== tag) return undefined
  return parseRange(request.headers.range, size)
}

/**
 * @param {import('node:fs/promises').FileHandle} handle
 * @param {'br' | 'gzip'} encoding
 * @returns {Promise<Buffer>}
 */
async function compress(handle, encoding) {
  const data = await handle.readFile()
  return encoding === 'br'
    ? brotli(data, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 11,
          [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      })
    : gzipAsync(data, { level: 9 })
}
