import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test'

// Every browser test in this repository imports `test` and `expect` from here instead of
// from @playwright/test. A test then fails when, at any point, the app logs a console error,
// throws an uncaught error, or makes a request to another origin than the one it is served
// from: the app must work offline, with no third-party fonts, scripts or trackers.

/** Schemes that never leave the browser, so never leave the origin either. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

function watch(context: BrowserContext, origin: string, problems: string[]): void {
  context.on('console', (message) => {
    if (message.type() === 'error') {
      // For a failed load, the location is the resource's address: name it, so that a
      // missing script is told apart from the 404 of a page that is meant to be missing.
      const source = message.location().url
      problems.push(
        `console error on ${message.page()?.url() ?? '?'}: ${message.text()}${source ? ` (${source})` : ''}`,
      )
    }
  })
  context.on('weberror', (error) => {
    problems.push(`uncaught error on ${error.page()?.url() ?? '?'}: ${error.error().message}`)
  })
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin) {
      problems.push(`off-origin request: ${request.method()} ${request.url()}`)
    }
  })
}

interface Fixtures {
  /**
   * Runs for every test: collects console errors, uncaught errors and off-origin requests
   * from the default context (and from any `freshContext`), and fails the test on any.
   */
  problems: string[]
  /**
   * Opens a new, empty browser context (no cookies, storage or history: "a fresh browser")
   * under the same guard, with the app's baseURL. Closed when the test ends.
   */
  freshContext: (options?: BrowserContextOptions) => Promise<BrowserContext>
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({ context, baseURL }, provide) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL')
      const problems: string[] = []
      watch(context, new URL(baseURL).origin, problems)
      await provide(problems)
      expect(problems, 'console errors, uncaught errors or off-origin requests').toEqual([])
    },
    { auto: true },
  ],
  freshContext: async ({ browser, baseURL, problems }, provide) => {
    if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL')
    const opened: BrowserContext[] = []
    await provide(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options })
      watch(context, new URL(baseURL).origin, problems)
      opened.push(context)
      return context
    })
    await Promise.all(opened.map((context) => context.close()))
  },
})

export { expect }
