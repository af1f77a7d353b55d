// Draws public/og-image.png (1200×630, the link-preview image every page names) from
// scripts/og-image.svg. Link previews need PNG or JPEG, so the SVG is rendered once in Chromium
// and the PNG is committed: the build itself needs no browser.
//
//   node scripts/og-image.js          (needs Chromium; CHROME_PATH overrides /usr/bin/chromium,
//                                      and fonts-noto-cjk for the Japanese line)
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { launchOptions } from './chromium.js'

const svg = await readFile(resolve('scripts/og-image.svg'), 'utf8')
const browser = await chromium.launch(launchOptions)
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`)
  await page.screenshot({ path: resolve('public/og-image.png'), type: 'png' })
} finally {
  await browser.close()
}
console.log('og-image: wrote public/og-image.png')
