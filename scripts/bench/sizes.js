// First-load bytes per route: what Chromium actually fetches on a cold load (entry,
// modulepreloads, the route's lazy chunks and styles), compressed here with node:zlib. The
// prerendered pages carry the stylesheet inline in a <style> element: that counts as CSS
// (compressed on its own, although in transit it shares the page's compression).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { appReady } from './interactions.js'

/**
 * @typedef {{ raw: number, gzip: number, brotli: number }} Bytes
 * @param {Buffer} bytes
 * @returns {Bytes}
 */
function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  }
}

/** @param {readonly Bytes[]} files */
function sum(files) {
  return files.reduce(
    (total, f) => ({
      raw: total.raw + f.raw,
      gzip: total.gzip + f.gzip,
      brotli: total.brotli + f.brotli,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  )
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {string} dist
 * @param {readonly string[]} routes
 */
export async function measureSizes(browser, baseUrl, dist, routes) {
  /** @type {Record<string, { js: Bytes, css: Bytes, files: (Bytes & { path: string })[] }>} */
  const result = {}
  for (const route of routes) {
    // A fresh context per route: an empty cache, as for a first visit.
    const context = await browser.newContext()
    const page = await context.newPage()
    /** @type {Set<string>} */
    const seen = new Set()
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin === baseUrl && /\.(js|css)$/.test(url.pathname)) seen.add(url.pathname)
    })
    const response = await page.goto(`${baseUrl}${route}`, { waitUntil: 'load' })
    const html = (await response?.text()) ?? ''
    // The route's lazy chunks load after the entry has run, which on a busy machine can be
    // after the network has gone quiet: wait until the app has taken over, then idle.
    await appReady(page, 60_000)
    await page.waitForLoadState('networkidle')
    await context.close()
    const files = [...seen].sort().map((path) => ({
      path,
      ...compressed(readFileSync(join(dist, decodeURIComponent(path)))),
    }))
    // What the page carries instead of fetching counts all the same: its stylesheet and its
    // boot script are inline.
    /**
     * @param {string} tag
     * @param {RegExp} pattern
     */
    const inline = (tag, pattern) => {
      const text = [...html.matchAll(pattern)].map((match) => match[1]).join('')
      return text ? [{ path: `${route} (inline <${tag}>)`, ...compressed(Buffer.from(text)) }] : []
    }
    const styles = inline('style', /<style[^>]*>([\s\S]*?)<\/style>/g)
    const scripts = inline('script', /<script type="module"[^>]*>([\s\S]*?)<\/script>/g)
    result[route] = {
      js: sum([...files.filter((f) => f.path.endsWith('.js')), ...scripts]),
      css: sum([...files.filter((f) => f.path.endsWith('.css')), ...styles]),
      files: [...files, ...scripts, ...styles],
    }
  }
  return result
}
