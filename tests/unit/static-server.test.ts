// @vitest-environment node
// scripts/static-server.js as a separate process on a random loopback port, against a small
// site in a temporary folder: addresses, headers, caching, compression, and what it does when
// readers leave early or the files change under it. Bounded: every request is on 127.0.0.1.
import { mkdir, mkdtemp, readFile, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressSite } from '../../scripts/compress.js'
import {
  EMBED_CSP,
  HSTS,
  isEmbedPath,
  isPublicDataPath,
  PUBLIC_DATA_HEADERS,
  SECURITY_HEADERS,
} from '../../scripts/static-host.js'
import {
  openFileCount,
  runLoad,
  settledFileCount,
  startStaticServer,
  type RunningServer,
} from '../../scripts/static-server-harness.js'

const PAGE = (name: string) =>
  `<!doctype html><html><body><h1>${name}</h1>${'<p>text</p>'.repeat(200)}</body></html>`

/** The files of a built site, as scripts/prerender.js writes them, plus a few traps. */
const SITE: Record<string, string> = {
  'index.html': PAGE('home'),
  'fr.html': PAGE('fr home'),
  'fr/index.html': PAGE('fr home'),
  'fr/source.html': PAGE('fr source'),
  'events/plenary.html': PAGE('plenary'),
  'delegations.html': PAGE('delegations'),
  'delegations/index.html': PAGE('delegations'),
  'delegations/fr.html': PAGE('delegation fr'),
  'source.html': PAGE('source'),
  'embed.html': PAGE('embed'),
  'fr/embed/events/plenary.html': PAGE('fr embed plenary'),
  '404.html': PAGE('not found'),
  'robots.txt': 'User-agent: *\n',
  'oembed/fr/events/plenary.json': '{"version":"1.0","type":"rich"}',
  'calendar/ja.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'assets/index-AbC123.js': `console.log(${JSON.stringify('x'.repeat(5000))})\n`,
  'other/assets/x.js': 'console.log(1)\n',
  '.env': 'SECRET=1\n',
  '.git/config': '[core]\n',
  'fr/.hidden.html': PAGE('hidden'),
  '.well-known/security.txt': 'Contact: mailto:security@example.org\n',
}

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

let site: string
let outside: string
let server: RunningServer

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  target: RunningServer = server,
): Promise<Answer> {
  const { port } = new URL(target.url)
  return new Promise((resolve, reject) => {
    // One connection per request, closed after it, so that open-file counts see no idle sockets.
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
        res.on('error', reject)
      },
    )
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${path}`)))
    req.on('error', reject)
    req.end()
  })
}

/** Writes the site as `npm run build` does: its files, then their .br and .gz copies. */
async function writeSite(folder: string): Promise<void> {
  for (const [file, text] of Object.entries(SITE)) {
    await mkdir(dirname(join(folder, file)), { recursive: true })
    await writeFile(join(folder, file), text)
  }
  await compressSite(folder)
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'static-site-'))
  outside = await mkdtemp(join(tmpdir(), 'static-outside-'))
  await writeSite(site)
  await writeFile(join(outside, 'secret.txt'), 'secret\n')
  await symlink(join(outside, 'secret.txt'), join(site, 'leak.txt'))
  await symlink(outside, join(site, 'out'))
  await symlink(join(site, 'robots.txt'), join(site, 'inside.txt'))
  // A symlink to the assets folder from elsewhere: served, but what is immutable is decided
  // by where a file really is.
  await symlink(join(site, 'other'), join(site, 'assets', 'elsewhere'))
  server = await startStaticServer(site, ['--quiet'])
})

afterAll(async () => {
  await server.stop()
  await rm(site, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('addresses', () => {
  it.each([
    ['/', 'home'],
    ['/fr', 'fr home'],
    ['/events/plenary', 'plenary'],
    ['/delegations', 'delegations'],
    ['/delegations/fr', 'delegation fr'],
    ['/fr/source?country=JP', 'fr source'],
  ])('serves %s', async (path, heading) => {
    const answer = await get(path)
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toContain(`<h1>${heading}</h1>`)
  })

  it.each([
    ['/events/plenary/', '/events/plenary'],
    ['/events/plenary.html', '/events/plenary'],
    ['/index.html', '/'],
    ['/index', '/'],
    ['/fr/', '/fr'],
    ['/fr/index.html', '/fr'],
    ['/fr.html', '/fr'],
    ['/source/', '/source'],
    ['/delegations/', '/delegations'],
    ['/delegations/FR', '/delegations/fr'],
    ['/Events/Plenary/?country=JP', '/events/plenary?country=JP'],
    ['/en', '/'],
    ['/en/', '/'],
    ['/en/events/plenary', '/events/plenary'],
    ['/EN/delegations/fr/', '/delegations/fr'],
  ])('redirects %s to %s', async (path, location) => {
    const answer = await get(path)
    expect(answer.status).toBe(301)
    expect(answer.headers.location).toBe(location)
  })

  it.each([
    '/events/plenary/extra',
    '/404',
    '/404.html',
    '/events%2fplenary',
    '/events%2Fplenary',
    '//x/',
    '//evil.example/',
    '/en//evil.example',
    '/nope',
    '/nope/',
    '/events/nope.html',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../../etc/passwd',
    '/events/%E0%A4%A',
    '/assets/index-abc123.js',
    '/robots.txt/',
    '/%00',
  ])('answers %s with the not-found page and 404', async (path) => {
    const answer = await get(path)
    expect(answer.status).toBe(404)
    expect(answer.body.toString()).toContain('<h1>not found</h1>')
  })

  it('answers other methods with 405', async () => {
    const answer = await get('/', {}, 'POST')
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD')
  })
})

describe('headers', () => {
  it.each(['/', '/events/plenary/', '/nope', '/assets/index-AbC123.js'])(
    'sends docs/deploy.md’s security headers with %s, and no HSTS unless asked',
    async (path) => {
      const answer = await get(path)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(answer.headers[name.toLowerCase()]).toBe(value)
      }
      expect(answer.headers['strict-transport-security']).toBeUndefined()
    },
  )

  it('sends HSTS with --hsts', async () => {
    const withHsts = await startStaticServer(site, ['--quiet', '--hsts'])
    try {
      const answer = await get('/', {}, 'GET', withHsts)
      expect(answer.headers['strict-transport-security']).toBe(HSTS)
    } finally {
      await withHsts.stop()
    }
  })

  it('recommends in docs/deploy.md exactly the headers it sends', async () => {
    const readme = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8')
    const block = readme.match(/## Headers to set on a real host[\s\S]*?```\n([\s\S]*?)```/)?.[1]
    const expected = Object.entries({ ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS })
      .map(([name, value]) => `${name}: ${value}`)
      .sort()
    expect(block?.trim().split('\n').sort()).toEqual(expected)
  })

  it.each(['/embed', '/fr/embed/events/plenary', '/embed?country=JP'])(
    'lets other sites frame the embed page %s, and only that',
    async (path) => {
      const answer = await get(path)
      expect(answer.headers['content-security-policy']).toBe(EMBED_CSP)
      expect(answer.headers['x-frame-options']).toBeUndefined()
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    },
  )

  it.each(['/embed/events/nope', '/embed/nope', '/zz/embed', '/fr/embed/nope', '/EMBED/'])(
    'never lets the not-found page or a redirect be framed, even at the embed address %s',
    async (path) => {
      const answer = await get(path)
      expect([301, 404]).toContain(answer.status)
      expect(answer.headers['content-security-policy']).toBe(
        SECURITY_HEADERS['Content-Security-Policy'],
      )
      expect(answer.headers['x-frame-options']).toBe('DENY')
    },
  )

  it('keeps every other address unframable, including ones that merely mention embed', () => {
    for (const path of ['/', '/events/embed', '/embedded', '/fr/embeds', '/xyz/embed', '/fr']) {
      expect(isEmbedPath(path), path).toBe(false)
    }
    expect(EMBED_CSP).toBe(
      SECURITY_HEADERS['Content-Security-Policy']?.replace(
        "frame-ancestors 'none'",
        'frame-ancestors *',
      ),
    )
  })

  it('recommends in docs/deploy.md the embed pages’ framing policy', async () => {
    const readme = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8')
    const block = readme.match(/### Embed pages[\s\S]*?```\n([\s\S]*?)```/)?.[1]
    expect(block?.trim().split('\n')).toContain(`Content-Security-Policy: ${EMBED_CSP}`)
  })

  it.each(['/oembed/fr/events/plenary.json', '/calendar/ja.ics'])(
    'lets scripts on other sites read the public data file %s',
    async (path) => {
      const answer = await get(path)
      expect(answer.status).toBe(200)
      expect(answer.headers['access-control-allow-origin']).toBe('*')
    },
  )

  it('keeps pages, scripts and other files same-origin', async () => {
    for (const path of ['/', '/events/plenary', '/assets/index-AbC123.js', '/robots.txt']) {
      expect((await get(path)).headers['access-control-allow-origin'], path).toBeUndefined()
    }
    for (const path of ['/oembed', '/oembed/x.js', '/calendar/x/y.ics', '/fr/oembed/x.json']) {
      expect(isPublicDataPath(path), path).toBe(false)
    }
  })

  it('recommends in docs/deploy.md the public data files’ header', async () => {
    const readme = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8')
    const block = readme.match(/### oEmbed files and calendar feeds[\s\S]*?```\n([\s\S]*?)```/)?.[1]
    const expected = Object.entries(PUBLIC_DATA_HEADERS).map(([n, v]) => `${n}: ${v}`)
    expect(block?.trim().split('\n')).toEqual(expected)
  })

  it('caches only the site’s own assets/ for a year', async () => {
    const asset = await get('/assets/index-AbC123.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/other/assets/x.js', '/assets/elsewhere/assets/x.js', '/nope']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache')
    }
  })
})

describe('files', () => {
  it('never serves a file outside the site folder through a symlink', async () => {
    expect((await get('/leak.txt')).status).toBe(404)
    expect((await get('/out/secret.txt')).status).toBe(404)
    const inside = await get('/inside.txt')
    expect(inside.status).toBe(200)
    expect(inside.body.toString()).toBe(SITE['robots.txt'])
  })

  it.each(['/.env', '/.git/config', '/fr/.hidden', '/fr/.hidden.html', '/.well-known/../.env'])(
    'never serves the hidden file %s',
    async (path) => {
      const answer = await get(path)
      expect(answer.status).toBe(404)
      expect(answer.body.toString()).toContain('<h1>not found</h1>')
    },
  )

  it('serves /.well-known/, the one hidden folder sites publish', async () => {
    const answer = await get('/.well-known/security.txt')
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toBe(SITE['.well-known/security.txt'])
  })

  it('never redirects to an address with a . or .. segment', async () => {
    for (const path of ['/fr.html/..html', '/fr.html/.html', '/fr/..html', '/.html', '/fr/.']) {
      const answer = await get(path)
      expect(answer.status, path).toBe(404)
      expect(answer.headers.location, path).toBeUndefined()
    }
  })

  it('has the build write a .br and a .gz copy beside each text file', async () => {
    for (const file of [
      'index.html',
      'events/plenary.html',
      'assets/index-AbC123.js',
      '404.html',
    ]) {
      const text = SITE[file] ?? ''
      expect(brotliDecompressSync(await readFile(join(site, `${file}.br`))).toString()).toBe(text)
      expect(gunzipSync(await readFile(join(site, `${file}.gz`))).toString()).toBe(text)
    }
    // A copy that would be no smaller than its file is not written.
    await expect(stat(join(site, 'robots.txt.br'))).rejects.toThrow()
  })

  it('never compresses on demand: a text file without a copy from the build is sent as it is', async () => {
    const text = `${'<p>not compressed by the build</p>'.repeat(3000)}`
    await writeFile(join(site, 'late.html'), text)
    try {
      for (const method of ['GET', 'HEAD']) {
        const answer = await get('/late', { 'accept-encoding': 'br, gzip' }, method)
        expect(answer.status).toBe(200)
        expect(answer.headers['content-encoding'], method).toBeUndefined()
        expect(answer.headers['content-length'], method).toBe(String(text.length))
      }
    } finally {
      await unlink(join(site, 'late.html'))
    }
  })

  it('does not send a copy older than its file', async () => {
    const file = join(site, 'delegations', 'fr.html')
    await writeFile(file, PAGE('delegation fr, edited'))
    try {
      const answer = await get('/delegations/fr', { 'accept-encoding': 'br' })
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.body.toString()).toContain('<h1>delegation fr, edited</h1>')
    } finally {
      await writeFile(file, SITE['delegations/fr.html'] ?? '')
      await compressSite(site)
    }
  })

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('compresses with %s, says so and varies on it', async (encoding, decode) => {
    for (const [path, file] of [
      ['/events/plenary', 'events/plenary.html'],
      ['/assets/index-AbC123.js', 'assets/index-AbC123.js'],
    ] as const) {
      const answer = await get(path, { 'accept-encoding': encoding })
      expect(answer.headers['content-encoding']).toBe(encoding)
      expect(answer.headers.vary).toBe('Accept-Encoding')
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length)
      expect(answer.body.length).toBeLessThan(1000)
      expect(decode(answer.body).toString()).toBe(SITE[file])
    }
    const notFound = await get('/nope', { 'accept-encoding': encoding })
    expect(notFound.status).toBe(404)
    expect(notFound.headers['content-encoding']).toBe(encoding)
  })

  it('prefers brotli, and sends the file as it is when asked for neither', async () => {
    expect(
      (await get('/', { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding'],
    ).toBe('br')
    expect(
      (await get('/', { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding'],
    ).toBe('gzip')
    const plain = await get('/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['content-length']).toBe(
      String(Buffer.byteLength(SITE['index.html'] ?? '')),
    )
    expect(plain.body.toString()).toBe(SITE['index.html'])
  })

  it('answers 304 to a matching ETag or a recent If-Modified-Since', async () => {
    const first = await get('/events/plenary', { 'accept-encoding': 'br' })
    const tag = first.headers.etag ?? ''
    expect(tag).toMatch(/^(W\/)?".+"$/)
    expect(
      (await get('/events/plenary', { 'accept-encoding': 'br', 'if-none-match': tag })).status,
    ).toBe(304)
    // Another encoding is another representation, with its own tag.
    expect((await get('/events/plenary', { 'if-none-match': tag })).status).toBe(200)
    const modified = first.headers['last-modified'] ?? ''
    expect((await get('/events/plenary', { 'if-modified-since': modified })).status).toBe(304)
    const earlier = new Date(Date.parse(modified) - 60_000).toUTCString()
    expect((await get('/events/plenary', { 'if-modified-since': earlier })).status).toBe(200)
  })

  it('answers 304 by RFC 9110: If-None-Match first, If-Modified-Since never in the future', async () => {
    const first = await get('/events/plenary')
    const tag = first.headers.etag ?? ''
    const modified = first.headers['last-modified'] ?? ''
    const future = new Date(Date.now() + 365 * 86_400_000).toUTCString()
    const ask = async (headers: Record<string, string>) =>
      (await get('/events/plenary', headers)).status
    // A date ahead of the host's clock says nothing about this copy.
    expect(await ask({ 'if-modified-since': future })).toBe(200)
    // If-None-Match is evaluated instead of If-Modified-Since whenever it is sent.
    expect(await ask({ 'if-none-match': '"other"', 'if-modified-since': modified })).toBe(200)
    expect(await ask({ 'if-none-match': `"other", ${tag}` })).toBe(304)
    expect(await ask({ 'if-none-match': '*' })).toBe(304)
    expect(await ask({ 'if-none-match': tag.replace(/^W\//, '') })).toBe(304)
    expect(await ask({ 'if-modified-since': 'yesterday' })).toBe(200)
    const notModified = await get('/events/plenary', { 'if-none-match': tag })
    expect(notModified.headers.etag).toBe(tag)
    expect(notModified.headers['cache-control']).toBe('no-cache')
    expect(notModified.body.length).toBe(0)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const headers of [{}, { 'accept-encoding': 'br' }] as Record<string, string>[]) {
      const full = await get('/', headers)
      const head = await get('/', headers, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.body.length).toBe(0)
      expect(head.headers['content-length']).toBe(full.headers['content-length'])
      for (const name of [
        'etag',
        'content-type',
        'content-encoding',
        'cache-control',
        'vary',
        'last-modified',
      ]) {
        expect(head.headers[name], name).toBe(full.headers[name])
      }
    }
    expect((await get('/nope', {}, 'HEAD')).status).toBe(404)
  })

  it('serves one byte range, and 416 for one past the end', async () => {
    const text = SITE['robots.txt'] ?? ''
    const part = await get('/robots.txt', { range: 'bytes=0-3' })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 0-3/${text.length}`)
    expect(part.body.toString()).toBe(text.slice(0, 4))
    const tail = await get('/robots.txt', { range: 'bytes=-2' })
    expect(tail.body.toString()).toBe(text.slice(-2))
    const past = await get('/robots.txt', { range: 'bytes=999-' })
    expect(past.status).toBe(416)
    expect(past.headers['content-range']).toBe(`bytes */${text.length}`)
  })

  it('writes one access-log line per request unless quiet', async () => {
    const logged = await startStaticServer(site)
    try {
      await get('/events/plenary/?a=1', {}, 'GET', logged)
      await expect
        .poll(() => logged.output())
        .toMatch(/^\S+Z 127\.0\.0\.1 GET "\/events\/plenary\/\?a=1" 301 0 [\d.]+ms$/m)
    } finally {
      await logged.stop()
    }
    expect(server.output()).not.toMatch(/ GET /)
  })
})

describe('command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/static-server.js', ...args], {
      encoding: 'utf8',
      timeout: 10_000,
    })

  it('prints its usage on --help', () => {
    const result = run('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: node scripts\/static-server\.js/)
    expect(result.stdout).toContain('--dir <folder>')
  })

  it.each([
    ['--root', 'x'],
    ['--port', 'abc'],
    ['--port', '70000'],
  ])('answers %s %s with one clear line and the usage, not a stack trace', (...args) => {
    const result = run(...args)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^static-server: .+\nUsage:/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('faults', () => {
  it('answers 404 for a file deleted while running, and keeps serving', async () => {
    await writeFile(join(site, 'gone.txt'), 'here\n')
    expect((await get('/gone.txt')).status).toBe(200)
    await unlink(join(site, 'gone.txt'))
    expect((await get('/gone.txt')).status).toBe(404)
    expect((await get('/')).status).toBe(200)
  })

  it('answers a plain 404 without a 404.html, and keeps serving', async () => {
    await rename404(async () => {
      const answer = await get('/nope')
      expect(answer.status).toBe(404)
      expect(answer.body.toString()).toBe('Not found\n')
    })
    expect((await get('/nope')).body.toString()).toContain('<h1>not found</h1>')
    expect(server.alive()).toBe(true)
  })

  it('survives the site being deleted and rebuilt while it serves', async () => {
    const paths = ['/', '/events/plenary', '/assets/index-AbC123.js', '/fr/', '/nope']
    let rebuilding = true
    const rebuilds = (async () => {
      for (let round = 0; round < 15; round += 1) {
        await rm(site, { recursive: true, force: true })
        await writeSite(site)
      }
      rebuilding = false
    })()
    const statuses = new Set<number>()
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      for (let i = 0; rebuilding; i += 1) {
        const path = paths[(i + reader) % paths.length] ?? '/'
        const encoding = i % 2 === 0 ? 'br' : 'identity'
        statuses.add((await get(path, { 'accept-encoding': encoding })).status)
      }
    })
    await Promise.all([rebuilds, ...readers])
    // Whatever a reader met mid-rebuild, it was an answer, never a dropped connection or a 500.
    expect([...statuses].every((status) => [200, 301, 404].includes(status))).toBe(true)
    expect(server.alive()).toBe(true)
    await writeFile(join(site, 'events', 'plenary.html'), PAGE('rebuilt'))
    await compressSite(site)
    const after = await get('/events/plenary', { 'accept-encoding': 'br' })
    expect(brotliDecompressSync(after.body).toString()).toContain('<h1>rebuilt</h1>')
  })

  it('closes the file of every download a reader abandons', async () => {
    await writeFile(join(site, 'assets', 'big.bin'), Buffer.alloc(32 * 1024 * 1024, 1))
    const { port } = new URL(server.url)
    const before = await openFileCount(server.pid)
    for (let i = 0; i < 20; i += 1) {
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/assets/big.bin' }, (res) => {
          res.once('data', () => {
            req.destroy()
            resolve()
          })
        })
        req.on('error', (error: NodeJS.ErrnoException) =>
          error.code === 'ECONNRESET' ? resolve() : reject(error),
        )
        req.end()
      })
    }
    expect(await settledFileCount(server.pid, before)).toBeLessThanOrEqual(before)
    expect((await get('/')).status).toBe(200)
    await unlink(join(site, 'assets', 'big.bin'))
  })

  it('holds a short load of pages and assets with no errors and no leaked files', async () => {
    const before = await openFileCount(server.pid)
    const result = await runLoad(
      server.url,
      ['', 'events/plenary', 'fr', 'assets/index-AbC123.js', 'delegations/fr', 'robots.txt'],
      { seconds: 3, connections: 20 },
    )
    expect(result.requests.total).toBeGreaterThan(100)
    expect(result.errors + result.timeouts + result.non2xx).toBe(0)
    expect(await settledFileCount(server.pid, before)).toBeLessThanOrEqual(before)
  }, 20_000)
})

async function rename404(during: () => Promise<void>): Promise<void> {
  const file = join(site, '404.html')
  const text = await readFile(file)
  await unlink(file)
  try {
    await during()
  } finally {
    await writeFile(file, text)
  }
}
