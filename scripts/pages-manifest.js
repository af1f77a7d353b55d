import { basename, resolve } from 'node:path'

/**
 * Where scripts/prerender.js records the pages it wrote for an output folder (read by the
 * browser tests through tests/e2e/static-host.ts).
 * @param {string} outDir
 */
export function pagesManifest(outDir) {
  return resolve('node_modules/.tmp/prerender', `${basename(resolve(outDir))}.pages.json`)
}
