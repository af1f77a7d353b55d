// The last build step: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
// built site, as nginx's brotli_static / gzip_static and CDNs expect them, so that the static
// host (scripts/static-host.js) only ever sends files and never compresses on demand. A copy
// that would not be smaller than its file is not written; the host then sends the file as it is.
//
//   node scripts/compress.js [folder]     (default: $OUT_DIR or dist; run by `npm run build`)
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { fileURLToPath } from 'node:url'

/** Extensions worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = new Set([
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

/** The copies beside a file, best first, with the Content-Encoding each is sent with. */
export const ENCODINGS = /** @type {const} */ ([
  { suffix: '.br', name: 'br' },
  { suffix: '.gz', name: 'gzip' },
])

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * The brotli and gzip copies of one file's bytes, at the highest levels: they are made once
 * per build, so the time is spent where no reader waits for it.
 * @param {Buffer} data
 * @returns {Promise<Record<'.br' | '.gz', Buffer>>}
 */
async function copies(data) {
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: 9 }),
  ])
  return { '.br': br, '.gz': gz }
}

/**
 * Writes the compressed copies of every compressible file under `dir` (and removes stale ones
 * a smaller file no longer needs); returns how many copies it wrote.
 * @param {string} dir
 */
export async function compressSite(dir) {
  const files = (await readdir(dir, { recursive: true }))
    .map((file) => String(file))
    .filter((file) => COMPRESSIBLE.has(extname(file)))
  let written = 0
  let next = 0
  // A few at a time: zlib runs on libuv's thread pool, which has four threads.
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
    while (next < files.length) {
      const file = join(dir, files[next++] ?? '')
      const data = await readFile(file)
      for (const [suffix, bytes] of Object.entries(await copies(data))) {
        if (bytes.length < data.length) {
          // Written aside and renamed, so that a host serving the folder never sees half a copy.
          await writeFile(`${file}${suffix}.part`, bytes)
          await rename(`${file}${suffix}.part`, `${file}${suffix}`)
          written += 1
        } else {
          await rm(`${file}${suffix}`, { force: true })
        }
      }
    }
  })
  await Promise.all(workers)
  return { files: files.length, written }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? (process.env.OUT_DIR || 'dist'))
  const started = performance.now()
  const { files, written } = await compressSite(dir)
  console.log(
    `compress: ${written} .br and .gz copies of ${files} text files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
}
