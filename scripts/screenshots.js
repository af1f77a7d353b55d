// Takes the README's screenshots from the built app: the timeline in each language, plus a
// phone-width dark view. Run `npm run build` first, then `npm run screenshots`.
import { spawn } from 'node:child_process'
import { setTimeout as delay } from 'node:timers/promises'
import { chromium } from '@playwright/test'
import { launchOptions } from './chromium.js'

// SCREENSHOTS_PORT: beside other servers on a shared machine.
const PORT = Number(process.env.SCREENSHOTS_PORT) || 4391
const OUT = 'docs/screenshots'
/**
 * `open`: a marker's card (hovered) or a cluster's list (clicked), by the marker's or the
 * cluster's accessible name, start.
 * @type {{ path: string, file: string, width: number, scheme: 'light' | 'dark', open?: { role: 'link' | 'button', name: string } }[]}
 */
const SHOTS = [
  // The time axis, every event named (issue 31): the whole dialogue, a phone, a card, a list.
  { path: '/', file: 'axis-en.png', width: 1280, scheme: 'light' },
  { path: '/ja/events/plenary', file: 'axis-ja-phone-dark.png', width: 360, scheme: 'dark' },
  {
    path: '/',
    file: 'axis-card-en.png',
    width: 1280,
    scheme: 'light',
    open: { role: 'link', name: 'Kishida visits Paris' },
  },
  {
    path: '/',
    file: 'axis-cluster-en.png',
    width: 1280,
    scheme: 'light',
    open: { role: 'button', name: '3 events' },
  },
  { path: '/events/plenary', file: 'timeline-en.png', width: 1280, scheme: 'light' },
  { path: '/fr/events/plenary', file: 'timeline-fr.png', width: 1280, scheme: 'light' },
  { path: '/ja/events/plenary', file: 'timeline-ja.png', width: 1280, scheme: 'light' },
  {
    path: '/ja/events/ariane-group-visit?country=JP',
    file: 'phone-ja-dark.png',
    width: 360,
    scheme: 'dark',
  },
  { path: '/delegations', file: 'delegations-en-dark.png', width: 1280, scheme: 'dark' },
  // The time axis zoomed on the dialogue's days, and the phone strip in light.
  {
    path: '/events/start-up-meeting?time=2023-01-18..2023-01-21',
    file: 'axis-en-dark.png',
    width: 1280,
    scheme: 'dark',
  },
  { path: '/events/plenary', file: 'phone-en.png', width: 360, scheme: 'light' },
]

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore' },
)
try {
  const base = `http://127.0.0.1:${PORT}`
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await delay(200)
  }
  const browser = await chromium.launch(launchOptions)
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.width < 600 ? 800 : 900 },
      colorScheme: shot.scheme,
      reducedMotion: 'reduce',
    })
    await page.goto(base + shot.path, { waitUntil: 'networkidle' })
    if (shot.open) {
      const target = page
        .getByRole('group', { name: 'France', exact: true })
        .getByRole(shot.open.role, { name: new RegExp(`^${shot.open.name}`) })
      if (shot.open.role === 'button') await target.click()
      else await target.hover()
      await page.locator(':popover-open').first().waitFor()
    }
    await page.screenshot({ path: `${OUT}/${shot.file}` })
    console.log(`${OUT}/${shot.file}`)
    await page.close()
  }
  await browser.close()
} finally {
  server.kill()
}
