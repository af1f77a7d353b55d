// Turns the client build in dist/ (or $OUT_DIR) into a complete static site: one HTML file per
// page and language with its content already rendered, plus 404.html, sitemap.xml and
// robots.txt. Runs after `vite build` (see the "build" script); needs no browser.
//
//   SITE_ORIGIN=https://example.org BASE_PATH=/timeline/ npm run build
//
// It builds src/entry-server.tsx with Vite's SSR build (same config, same routes and
// components), renders each page with react-dom/server and writes it into the page template.
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { existsSync } from 'node:fs'
import { build } from 'vite'
import { renderCards } from './og/render.js'
import { pageChunks, routeFiles } from './page-chunks.js'
import { pageStylesheet } from './page-css.js'
import { pagesManifest } from './pages-manifest.js'

const outDir = resolve(process.env.OUT_DIR || 'dist')
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
// The whole content, the history's events included, before the pages and files that read it.
await server.loadAllContent()
if (!process.env.SITE_ORIGIN) {
  console.warn(
    `prerender: SITE_ORIGIN is not set; canonical and share links point to ${config.origin}`,
  )
}

// Vite's manifest of the client build, read for each page's chunks (scripts/page-chunks.js).
const manifestFile = join(outDir, '.vite/manifest.json')
/** @type {import('./page-chunks.js').Manifest} */
const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))

const template = await readFile(join(outDir, 'index.html'), 'utf8')
for (const marker of [
  '<!--csp',
  '<!--page:start',
  '<!--page:end-->',
  '<!--app-html-->',
  'data-preload="',
]) {
  if (!template.includes(marker)) throw new Error(`index.html has lost its ${marker} marker`)
}

// The build has one stylesheet (cssCodeSplit: false), linked from the template. Each page
// carries inline the part of it that can match its own markup (scripts/page-css.js), so the
// first paint needs no second request, which on a phone's connection is most of the wait, and
// the page reads the same without scripts. The boot script adds the whole stylesheet (its
// `data-style`) before the app renders anything else. The policy allows exactly each page's
// inline text, by hash.
const styleLinkPattern = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g
const styleLinks = [...template.matchAll(styleLinkPattern)]
if (styleLinks.length !== 1) {
  throw new Error(`index.html should link one stylesheet, found ${styleLinks.length}`)
}
const stylesheetHref = styleLinks[0]?.[1] ?? ''
const css = (
  await readFile(join(outDir, stylesheetHref.slice(config.basePath.length)), 'utf8')
).trim()
if (css.includes('</style')) throw new Error('the stylesheet cannot be inlined as it is')

// The boot script (src/boot.ts) is already in the template, written there by the build
// (vite.config.ts, paintFirst). The policy allows exactly its text, by hash.
const bootTag = /<script type="module" data-entry="[^>]*>([\s\S]*?)<\/script>/.exec(template)
if (!bootTag) throw new Error('index.html has lost its boot script')
const bootHash = createHash('sha256')
  .update(bootTag[1] ?? '', 'utf8')
  .digest('base64')
const pageTemplate = template
  .replace(styleLinkPattern, '<!--page-style-->')
  .replace('data-preload="', () => `data-style="${stylesheetHref}" data-preload="`)

/**
 * Decodes the few entities react-dom/server writes inside attribute values.
 * @param {string} value
 */
function decodeAttribute(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/**
 * Base64 SHA-256 of each distinct inline style attribute, as CSP's 'unsafe-hashes' wants.
 * @param {string} html
 */
function styleAttributeHashes(html) {
  const values = new Set(
    [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1] ?? '')),
  )
  return [...values].map((v) => createHash('sha256').update(v, 'utf8').digest('base64')).sort()
}

/**
 * The chunks a page hydrates with, beyond the entry's (scripts/page-chunks.js), as the boot
 * script's `data-fetch`. Each matched route must come from a file the naming rule finds, or a
 * renamed route would quietly lose its early fetch.
 * @param {import('../src/entry-server.tsx').Rendered} rendered
 */
function fetchAttribute(rendered) {
  for (const routeId of rendered.routeIds) {
    if (!routeFiles(routeId).some((file) => existsSync(file))) {
      throw new Error(`prerender: no source file for route ${routeId} (scripts/page-chunks.js)`)
    }
  }
  const files = pageChunks(manifest, rendered.routeIds, rendered.locale, rendered.parts)
  return `data-fetch="${files.map((file) => `${config.basePath}${file}`).join(' ')}" `
}

/**
 * One page: the template with this page's head (as its route declares it), policy, language
 * and rendered markup. A page that hydrates lists the chunks it needs on the boot script; the
 * not-found page (path undefined) serves any address, so it lists none.
 * @param {import('../src/entry-server.tsx').Rendered} rendered
 * @param {string | undefined} path
 * @param {string[]} [extraHead] further head elements (structured data, feed link)
 */
function page(rendered, path, extraHead = []) {
  const { html } = rendered
  const root = path === undefined ? '<div id="root">' : `<div id="root" data-path="${path}">`
  const fetchList = path === undefined ? '' : fetchAttribute(rendered)
  const markup = pageTemplate
    .replace('data-preload="', () => `${fetchList}data-preload="`)
    .replace(/<html lang="[^"]*">/, `<html lang="${rendered.lang}">`)
    .replace(/<!--page:start[\s\S]*?<!--page:end-->/, () =>
      [rendered.head, ...extraHead].join('\n    '),
    )
    .replace('<div id="root"><!--app-html-->', () => `${root}${html}`)
  const style = pageStylesheet(css, markup)
  const styleHash = createHash('sha256').update(style, 'utf8').digest('base64')
  const csp = server.contentSecurityPolicy(styleAttributeHashes(html), [styleHash], [bootHash])
  return markup
    .replace('<!--page-style-->', () => `<style>${style}</style>`)
    .replace(/<!--csp[\s\S]*?-->/, `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
}

/**
 * @param {string} file
 * @param {string} text
 */
async function write(file, text) {
  const target = join(outDir, file)
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, text)
}

// The route tree is the list of pages (src/pages.ts): every leaf route's declared pages, in
// every language.
const pages = await server.sitePages()
const embedPages = await server.embedPages()

/**
 * Each page's title and description as its route declared them, for the browser tests (which
 * cannot load the route tree).
 * @type {Record<string, { title: string, description: string | undefined }>}
 */
const heads = {}

let written = 0
for (const entry of pages) {
  const path = server.browserPath(config, entry.path)
  const rendered = await server.render(path, config)
  if (rendered.notFound) throw new Error(`${entry.path} rendered the not-found view`)
  heads[entry.path] = { title: rendered.title, description: rendered.description }
  const extraHead = [
    server.oEmbedLink(config, entry, rendered.title),
    server.calendarFeedLink(config, entry.locale),
    server.structuredDataScript(config, entry),
  ].filter((tag) => tag !== '')
  const html = page(rendered, path, extraHead)
  for (const file of server.filesFor(entry)) {
    await write(file, html)
    written += 1
  }
  // The page's oEmbed, which its head names, so that a CMS given the address finds its embed.
  const oEmbed = server.oEmbedFor(config, entry, rendered.title)
  await write(server.oEmbedPath(entry.view, entry.locale).slice(1), `${JSON.stringify(oEmbed)}\n`)
}

// The embeddable views (/embed, /embed/events/…): the same screen in a frame of its own, not
// indexed, pointing at the full page as canonical. The host lets only these be framed.
let embeds = 0
for (const entry of embedPages) {
  const path = server.browserPath(config, entry.path)
  const rendered = await server.render(path, config)
  if (rendered.notFound) throw new Error(`${entry.path} rendered the not-found view`)
  heads[entry.path] = { title: rendered.title, description: rendered.description }
  const html = page(rendered, path)
  for (const file of server.filesFor(entry)) {
    await write(file, html)
    embeds += 1
  }
}

// Hosts serve 404.html for any missing address, so it carries no data-path: the app renders
// the right not-found view for the address over it instead of hydrating.
const missing = await server.render(server.browserPath(config, '/404'), config)
if (!missing.notFound) throw new Error('The not-found page did not render the not-found view')
await write('404.html', page(missing, undefined))

// Each page's link-preview image, drawn from the same content (scripts/og).
const previewStart = performance.now()
const previews = await renderCards(
  pages.flatMap((entry) =>
    entry.card === undefined
      ? []
      : [{ file: server.previewImagePath(entry.view, entry.locale).slice(1), card: entry.card }],
  ),
  outDir,
)
console.log(
  `prerender: ${previews.drawn} preview images drawn, ${previews.cached} from cache, in ${Math.round(performance.now() - previewStart)} ms`,
)

// The subscribable calendars. SOURCE_DATE_EPOCH (seconds) pins DTSTAMP for reproducible builds;
// UIDs never depend on it.
const epoch = Number(process.env.SOURCE_DATE_EPOCH)
const stamp = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()
for (const feed of server.calendarFeeds(config, stamp)) await write(feed.file, feed.ics)

await write('sitemap.xml', server.sitemapXml(config, pages))
const robots = await readFile(resolve('public/robots.txt'), 'utf8')
await write('robots.txt', server.robotsTxt(config, robots))

await rm(ssrDir, { recursive: true, force: true })
// Read above for each page; not part of the site.
await rm(dirname(manifestFile), { recursive: true, force: true })
// The same list for the browser tests, which check the written files against it but cannot
// load the route tree themselves (it imports stylesheets). Beside the server bundle, outside
// the site, one per output folder.
await write(
  relative(outDir, pagesManifest(outDir)),
  `${JSON.stringify({ pages, embedPages, heads }, null, 2)}\n`,
)
console.log(
  `prerender: ${written} page files, ${embeds} embed files, oEmbed files, 404.html, calendar feeds, sitemap.xml, robots.txt for ${config.origin}${config.basePath}`,
)
