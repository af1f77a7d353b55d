// The one rule for a view's address, in plain JavaScript so that both the app (through
// src/lib/address.ts) and scripts/static-host.js, which runs in Node without a build, use it.

/**
 * The canonical form of a path inside the site (base path taken off, starting with `/`): no
 * `.html`, no `index`, no trailing slash, lower case, English without `/en`. Whether the
 * result is a page is the caller's question (the server: a page file exists; the app: the
 * host served a page for it).
 * @param {string} path
 * @returns {string}
 */
export function canonicalPath(path) {
  const lower = path
    .toLowerCase()
    .replace(/\/index(\.html)?$/, '/')
    .replace(/\.html$/, '')
    .replace(/\/+$/, '')
    .replace(/^\/en(?=\/|$)/, '')
  return lower === '' ? '/' : lower
}
