// The one place that says which Chromium the tools use and how it is launched: Debian's, never
// a downloaded one (CHROME_PATH overrides it). The flags let it run as root in a container and
// keep it from calling hosts it cannot reach, which otherwise slows every start.

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Options for Playwright's `chromium.launch()` and the config's `use.launchOptions`. */
export const launchOptions = { executablePath: CHROME_PATH, args: CHROMIUM_ARGS }
