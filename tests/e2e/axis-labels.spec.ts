import type { Browser, Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { expect, test } from './fixtures.ts'
import {
  documentRead,
  holdScripts,
  layoutShifts,
  recordLayoutShifts,
  waitForApp,
} from './static-host'

// The names on the time axis (issue 31): every label's box measured against every other
// label's, every marker's and every tick label's, and kept inside its lane, and its words in
// its marker's accessible name, at the widths from a small phone to a wide screen, in each
// language; a marker's card by keyboard and by pointer, with interest invokers and without;
// a cluster's list of links. One page load per language: the widths are resizes.

const WIDTHS = [320, 360, 768, 1280, 1920]
const PAGES = [
  { path: '/', axis: 'Time axis', lane: 'France' },
  { path: '/fr/', axis: 'Axe du temps', lane: 'France' },
  { path: '/ja/', axis: '時間軸', lane: 'フランス' },
] as const
const SHORT_TITLES = {
  '/': [
    'Kishida visits Paris',
    'Plenary at the SGDSN',
    'Meeting with start-ups',
    'ArianeGroup, Les Mureaux',
    'G7 Summit, Hiroshima',
  ],
  '/fr/': [
    'Kishida en visite à Paris',
    'Plénière au SGDSN',
    'Rencontre avec des start-up',
    'ArianeGroup aux Mureaux',
    'Sommet du G7 à Hiroshima',
  ],
  '/ja/': [
    '岸田総理がパリを訪問',
    '宇宙対話の全体会合',
    'スタートアップと会合',
    'ArianeGroupを視察',
    'G7広島サミット',
  ],
} as const

/**
 * axe's violations, less the colour-contrast checks it leaves undecided on the card and the
 * cluster's list: popovers in the top layer over the page, whose background axe cannot work
 * out. Their text and background are the page's own tokens (--text, --accent on --surface),
 * AA in both themes; every other undecided check still fails.
 */
async function violations(page: Page): Promise<string[]> {
  const found = []
  for (const v of await axeViolations(page)) {
    const selector = /^incomplete color-contrast:\w+: (.+)$/.exec(v)?.[1]
    // Decided by the element, not by how axe wrote its selector: axe writes the shortest that
    // is unique, and that is the card's id only while other cards hold the same elements.
    const inPopover =
      selector !== undefined &&
      (await page.evaluate(
        (sel) =>
          document.querySelector(sel)?.closest('[id^="axis-card-"], [id^="axis-list-"]') != null,
        selector,
      ))
    if (!inPopover) found.push(v)
  }
  return found
}

interface Measured {
  problems: string[]
  /** The labels' lines on the first screen. */
  named: string[]
  labels: number
}

/** Every rule the labels keep, measured in the page as drawn. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
    const labels = [...document.querySelectorAll<HTMLElement>('[data-axis-label]')].filter(shown)
    const markers = [...document.querySelectorAll<HTMLElement>('[data-axis-key]')].filter(shown)
    const ticks = [...document.querySelectorAll<HTMLElement>('[data-label]')].filter(shown)
    const text = (el: Element) => el.textContent ?? ''
    const problems: string[] = []
    const boxes = labels.map((l) => l.getBoundingClientRect())
    boxes.forEach((a, i) => {
      const label = labels[i]
      if (!label) return
      const size = parseFloat(getComputedStyle(label).fontSize)
      if (size < 12) problems.push(`${text(label)}: ${size}px`)
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]
        if (b && overlap(a, b)) problems.push(`${text(label)} over ${text(labels[j] ?? label)}`)
      }
      for (const marker of markers)
        if (overlap(a, marker.getBoundingClientRect()))
          problems.push(`${text(label)} over marker ${marker.getAttribute('aria-label')}`)
      for (const tick of ticks)
        if (overlap(a, tick.getBoundingClientRect()))
          problems.push(`${text(label)} over tick ${text(tick)}`)
      const track = label.closest('[data-axis-track]')?.getBoundingClientRect()
      const lane = label.closest('[role="group"]')?.getBoundingClientRect()
      if (!track || !lane) problems.push(`${text(label)} outside a lane`)
      else if (
        a.left < track.left - 0.5 ||
        a.right > track.right + 0.5 ||
        a.top < lane.top ||
        a.bottom > lane.bottom + 0.5
      )
        problems.push(`${text(label)} past its lane's edge`)
      // Label in name (WCAG 2.5.3): the marker's or cluster's accessible name holds every
      // line its label shows (a cluster's "+ 2 more" aside: its name lists those events).
      const owner = label.closest('[data-axis-key]')
      const name = owner?.getAttribute('aria-label') ?? ''
      if (!owner) problems.push(`${text(label)} outside a marker`)
      for (const line of [...label.children].map(text).filter((t) => t !== ''))
        if (!name.includes(line) && !/^(\+ \d+ (more|autres)|ほか\d+件)$/.test(line))
          problems.push(`${line} not in the name "${name}"`)
      // Cut short only if it is the open event's, which is shown whatever the room.
      for (const line of label.children)
        if (line.scrollWidth > line.clientWidth + 1 && !label.closest('[aria-current]'))
          problems.push(`${text(line)} cut short`)
    })
    const named = labels
      .filter((l) => l.getBoundingClientRect().bottom <= window.innerHeight)
      .flatMap((l) => [...l.children].map(text).filter((t) => t !== ''))
    return { problems, named, labels: labels.length }
  })
}

for (const { path, axis } of PAGES) {
  test(`labels never overlap, from 320 to 1920 px, at ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 800 })
    await page.goto(path)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      // The app redraws for the width it measures: wait for the labels of that width.
      await expect(page.getByRole('region', { name: axis })).toBeVisible()
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      const { problems, named, labels } = await measure(page)
      expect(problems, `${path} at ${width} px`).toEqual([])
      expect(labels, `${path} at ${width} px`).toBeGreaterThan(0)
      if (width === 1280) {
        for (const title of SHORT_TITLES[path]) expect(named, `${title} at 1280`).toContain(title)
      }
    }
  })
}

/** The axis as drawn: each label's, marker's and tick's text and box, px. */
function axisDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-axis-label], [data-axis-key], [data-label]')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const r = el.getBoundingClientRect()
        const box = [r.left, r.top, r.width, r.height].map((n) => Math.round(n * 10) / 10)
        return `${el.getAttribute('aria-label') ?? el.textContent} @ ${box.join(',')}`
      }),
  )
}

// CLS 0 on hydration, and the axis the same before scripts, after them and without them: the
// widths of a phone, a tablet, a laptop and a wide screen, in a Latin and a Japanese page.
for (const width of [360, 768, 1280, 1920]) {
  test(`at ${width} px hydration moves nothing on the axis (CLS 0), as drawn without scripts`, async ({
    page,
    browser,
  }) => {
    await recordLayoutShifts(page)
    await page.setViewportSize({ width, height: 800 })
    for (const path of ['/', '/ja/']) {
      // Hold the scripts back until the prerendered axis has been read.
      const release = await holdScripts(page)
      await page.goto(path, { waitUntil: 'commit' })
      await page.getByRole('region', { name: path === '/' ? 'Time axis' : '時間軸' }).waitFor()
      await documentRead(page)
      await page.evaluate(() => document.fonts.ready)
      const before = await axisDrawn(page)
      release()
      await waitForApp(page)
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      expect(before.length, path).toBeGreaterThan(10)
      expect(await axisDrawn(page), `${path} at ${width} px, hydrated`).toEqual(before)
      expect(await layoutShifts(page), `${path} at ${width} px`).toEqual([])
      await page.unrouteAll()

      expect(
        await axisWithoutScripts(browser, page.url(), width),
        `${path} at ${width} px, without scripts`,
      ).toEqual(before)
    }
  })
}

/** The axis as `axisDrawn` reads it at `url` in a browser with JavaScript off, `width` px wide. */
async function axisWithoutScripts(browser: Browser, url: string, width: number) {
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 800 },
  })
  try {
    const plain = await noJs.newPage()
    await plain.goto(url)
    await plain.evaluate(() => document.fonts.ready)
    return await axisDrawn(plain)
  } finally {
    await noJs.close()
  }
}

/** A marker's card, by keyboard and by pointer: what it says, where it is, and Esc. */
async function cardByKeyboardAndPointer(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/?country=FR')
  await waitForApp(page)
  const marker = page
    .getByRole('group', { name: 'France', exact: true })
    .getByRole('link', { name: /Prime Minister Kishida/ })
  const card = page.getByRole('tooltip').filter({ hasText: 'Prime Minister Kishida visits Paris' })

  // Keyboard: the axis's tab stop is its first marker.
  await page.getByRole('link', { name: 'May 2023', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(marker).toBeFocused()
  await expect(card).toBeVisible()
  await expect(card).toContainText('9 January 2023')
  await expect(card).toContainText('Paris')
  await expect(card).toContainText('France (Host) · Japan (Visiting)')
  await expect(card).toContainText('On 9 January 2023, ten days before the plenary')
  await expect(card.getByRole('link', { name: 'Open the event' })).toHaveAttribute(
    'href',
    '/events/kishida-paris-visit?country=FR',
  )
  // It never takes focus, never covers its marker or the marker's name under the line, and
  // stays inside the viewport.
  await expect(marker).toBeFocused()
  const name = marker.locator('[data-axis-label]')
  const [cardBox, markerBox, nameBox] = [
    await card.boundingBox(),
    await marker.boundingBox(),
    await name.boundingBox(),
  ]
  if (!cardBox || !markerBox || !nameBox) throw new Error('no boxes')
  const overlaps = (a: typeof cardBox, b: typeof cardBox) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  expect(overlaps(cardBox, markerBox), 'the card covers its marker').toBe(false)
  expect(overlaps(cardBox, nameBox), "the card covers its marker's name").toBe(false)
  expect(cardBox.x).toBeGreaterThanOrEqual(0)
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(1280)
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(800)
  expect(await violations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
  await expect(marker).toBeFocused()

  // Pointer: shown while it is over the marker, gone once it has left.
  await marker.blur()
  await marker.hover()
  await expect(card).toBeVisible()
  await page.mouse.move(5, 5)
  await expect(card).toBeHidden()
  await marker.hover()
  await expect(card).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
  // Pointing at the name under the line shows the same card, which leaves the name in sight.
  await page.mouse.move(5, 5)
  await name.hover()
  await expect(card).toBeVisible()
  const shown = await card.boundingBox()
  if (!shown) throw new Error('no card box')
  expect(overlaps(shown, nameBox), 'the card covers the name it was shown for').toBe(false)
}

test('a marker shows its card on keyboard focus and on hover; Esc dismisses it', async ({
  page,
}) => {
  await cardByKeyboardAndPointer(page)
})

test('without interest invokers, scripts show the same card on the same cues', async ({ page }) => {
  // Chromium has interest invokers and no switch to turn them off: hide them from the app's
  // feature detection, and cancel the browser's own interest events, so that only the
  // fallback (useInterestFallback.ts) can show a card here.
  await page.addInitScript(() => {
    delete (HTMLButtonElement.prototype as { interestForElement?: unknown }).interestForElement
    window.addEventListener('interest', (e) => e.preventDefault(), true)
  })
  await cardByKeyboardAndPointer(page)
})

test('a cluster lists its events as links, and zooms to their days', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const cluster = page.getByRole('group', { name: 'France', exact: true }).getByRole('button', {
    name: '3 events, 19–20 January 2023: Plenary at the SGDSN, Meeting with start-ups, ArianeGroup, Les Mureaux',
  })
  await cluster.click()
  // The open list's own links (the page's event list has list items with links too).
  const members = page.locator(':popover-open').getByRole('listitem').getByRole('link')
  await expect(
    page.getByRole('link', { name: 'Meeting with start-ups', exact: true }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Zoom to these days' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await expect(members).toHaveCount(3)
  await page.getByRole('link', { name: 'Meeting with start-ups', exact: true }).click()
  await expect(page).toHaveURL('/events/start-up-meeting')

  await page.goto('/')
  await cluster.click()
  await page.getByRole('link', { name: 'Zoom to these days' }).click()
  await expect(page).toHaveURL('/?time=2023-01-18..2023-01-21')
})

/**
 * The timeline reached from another page, then filtered: an axis the app drew itself, whose
 * cards and cluster lists are drawn only as they open (LazyPopover.tsx).
 */
async function redrawnAxis(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/delegations')
  await waitForApp(page)
  await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).click()
  await expect(page).toHaveURL('/')
  await page
    .getByRole('list', { name: 'Show events for' })
    .getByRole('link', { name: /^Japan/ })
    .click()
  await expect(page).toHaveURL('/?country=JP')
}

/** The Kishida marker's card, on the axis redrawnAxis left, shows what it says when pointed at. */
async function redrawnCard(page: Page) {
  const marker = page
    .getByRole('group', { name: 'France', exact: true })
    .getByRole('link', { name: /Prime Minister Kishida/ })
  const card = page.getByRole('tooltip')
  await marker.hover()
  await expect(card).toBeVisible()
  await expect(card).toContainText('Prime Minister Kishida visits Paris')
  await expect(card).toContainText('9 January 2023')
  await expect(card).toContainText('France (Host) · Japan (Visiting)')
  await expect(card.getByRole('link', { name: 'Open the event' })).toHaveAttribute(
    'href',
    '/events/kishida-paris-visit?country=JP',
  )
}

test('cards on an axis the app has drawn again say what they say on the page as served', async ({
  page,
}) => {
  await redrawnAxis(page)
  await redrawnCard(page)
})

test('without interest invokers, so do the scripts’ cards on an axis drawn again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (HTMLButtonElement.prototype as { interestForElement?: unknown }).interestForElement
    window.addEventListener('interest', (e) => e.preventDefault(), true)
  })
  await redrawnAxis(page)
  await redrawnCard(page)
})

test('a cluster the app has drawn again lists its events when it opens', async ({ page }) => {
  await redrawnAxis(page)
  const cluster = page.getByRole('group', { name: 'France', exact: true }).getByRole('button', {
    name: '3 events, 19–20 January 2023: Plenary at the SGDSN, Meeting with start-ups, ArianeGroup, Les Mureaux',
  })
  const open = page.locator(':popover-open')
  const members = open.getByRole('listitem').getByRole('link')
  await cluster.click()
  await expect(members).toHaveText([
    'Plenary at the SGDSN',
    'Meeting with start-ups',
    'ArianeGroup, Les Mureaux',
  ])
  await expect(open.getByRole('link', { name: 'Zoom to these days' })).toHaveAttribute(
    'href',
    '/?country=JP&time=2023-01-18..2023-01-21',
  )
  await page.keyboard.press('Escape')
  await expect(open).toHaveCount(0)
  // The Japanese lane's cluster, never opened before, by the pointer's interest alone.
  const other = page.getByRole('group', { name: 'Japan', exact: true }).getByRole('button', {
    name: /^3 events, 19–20 January 2023/,
  })
  await other.hover()
  await expect(members).toHaveCount(3)
  await members.first().click()
  await expect(page).toHaveURL('/events/plenary?country=JP')
})

test('on a phone, an event address names the open event on the axis and the month on its ticks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 })
  await page.goto('/events/g7-hiroshima')
  const axis = page.getByRole('region', { name: 'Time axis' })
  const { named } = await measure(page)
  expect(named).toContain('G7 Summit, Hiroshima')
  await expect(axis.getByText('6 May', { exact: true })).toBeVisible()
  await expect(axis.getByText('3 months later')).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: 'G7 Summit in Hiroshima' }),
  ).toBeInViewport()
})

// The whole history on the same axis (issue 33): a decade of events, where the axis once showed
// only "6 months later" and one count of fourteen at 360 px, and no year at all.
const HISTORY = '?time=2015-02-28..2026-01-16'
const YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2022', '2023', '2024', '2026']
const HISTORY_PAGES = [
  { lang: '/', axis: 'Time axis' },
  { lang: '/fr/', axis: 'Axe du temps' },
  { lang: '/ja/', axis: '時間軸' },
] as const

/** Pairs of the axis's tick, year and break labels, markers and counts that overlap. */
function crowded(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [
      ...document.querySelectorAll<HTMLElement>('[data-label], [data-axis-key], [data-axis-label]'),
    ]
      .filter((el) => el.getBoundingClientRect().width > 0)
      // A marker's own label sits inside it: only boxes that are not each other's.
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
    const found: string[] = []
    items.forEach((a, i) => {
      for (const b of items.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
        if (across > 0.5 && down > 0.5)
          found.push(
            `${a.el.getAttribute('aria-label') ?? a.el.textContent} / ${b.el.getAttribute('aria-label') ?? b.el.textContent}`,
          )
      }
    })
    return found
  })
}

for (const { lang, axis } of HISTORY_PAGES) {
  test(`the whole history names every year with events, none overlapping, from 320 px (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto(`${lang}${HISTORY}`)
    await waitForApp(page)
    const region = page.getByRole('region', { name: axis })
    for (const width of [320, 360, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 })
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      for (const year of YEARS) {
        const label = region.getByText(year, { exact: true })
        await expect(label, `${year} at ${width} px`).toBeVisible()
        // On a phone the strip scrolls sideways to it; the page itself never does.
        await label.scrollIntoViewIfNeeded()
        await expect(label, `${year} at ${width} px`).toBeInViewport()
        const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
        expect(size, `${year} at ${width} px`).toBeGreaterThanOrEqual(12)
      }
      expect(await crowded(page), `${lang} at ${width} px`).toEqual([])
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `page width at ${width} px`,
      ).toBeLessThanOrEqual(width)
      const { problems } = await measure(page)
      expect(problems, `${lang} at ${width} px`).toEqual([])
    }
  })
}

for (const width of [360, 1280]) {
  test(`a page of the history at ${width} px is drawn the same before scripts, after them and without them`, async ({
    page,
    browser,
  }) => {
    await recordLayoutShifts(page)
    await page.setViewportSize({ width, height: 800 })
    const release = await holdScripts(page)
    // A page of the history prerendered as such (a query is read by scripts only), the last
    // event's: on a phone the strip opens scrolled to it, before scripts as after.
    await page.goto('/events/fourth-round-2026', { waitUntil: 'commit' })
    await page.getByRole('region', { name: 'Time axis' }).waitFor()
    await documentRead(page)
    await page.evaluate(() => document.fonts.ready)
    const before = await axisDrawn(page)
    release()
    await waitForApp(page)
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    expect(before.filter((drawn) => YEARS.some((y) => drawn.startsWith(`${y} @`)))).toHaveLength(
      YEARS.length,
    )
    await expect(
      page.getByRole('group', { name: 'Japan', exact: true }).getByRole('link', {
        name: /4th round of the space dialogue/,
      }),
    ).toBeInViewport()
    expect(await axisDrawn(page), 'hydrated').toEqual(before)
    expect(await layoutShifts(page)).toEqual([])
    await page.unrouteAll()
    expect(await axisWithoutScripts(browser, page.url(), width), 'without scripts').toEqual(before)
  })
}
