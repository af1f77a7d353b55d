// The request handling of scripts/static-server.js, kept apart from its command line so that
// tests can read the rules (the headers it sends, the canonical-address rule) without starting
// a server. It behaves as the README asks of a real static host, and is meant to survive being
// run in production behind nothing: no request or file-system race may stop it. sirv sends the
// files; the middleware here decides which (address rules, hidden files, symlinks, the build's
// .br/.gz copies), answers what sirv does not do by RFC 9110 (conditional requests, ranges,
// HEAD without a read), and guards sirv's stream (docs/libraries.md has the why and the numbers).
import { fstatSync } from 'node:fs'
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { finished } from 'node:stream'
import { extname, join, relative, sep } from 'node:path'
import sirv from 'sirv'
import { canonicalPath } from '../src/lib/canonical-path.js'
import { COMPRESSIBLE, ENCODINGS } from './compress.js'

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

/**
 * Content types as this host has always sent them (sirv's own table differs in details such as
 * a charset on scripts); set on every file sirv sends.
 * @type {Readonly<Record<string, string>>}
 */
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
 * A file of the site chosen for a request: where it really is (symlinks resolved, inside the
 * site folder), and the copy that will be sent (itself, or its .br or .gz made by the build).
 * @typedef {object} Variant
 * @property {string} real the file's path inside the site folder
 * @property {import('node:fs').Stats} stats the sent copy's
 * @property {'br' | 'gzip' | undefined} encoding
 */

/**
 * The encodings a reader accepts, best first among those the build makes (RFC 9110 §12.5.3:
 * `q=0` refuses one, `*` stands for any not named).
 * @param {string | undefined} header
 * @returns {('br' | 'gzip')[]}
 */
function acceptedEncodings(header) {
  if (!header) return []
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    weights.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0)
  }
  /** @param {string} name */
  const weight = (name) => weights.get(name) ?? weights.get('*') ?? 0
  return ENCODINGS.map((e) => e.name).filter((name) => weight(name) > 0)
}

/**
 * One `bytes=` range of a file of `size` bytes: the range, 'unsatisfiable', or undefined (no
 * range, or one this host does not serve, such as several ranges: the whole file then).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | undefined}
 */
function parseRange(header, size) {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return undefined
  const [, from = '', to = ''] = match
  if (from === '' && to === '') return undefined
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from)
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1)
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}

/**
 * The entity tag sirv sends for a file (a weak one, from its size and time), so that the
 * conditions evaluated here and the tag it sends agree.
 * @param {import('node:fs').Stats} stats
 */
function entityTag(stats) {
  return `W/"${stats.size}-${stats.mtime.getTime()}"`
}

/**
 * Whether a GET or HEAD may be answered 304 (RFC 9110 §13.2.2): If-None-Match decides when
 * sent (weak comparison, `*` for any); otherwise If-Modified-Since, which is ignored when it is
 * not a date or lies in the future (a clock ahead, or a forged date, must not freeze a reader's
 * copy: the comparison is only meaningful for a date this host's clock has seen).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {import('node:fs').Stats} stats
 */
function notModified(headers, stats) {
  const match = headers['if-none-match']
  if (match !== undefined) {
    const tag = entityTag(stats).slice(2)
    return match.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === tag)
  }
  const since = Date.parse(headers['if-modified-since'] ?? '')
  if (Number.isNaN(since) || since > Date.now()) return false
  return Math.floor(stats.mtimeMs / 1000) * 1000 <= since
}

/**
 * @param {HostOptions} options
 * @returns {import('node:http').Server}
 */
export function createStaticHost(options) {
  const root = options.root
  const base = options.base ?? '/'
  /** @type {Record<string, string>} */
  const always = {
    ...SECURITY_HEADERS,
    ...(options.hsts ? { 'Strict-Transport-Security': HSTS } : {}),
  }
  // sirv sends the file the middleware below has chosen: it looks the file up per request
  // (`dev`), since a rebuild may replace any of them, and sends the build's .br or .gz copy
  // when the request's Accept-Encoding (narrowed below to the one chosen) allows it.
  const serve = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: [],
    dotfiles: false,
    setHeaders(response, pathname) {
      const ext = extname(pathname)
      response.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream')
      if (!COMPRESSIBLE.has(ext)) response.removeHeader('Vary')
      // Hashed build assets never change; everything else must be revalidated. Decided on
      // the resolved path, so only the site's own assets/ folder is ever cached for a year.
      if (pathname.startsWith('/assets/')) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      }
    },
  })

  /**
   * The regular file at a path inside the site folder, after resolving symlinks, or undefined
   * for anything else; with its copies' stats, best first, for the encodings accepted.
   * @param {string} relativePath
   * @param {('br' | 'gzip')[]} accepted
   * @returns {Promise<Variant | undefined>}
   */
  async function findFile(relativePath, accepted = []) {
    let realRoot
    let real
    try {
      // The root is resolved per request: a rebuild may replace the folder it points at.
      realRoot = await realpath(root)
      real = await realpath(join(realRoot, relativePath))
    } catch {
      return undefined
    }
    if (!real.startsWith(realRoot + sep)) return undefined
    const stats = await stat(real).catch(() => undefined)
    if (!stats?.isFile()) return undefined
    for (const { suffix, name } of ENCODINGS) {
      if (!accepted.includes(name)) continue
      // A copy is sent only when it is a plain file (lstat: a symlink is never followed out of
      // the folder) and not older than its file (one rewritten without the build's last step
      // would make it stale).
      const copyStats = await lstat(`${real}${suffix}`).catch(() => undefined)
      if (copyStats?.isFile() && copyStats.mtimeMs >= stats.mtimeMs) {
        return { real: relative(realRoot, real), stats: copyStats, encoding: name }
      }
    }
    return { real: relative(realRoot, real), stats, encoding: undefined }
  }

  /**
   * The page file for a site path (`/` → index.html, `/fr` → fr.html) or, for other files,
   * the file itself. Never 404.html: `/404` is not a page.
   * @param {string[]} segments
   * @param {('br' | 'gzip')[]} [accepted]
   * @returns {Promise<Variant | undefined>}
   */
  async function findPage(segments, accepted) {
    const path = segments.join('/')
    if (path === '') return findFile('index.html', accepted)
    const last = segments[segments.length - 1] ?? ''
    // Typed forms of a page's address (x.html, x/index, x/) redirect instead; see canonicalPath.
    if (last === '' || last.toLowerCase() === 'index' || /\.html$/i.test(last)) return undefined
    if (path === '404') return undefined
    return (await findFile(`${path}.html`, accepted)) ?? (await findFile(path, accepted))
  }

  /**
   * Hands the chosen file to sirv, after answering here what sirv does not do by RFC 9110:
   * conditional requests (it only compares one exact tag) and ranges (it misreads `bytes=-n`).
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {Variant} file
   * @param {string} sitePath
   * @returns {Promise<void>}
   */
  async function sendFile(request, response, file, sitePath) {
    const { real, stats, encoding } = file
    // Only a page that exists may be framed: an embed address that is not found gets the
    // not-found page with the strict policy (sendNotFound).
    if (isEmbedPath(sitePath)) {
      response.setHeader('Content-Security-Policy', EMBED_CSP)
      response.removeHeader('X-Frame-Options')
    }
    const headers = request.headers
    if (notModified(headers, stats)) {
      const ext = extname(real)
      response
        .writeHead(304, {
          ETag: entityTag(stats),
          'Last-Modified': stats.mtime.toUTCString(),
          'Cache-Control': real.startsWith(`assets${sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
          ...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
        })
        .end()
      return
    }
    delete headers['if-none-match']
    delete headers['if-modified-since']
    // sirv picks the first copy the header names: name only the one chosen here.
    headers['accept-encoding'] = encoding ?? 'identity'
    const range =
      encoding || headers['if-range'] !== undefined
        ? undefined
        : parseRange(headers.range, stats.size)
    if (range === 'unsatisfiable') {
      response
        .writeHead(416, { 'Content-Range': `bytes */${stats.size}`, 'Content-Length': 0 })
        .end()
      return
    }
    if (range) headers.range = `bytes=${range.start}-${range.end}`
    else delete headers.range
    if (!encoding) response.setHeader('Accept-Ranges', 'bytes')
    request.url = `/${real.split(sep).map(encodeURIComponent).join('/')}`
    return new Promise((resolve, reject) => {
      // sirv writes the head from its own look-up, then opens the file: the head is held back
      // until the file is open and is the one described, so that a file removed or replaced
      // meanwhile (a rebuild) gets a whole answer, never a dropped connection or a short body.
      const commit = response.writeHead
      /** @type {unknown[] | undefined} */
      let held
      response.writeHead = /** @type {typeof commit} */ (
        /** @param {Parameters<typeof commit>} args */ (...args) => {
          // Only a file's head waits for its file; sirv's own 416 (implicit) goes out at once.
          if (args[0] !== 200 && args[0] !== 206) return commit.call(response, args[0], args[1])
          held = args
          return response
        }
      )
      let settled = false
      const notFound = () => {
        settled = true
        response.writeHead = commit
        response.removeHeader('Accept-Ranges')
        sendNotFound(request, response).then(resolve, reject)
      }
      response.once('pipe', (source) => {
        settled = true
        // `end` is the stream's own bound (Infinity when sirv asked for the whole file).
        const stream = /** @type {import('node:fs').ReadStream & { end: number }} */ (source)
        // sirv leaves the stream to itself: closed here when the reader leaves mid-download
        // (or had gone before sirv began, its look-up having waited on ours), and its errors
        // handled, not thrown out of the process. Closed before it opened, it answers nothing.
        if (response.destroyed) stream.destroy()
        else finished(response, () => stream.destroy())
        stream.once('close', () => resolve())
        stream.once('error', () => {
          if (held) notFound()
          else {
            response.destroy()
            resolve()
          }
        })
        stream.once('open', (/** @type {number} */ fd) => {
          response.writeHead = commit
          const sent = /** @type {[number, Record<string, string | number>]} */ (held)
          held = undefined
          const now = (() => {
            try {
              return fstatSync(fd)
            } catch {
              return undefined
            }
          })()
          if (!now || sent[1].ETag !== entityTag(now)) {
            stream.destroy()
            notFound()
            return
          }
          // A file still being written grows after that look: read no more than announced.
          if (stream.end === Infinity) stream.end = now.size - 1
          response.writeHead(...sent)
          // A HEAD gets the head and no read of the file.
          if (request.method === 'HEAD') {
            stream.destroy()
            response.end()
          }
          resolve()
        })
      })
      try {
        serve(request, response, notFound)
      } catch {
        // sirv's look-up (existsSync, then statSync) throws when the file goes in between.
        if (!settled) notFound()
      }
      if (!settled) {
        response.writeHead = commit
        resolve()
      }
    })
  }

  /**
   * The not-found page (read whole: it is small), with status 404 and never framable.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function sendNotFound(request, response) {
    response.setHeader('Content-Security-Policy', always['Content-Security-Policy'] ?? '')
    response.setHeader('X-Frame-Options', 'DENY')
    const page = await findFile('404.html', acceptedEncodings(request.headers['accept-encoding']))
    const head = request.method === 'HEAD'
    const body =
      page && !head
        ? await readFile(
            join(await realpath(root), `${page.real}${suffixOf(page.encoding)}`),
          ).catch(() => undefined)
        : undefined
    if (page && (head || body)) {
      response.writeHead(404, {
        'Content-Type': TYPES['.html'],
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(page.encoding ? { 'Content-Encoding': page.encoding } : {}),
        'Content-Length': body?.length ?? page.stats.size,
      })
      response.end(body)
      return
    }
    // Without a 404.html (a site being rebuilt) the answer is still a 404, in plain text.
    const text = 'Not found\n'
    response.writeHead(404, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-cache',
    })
    response.end(request.method === 'HEAD' ? undefined : text)
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
    if (!segments || !isPublicSegments(segments)) return sendNotFound(request, response)
    const sitePath = `/${segments.join('/')}`
    const found = await findPage(segments, acceptedEncodings(request.headers['accept-encoding']))
    if (found) return sendFile(request, response, found, sitePath)
    const canonical = canonicalPath(sitePath)
    const canonicalSegments = canonical === '/' ? [] : pathSegments(canonical)
    // Only to an address that could itself be asked for: never one with a `.` or `..` segment
    // (`/fr.html/..html` would otherwise become `/fr.html/.`) or a hidden file.
    if (canonical !== sitePath && canonicalSegments && isPublicSegments(canonicalSegments)) {
      const page = await findPage(canonicalSegments)
      if (page && extname(page.real) === '.html') {
        const encoded = canonical.split('/').map(encodeURIComponent).join('/')
        redirect(response, `${base}${encoded.slice(1)}${query}`)
        return
      }
    }
    return sendNotFound(request, response)
  }

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint()
    const asked = request.url ?? ''
    if (options.log) {
      const log = options.log
      response.once('close', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        const aborted = response.writableFinished ? '' : ' aborted'
        log(
          `${new Date().toISOString()} ${request.socket.remoteAddress ?? '-'} ${request.method} ${JSON.stringify(asked)} ${response.statusCode} ${response.getHeader('Content-Length') ?? '-'} ${ms.toFixed(1)}ms${aborted}`,
        )
      })
    }
    respond(request, response).catch((error) => {
      console.error('static-server:', error)
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
 * Whether a path's segments name something the site publishes: no hidden file or folder
 * (`.env`, `.git/…`), except the `/.well-known/` folder that standards reserve for sites.
 * @param {string[]} segments
 */
export function isPublicSegments(segments) {
  return segments.every((s, index) => !s.startsWith('.') || (index === 0 && s === '.well-known'))
}

/** @param {'br' | 'gzip' | undefined} encoding */
function suffixOf(encoding) {
  return ENCODINGS.find((e) => e.name === encoding)?.suffix ?? ''
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
