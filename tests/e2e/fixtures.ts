import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
  type Request,
  type WebError,
} from '@playwright/test'

// Every browser test in this repository imports `test` and `expect` from here instead of
// from @playwright/test. A test then fails when, at any point, the app logs a console error,
// throws an uncaught error, or makes a request to another origin than the one it is served
// from: the app must work offline, with no third-party fonts, scripts or trackers.

/** Schemes that never leave the browser, so never leave the origin either. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** Documents loaded in a test's contexts (pages, frames, redirects), for the timing report. */
interface Loads {
  documents: number
}

/**
 * Listens to a context for the length of one test; returns the function that stops listening.
 * The default context is reused from test to test (playwright.config.ts, `reuseContext`), so a
 * test's listeners must go with it: left on, the next test's problems would also land in this
 * test's list, and every test would add its own copy.
 */
function watch(
  context: BrowserContext,
  origin: string,
  problems: string[],
  loads: Loads,
): () => void {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      // For a failed load, the location is the resource's address: name it, so that a
      // missing script is told apart from the 404 of a page that is meant to be missing.
      const source = message.location().url
      problems.push(
        `console error on ${message.page()?.url() ?? '?'}: ${message.text()}${source ? ` (${source})` : ''}`,
      )
    }
  }
  const onError = (error: WebError) => {
    problems.push(`uncaught error on ${error.page()?.url() ?? '?'}: ${error.error().message}`)
  }
  const onRequest = (request: Request) => {
    if (request.resourceType() === 'document') loads.documents += 1
    const url = new URL(request.url())
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) {
      problems.push(`off-origin request: ${request.method()} ${request.url()}`)
    }
  }
  context.on('console', onConsole)
  context.on('weberror', onError)
  context.on('request', onRequest)
  return () => {
    context.off('console', onConsole)
    context.off('weberror', onError)
    context.off('request', onRequest)
  }
}

/**
 * True once the document is ready for a reader's input: it is not the app's page (a feed, an
 * image), or the app has committed its first render and run its effects (src/main.tsx's
 * `app-ready` performance mark; a filtered address, prerendered unfiltered, is inert until then).
 */
function appReady(): boolean {
  const root = document.getElementById('root')
  return !root || (performance.getEntriesByName('app-ready').length > 0 && !root.inert)
}

/** Waits for appReady in whatever document the page ends up on (an address may redirect). */
async function waitForReady(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.waitForFunction(appReady, undefined, { timeout: 20_000 })
      return
    } catch (error) {
      // A redirect (location.replace to the canonical address) destroys the document the
      // check ran in: check again in the next one.
      const navigated = /context was destroyed|navigat/i.test(String(error))
      if (!navigated || attempt >= 3) throw error
    }
  }
}

/**
 * Makes page.goto, reload, goBack and goForward return once the app has taken over, so that
 * a test acts as a reader would on a working page instead of racing hydration (a key pressed
 * or a link clicked while React hydrates may be dropped, which made tests fail one run in
 * several). A test about the moments before that passes `waitUntil: 'commit'`.
 */
const waiting = new WeakSet<Page>()
function waitForAppAfterLoads(page: Page): void {
  // The page outlives the test when the context is reused: wrap its methods once.
  if (waiting.has(page)) return
  waiting.add(page)
  const wrap = <A extends unknown[], R>(
    load: (...args: A) => Promise<R>,
    options: (args: A) => { waitUntil?: string } | undefined,
  ) => {
    return async (...args: A): Promise<R> => {
      const result = await load(...args)
      if (options(args)?.waitUntil !== 'commit') await waitForReady(page)
      return result
    }
  }
  page.goto = wrap(page.goto.bind(page), (args) => args[1])
  page.reload = wrap(page.reload.bind(page), (args) => args[0])
  page.goBack = wrap(page.goBack.bind(page), (args) => args[0])
  page.goForward = wrap(page.goForward.bind(page), (args) => args[0])
}

interface Fixtures {
  /**
   * Runs for every test: collects console errors, uncaught errors and off-origin requests
   * from the default context (and from any `freshContext`), and fails the test on any.
   */
  problems: string[]
  /** How many documents the test loaded: reported per spec file (timing-reporter.ts). */
  loads: Loads
  /**
   * Opens a new, empty browser context (no cookies, storage or history: "a fresh browser")
   * under the same guard, with the app's baseURL. Closed when the test ends.
   */
  freshContext: (options?: BrowserContextOptions) => Promise<BrowserContext>
}

export const test = base.extend<Fixtures>({
  page: async ({ page, javaScriptEnabled }, provide) => {
    // The tab is reused from test to test (playwright.config.ts, `reuseContext`), and its
    // history is the one thing Playwright's reset leaves: a test would start with the last
    // one's entries (and a tab keeps at most 50, so counting them could stop adding up).
    // Each test starts with the history of a new tab.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Page.resetNavigationHistory')
    await cdp.detach()
    // Without JavaScript there is no app to wait for: the prerendered page is the view.
    if (javaScriptEnabled !== false) waitForAppAfterLoads(page)
    await provide(page)
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from it
  loads: async ({}, provide, testInfo) => {
    const loads = { documents: 0 }
    await provide(loads)
    testInfo.annotations.push({ type: 'documents', description: String(loads.documents) })
  },
  problems: [
    async ({ context, baseURL, loads }, provide) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL')
      const problems: string[] = []
      const stop = watch(context, new URL(baseURL).origin, problems, loads)
      await provide(problems)
      stop()
      expect(problems, 'console errors, uncaught errors or off-origin requests').toEqual([])
    },
    { auto: true },
  ],
  freshContext: async ({ browser, baseURL, problems, loads }, provide) => {
    if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL')
    const opened: BrowserContext[] = []
    await provide(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options })
      watch(context, new URL(baseURL).origin, problems, loads)
      opened.push(context)
      return context
    })
    await Promise.all(opened.map((context) => context.close()))
  },
})

export { expect }
