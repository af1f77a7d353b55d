import { createHash } from 'node:crypto'
import { absoluteUrl, previewImagePath, SHARE_IMAGE } from '../../src/lib/seo.ts'
import { expect, test } from './fixtures'
import { writtenPages, pngHeader, SHARE_PNG, SITE, STATIC_URL } from './static-host'

// Every prerendered page names its own preview image, drawn at build time: the file exists,
// is a 1200×630 PNG, and no two pages (in any language) share one.

test.use({ baseURL: STATIC_URL, javaScriptEnabled: false })

test('every page names its own 1200×630 preview, with a localised description', async ({
  page,
  request,
}) => {
  // Opens every page in turn: beside a second suite on two cores that took over a minute.
  test.setTimeout(180_000)
  const hashes = new Set<string>()
  for (const entry of writtenPages()) {
    await page.goto(`${SITE.basePath}${entry.path.slice(1)}`)
    const meta = (selector: string) => page.locator(selector).getAttribute('content')
    const image = await meta('meta[property="og:image"]')
    expect(image, entry.path).toBe(absoluteUrl(SITE, previewImagePath(entry.view, entry.locale)))
    expect(await meta('meta[name="twitter:image"]')).toBe(image)
    expect(await meta('meta[property="og:image:alt"]')).toBe(entry.card?.alt)
    expect(await meta('meta[property="og:image:width"]')).toBe(String(SHARE_IMAGE.width))
    expect(await meta('meta[property="og:image:height"]')).toBe(String(SHARE_IMAGE.height))

    const response = await request.get(new URL(image ?? '', STATIC_URL).pathname)
    expect(response.status(), entry.path).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    const png = await response.body()
    expect(pngHeader(png)).toEqual(SHARE_PNG)
    hashes.add(createHash('sha256').update(png).digest('hex'))
  }
  expect(hashes.size).toBe(writtenPages().length)
})

test('the alt text is in the page language', async ({ page }) => {
  await page.goto(`${SITE.basePath}ja/events/plenary`)
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
    'content',
    /^リンクプレビュー画像：国防・国家安全保障事務総局で宇宙対話の全体会合/,
  )
  await page.goto(`${SITE.basePath}fr/events/plenary`)
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
    'content',
    /^Carte d’aperçu du lien\u202f: Séance plénière/,
  )
})
