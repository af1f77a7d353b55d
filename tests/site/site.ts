// Content text is read through the language loader, which outside the browser loads every
// language at start-up (src/lib/i18n.ts): first, so that no import below reads text unloaded.
import '../../src/lib/i18n.ts'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pagesManifest } from '../../scripts/pages-manifest.js'
import { allDelegations, allEvents, loadAllContent } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import { filesFor, pathFor, siteConfig, type Page, type View } from '../../src/lib/seo.ts'

// The history's events and the rounds' text, which the browser loads when a view shows them:
// every page's expectations read them, as the prerenderer did.
await loadAllContent()

// The built site as files: the folder the build wrote ($OUT_DIR or dist/), the pages its
// prerenderer recorded, and each page parsed once. Nothing here runs the app's scripts.

export const OUT_DIR = resolve(process.env.OUT_DIR || 'dist')

/** The site setting the build ran with: this suite runs in the build's environment. */
export const SITE = siteConfig(process.env)

interface Manifest {
  readonly pages: readonly Page[]
  readonly embedPages: readonly Page[]
  /** Each page's title and description, as its route's head declared them. */
  readonly heads: Readonly<Record<string, { title: string; description?: string }>>
}

const manifestFile = pagesManifest(OUT_DIR)
if (!existsSync(manifestFile)) {
  throw new Error(`No build in ${OUT_DIR}: run \`npm run build\` (or set OUT_DIR) first`)
}
export const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest

/**
 * The pages there must be, from the content and the language table rather than from the
 * route tree the prerenderer walked: the timeline, each event, the delegations index and
 * each delegation, and the press release, in every language.
 */
export function expectedPaths(): string[] {
  const views: View[] = [
    { route: '/{-$lang}/' },
    ...allEvents.map((event) => ({
      route: '/{-$lang}/events/$eventId' as const,
      params: { eventId: event.id },
    })),
    { route: '/{-$lang}/delegations/' },
    ...allDelegations.map((d) => ({
      route: '/{-$lang}/delegations/$delegationId' as const,
      params: { delegationId: d.country.toLowerCase() },
    })),
    { route: '/{-$lang}/source' },
    { route: '/{-$lang}/rounds' },
  ]
  return LOCALES.flatMap((locale) => views.map((view) => pathFor(view, locale)))
}

/** A file of the build, as text. */
export function read(file: string): string {
  return readFileSync(resolve(OUT_DIR, file), 'utf8')
}

const parsed = new Map<string, Document>()

/**
 * A built HTML file, parsed (once) without running its scripts. The inline stylesheet's text
 * is left out: jsdom would parse it into a CSS object model for every page, which was most
 * of this suite's time, and nothing here reads it (heads.test.ts hashes it from the file).
 */
export function documentOf(file: string): Document {
  let document = parsed.get(file)
  if (!document) {
    const html = read(file).replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2')
    document = new DOMParser().parseFromString(html, 'text/html')
    parsed.set(file, document)
  }
  return document
}

/** A page's first file (`index.html`, `events/plenary.html`, `fr.html`). */
export function fileOf(page: Page): string {
  const [file] = filesFor(page)
  if (!file) throw new Error(`no file for ${page.path}`)
  return file
}

/** A page's title and description, as its route's head declared them. */
export function declaredHead(path: string): { title: string; description: string } {
  const head = manifest.heads[path]
  if (!head?.description) throw new Error(`the build recorded no head for ${path}`)
  return { title: head.title, description: head.description }
}

/** A PNG's signature letters and its size, read from the header (the IHDR chunk comes first). */
export function pngHeader(png: Buffer): { signature: string; width: number; height: number } {
  return {
    signature: png.subarray(1, 4).toString('latin1'),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  }
}

/** Text of an element, spaces collapsed as a reader sees them. */
export function textOf(element: Element | null | undefined): string {
  // HTML's white space only (space, tab, line breaks), as a browser collapses it: not `\s`,
  // which would also turn the French no-break spaces (« 2+2 », U+202F) into plain ones and
  // make the text differ from the content it was rendered from.
  return (element?.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '')
}

/** Elements matching `selector` on screen: outside the print-only digest and hidden parts. */
export function onScreen(document: Document, selector: string): Element[] {
  return [...document.querySelectorAll(selector)].filter(
    (element) => element.closest('[data-print="only"], [hidden]') === null,
  )
}
