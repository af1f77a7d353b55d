// Browser tests need a Chromium. Say how to get one instead of failing with a stack trace.
import { accessSync, constants } from 'node:fs'
import { CHROME_PATH as path } from './chromium.js'

try {
  accessSync(path, constants.X_OK)
} catch {
  console.error(`
No Chromium found at ${path}. The browser tests need one. Either:
  - install Debian's:        sudo apt-get install -y chromium fonts-noto-cjk
  - or Playwright's own:     npx playwright install chromium   (then set CHROME_PATH to it)
  - or point to any Chromium: CHROME_PATH=/path/to/chromium npm test
`)
  process.exit(1)
}
