// Turns the client build in dist/ (or $OUT_DIR) into a complete static site: one HTML file per
// page and language with its content already rendered, plus 404.html, sitemap.xml and
// robots.txt. Runs after `vite build` (see the "build" script); needs no browser.
//
//   SITE_ORIGIN=https://example.org BASE_PATH=/timeline/ npm run build
//
// It builds src/entry-server.tsx with Vite's SSR build (same config, same routes and
// components), renders each page with react-dom/server and writes it into the page template.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const outDir = resolve(process.env.OUT_DIR ?? 'dist')
// Inside node_modules so that the server bundle finds React and the router, out of the way of
// lint and of parallel builds (each OUT_DIR gets its own).
const ssrDir = resolve('node_modules/.tmp/prerender', basename(outDir))

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    // The timing report is for tuning the client build, not this one-off server bundle.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
})

/** @type {import('../src/entry-server.tsx')} */
const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)
const config = server.siteConfig(process.env)
if (!process.env.SITE_ORIGIN) {
  console.warn(
    `prerender: SITE_ORIGIN is not set; canonical and share links point to ${config.origin}`,
  )
}

const template = await readFile(join(outDir, 'index.html'), 'utf8')
for (const marker of ['<!--csp', '<!--page:start', '<!--page:end-->', '<!--app-html-->']) {
  if (!template.includes(marker)) throw new Error(`index.html has lost its ${marker} marker`)
}

// Route code is split per view, and so is its CSS, which the app would only fetch when the
// route's code loads. Prerendered markup must be styled at first paint (and without scripts at
// all), so every page links every stylesheet: a few kilobytes, cached once for the whole site.
// Vite's loader finds them already linked (same href) and does not fetch them again.
const assetsDir = join(outDir, 'assets')
const styleLinks = (await readdir(assetsDir))
  .filter((file) => file.endsWith('.css') && !template.includes(`assets/${file}"`))
  .sort()
  .map((file) => `<link rel="stylesheet" crossorigin href="${config.basePath}assets/${file}">`)
  .join('\n    ')

/** Decodes the few entities react-dom/server writes inside attribute values. */
function decodeAttribute(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Base64 SHA-256 of each distinct inline style attribute, as CSP's 'unsafe-hashes' wants. */
function styleAttributeHashes(html) {
  const values = new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1])))
  return [...values].map((v) => createHash('sha256').update(v, 'utf8').digest('base64')).sort()
}

/** One page: the template with this page's head, policy, language and rendered markup. */
function page(meta, html, path) {
  const csp = server.contentSecurityPolicy(styleAttributeHashes(html))
  const root = path === undefined ? '<div id="root">' : `<div id="root" data-path="${path}">`
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${meta.lang}">`)
    .replace(/<!--csp[\s\S]*?-->/, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(/<!--page:start[\s\S]*?<!--page:end-->/, server.headTags(meta))
    .replace('</head>', () => `  ${styleLinks}\n  </head>`)
    .replace('<div id="root"><!--app-html-->', () => `${root}${html}`)
}

async function write(file, text) {
  const target = join(outDir, file)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, text)
}

let written = 0
for (const entry of server.allPages()) {
  const path = server.browserPath(config, entry.path)
  const rendered = await server.render(path)
  if (rendered.notFound) throw new Error(`${entry.path} rendered the not-found view`)
  const html = page(server.pageMeta(config, entry), rendered.html, path)
  for (const file of server.filesFor(entry)) {
    await write(file, html)
    written += 1
  }
}

// Hosts serve 404.html for any missing address, so it carries no data-path: the app renders
// the right not-found view for the address over it instead of hydrating.
const missing = await server.render(server.browserPath(config, '/404'))
if (!missing.notFound) throw new Error('The not-found page did not render the not-found view')
await write('404.html', page(server.notFoundMeta(config), missing.html, undefined))

await write('sitemap.xml', server.sitemapXml(config))
const robots = await readFile(resolve('public/robots.txt'), 'utf8')
await write('robots.txt', server.robotsTxt(config, robots))

await rm(ssrDir, { recursive: true, force: true })
console.log(
  `prerender: ${written} page files, 404.html, sitemap.xml, robots.txt for ${config.origin}${config.basePath}`,
)
