import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { waitForApp } from './static-host'

/** Everything a reader (or a screen reader) gets from the page, to compare two views. */
async function snapshot(page: Page) {
  return {
    url: page.url(),
    title: await page.title(),
    main: await page.getByRole('main').ariaSnapshot(),
  }
}

// Sharing: the browser's share sheet where there is one, else the clipboard; either way a
// visible confirmation in a status region, and a link that is exactly the view, no more.

test.describe('copy link (no Web Share API)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  // [the address opened, the button's name, its confirmation, the link it must copy]
  const cases: [string, string, string, string][] = [
    [
      '/fr?country=JP&topic=industry',
      'Copier le lien',
      'Lien copié',
      '/fr?country=JP&topic=industry',
    ],
    // Lower case is forgiven and canonicalised; an unknown topic falls back to "all topics".
    [
      '/events/plenary?country=jp&topic=gardening',
      'Copy link',
      'Link copied',
      '/events/plenary?country=JP',
    ],
    ['/delegations/jp', 'Copy link', 'Link copied', '/delegations/jp'],
  ]
  for (const [path, name, confirmation, link] of cases) {
    test(`on ${path}, copies exactly ${link}, which opens the same view in a fresh browser`, async ({
      page,
      baseURL,
      freshContext,
    }) => {
      await page.goto(path)
      await expect(page).toHaveURL(`${baseURL}${link}`)
      await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible()
      const before = await snapshot(page)
      await page.getByRole('button', { name }).click()
      await expect(page.getByRole('status').filter({ hasText: confirmation })).toBeVisible()
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(copied).toBe(`${baseURL}${link}`)

      // A fresh context has no history, storage or cookies: only the link carries the view.
      const other = await (await freshContext()).newPage()
      await other.goto(copied)
      await expect(other.getByRole('main').getByRole('heading').first()).toBeVisible()
      await expect(other).toHaveURL(copied)
      // A filtered address is prerendered unfiltered and inert until the app renders over it.
      await expect(other.getByRole('main')).toMatchAriaSnapshot(before.main)
      expect(await snapshot(other)).toEqual(before)
    })
  }

  test('is on every view', async ({ page }) => {
    for (const [path, name] of [
      ['/', 'Copy link'],
      ['/events/g7-hiroshima', 'Copy link'],
      ['/delegations', 'Copy link'],
      ['/delegations/fr', 'Copy link'],
      ['/source', 'Copy link'],
      ['/fr/source', 'Copier le lien'],
      ['/ja/delegations/jp', 'リンクをコピー'],
    ] as const) {
      await page.goto(path)
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page.getByRole('button', { name }), path).toHaveCount(1)
    }
  })
})

test.describe('Web Share API', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = []
      Object.assign(window, { shareCalls: calls })
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          calls.push(data)
          if (sessionStorage.getItem('cancel-share') === '1')
            throw new DOMException('Share canceled', 'AbortError')
        },
      })
    })
  })

  test('hands the view’s title and exact address to the share sheet', async ({ page }) => {
    await page.goto('/ja/events/ariane-group-visit?country=FR')
    const button = page.getByRole('button', { name: '共有' })
    await button.click()
    await expect(page.getByRole('status').filter({ hasText: 'リンクを共有しました' })).toBeVisible()
    const calls = await page.evaluate(
      () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
    )
    expect(calls).toEqual([{ title: await page.title(), url: page.url() }])
    expect(page.url()).toMatch(/\/ja\/events\/ariane-group-visit\?country=FR$/)
  })

  test('says nothing when the reader closes the share sheet', async ({ page }) => {
    // The app's answer to the cancelled share runs in the microtasks after the rejection; a
    // task queued at the rejection runs after them, so its flag says "handled". Copying is
    // recorded too: falling back to the clipboard on a cancel would be a bug.
    await page.addInitScript(() => {
      const state = { shareHandled: false, copies: [] as string[] }
      Object.assign(window, { shareState: state })
      const share = navigator.share.bind(navigator)
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          const result = share(data)
          result.catch(() => setTimeout(() => (state.shareHandled = true)))
          return result
        },
      })
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void state.copies.push(text) },
      })
      // Every non-empty text any status region takes, in order.
      const texts: string[] = []
      Object.assign(window, { statusTexts: texts })
      new MutationObserver(() => {
        for (const region of document.querySelectorAll('[role="status"], output')) {
          const text = region.textContent?.trim() ?? ''
          if (text !== '' && texts.at(-1) !== text) texts.push(text)
        }
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    await page.goto('/source')
    await waitForApp(page)
    await page.evaluate(() => sessionStorage.setItem('cancel-share', '1'))
    await page.getByRole('button', { name: 'Share' }).click()
    const shareState = () =>
      page.evaluate(
        () =>
          (window as unknown as { shareState: { shareHandled: boolean; copies: string[] } })
            .shareState,
      )
    await expect.poll(shareState).toEqual({ shareHandled: true, copies: [] })
    const calls = await page.evaluate(
      () => (window as unknown as { shareCalls: unknown[] }).shareCalls.length,
    )
    expect(calls).toBe(1)
    // "Nothing shown" is the state before the click too, so waiting for it proves nothing. A
    // share that goes through shows its confirmation; every text the status regions had
    // since the page loaded must then be that one, and no earlier word about the cancel.
    await page.evaluate(() => sessionStorage.removeItem('cancel-share'))
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link shared' })).toBeVisible()
    const said = await page.evaluate(
      () => (window as unknown as { statusTexts: string[] }).statusTexts,
    )
    expect(said.filter((text) => /✓|shar|cop|cancel/i.test(text))).toEqual([
      expect.stringContaining('Link shared'),
    ])
  })
})
