import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { pagesManifest } from '../../scripts/pages-manifest.js'
import { siteConfig, type Page as SitePage } from '../../src/lib/seo.ts'

// Shared by the specs that run against scripts/static-server.js, the second web server in
// playwright.config.ts: the same build as `vite preview` serves, with no SPA fallback.

/** playwright.config.ts starts the static server on the preview's port plus 1000. */
export const STATIC_URL = `http://127.0.0.1:${Number(process.env.PW_PORT) + 1000}`

/** The site setting the build ran with: the web servers inherit this environment. */
export const SITE = siteConfig(process.env)

interface Manifest {
  readonly pages: readonly SitePage[]
  /** Each page's title and description, as its route's head declared them. */
  readonly heads: Readonly<Record<string, { title: string; description?: string }>>
}
let manifest: Manifest | undefined

/**
 * What the build wrote, as the prerenderer read it off the route tree (the browser tests
 * cannot load the route tree: it imports stylesheets). Read on first use, inside a test: the
 * files load before the web server's build has run.
 */
function written(): Manifest {
  manifest ??= JSON.parse(
    readFileSync(pagesManifest(process.env.OUT_DIR || 'dist'), 'utf8'),
  ) as Manifest
  return manifest
}

/** A written page's (or embed's) title and description, as its route's head declared them. */
export function declaredHead(path: string): { title: string; description: string } {
  const head = written().heads[path]
  if (!head?.description) throw new Error(`the build recorded no head for ${path}`)
  return { title: head.title, description: head.description }
}

/** The console error Chromium logs for any resource served with status 404. */
const NOT_FOUND_RESOURCE =
  'Failed to load resource: the server responded with a status of 404 (Not Found)'

/**
 * Removes from the guard's list the one console error a 404 page is expected to cause: the
 * document's own status, logged on that page with that page's address as its source. A
 * missing script, stylesheet or image is another address, and still fails the test.
 */
export function allowDocument404(problems: string[]): void {
  const kept = problems.filter((p) => {
    const match = /^console error on (\S+): (.*) \((\S+)\)$/.exec(p)
    return !(match && match[2] === NOT_FOUND_RESOURCE && match[1] === match[3])
  })
  problems.splice(0, problems.length, ...kept)
}

/** From the next document on, records each layout shift's value (read with `layoutShifts`). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

export function layoutShifts(page: Page): Promise<number[] | undefined> {
  return page.evaluate(() => (window as { layoutShifts?: number[] }).layoutShifts)
}

/** True once the app has taken over the prerendered markup (src/main.tsx, `app-ready`). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0)
}

/**
 * Holds the app's scripts back, so that the prerendered page can be read as it stands before
 * hydration; the returned function lets them through.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const held = new Promise<void>((done) => (release = done))
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * Waits until the browser has read the whole prerendered document. With the scripts held
 * (holdScripts), the page stays in that state: the parser sets readyState to "interactive"
 * before it runs the deferred scripts. A region's heading being there says nothing about the
 * rest of it: on a loaded machine the lanes below the heading came in a later chunk.
 */
export async function documentRead(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState !== 'loading')
}
