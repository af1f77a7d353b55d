import { describe, expect, it } from 'vitest'
import { findFontFiles } from '../../scripts/og/fonts.js'
import { renderImage } from '../../scripts/og/render.js'
import { cardSvg, HEIGHT, TITLE_BOX, WIDTH, wrap } from '../../scripts/og/svg.js'
import { allEvents } from '../../src/content/queries.ts'
import { formatDateValue } from '../../src/lib/dates.ts'
import { eventCard } from '../../src/lib/previewCard.ts'
import { sitePages } from '../../src/pages.ts'

// The pages the route tree declares (src/pages.ts), as the prerenderer writes them.
const PAGES = await sitePages()
/** The right edge of the card's text column (its title box). */
const TEXT_RIGHT = TITLE_BOX.x + TITLE_BOX.width

// The link-preview cards: what each says, how titles wrap, and that Japanese text is really
// drawn (a missing CJK font draws nothing; a wrong one draws the same box for every glyph).

const fonts = findFontFiles()

/** Dark pixels inside the title's box of a rendered card. */
async function titlePixels(svg: string): Promise<{ dark: number; box: Buffer }> {
  const image = await renderImage(svg, fonts)
  expect([image.width, image.height]).toEqual([WIDTH, HEIGHT])
  // A getter that copies the whole bitmap out of resvg on every access: read it once.
  const pixels = image.pixels
  const rows: Buffer[] = []
  let dark = 0
  for (let y = TITLE_BOX.y; y < TITLE_BOX.y + TITLE_BOX.height; y++) {
    const start = (y * WIDTH + TITLE_BOX.x) * 4
    const row = pixels.subarray(start, start + TITLE_BOX.width * 4)
    for (let i = 0; i < row.length; i += 4) {
      const luma =
        0.2126 * (row[i] ?? 255) + 0.7152 * (row[i + 1] ?? 255) + 0.0722 * (row[i + 2] ?? 255)
      if (luma < 96) dark += 1
    }
    rows.push(Buffer.from(row))
  }
  return { dark, box: Buffer.concat(rows) }
}

describe('preview cards', () => {
  it('say something different on every page and in every language', () => {
    // Every full page declares its card (src/lib/prerender.ts makes it required).
    const svgs = PAGES.flatMap((page) => (page.card ? [cardSvg(page.card)] : []))
    expect(new Set(svgs).size).toBe(PAGES.length)
  })

  it('carry the event title, its date at its stated precision, place, roles and the app name', () => {
    const card = eventCard('g7-hiroshima', 'fr')
    const g7 = allEvents.find((event) => event.id === 'g7-hiroshima')
    const stated = g7?.dates[0]?.value
    expect(stated?.precision).toBe('month')
    expect(card.title).toBe(g7?.title.fr)
    expect(card.kicker).toContain(stated ? formatDateValue(stated, 'fr') : 'missing')
    expect(card.kicker).toContain(g7?.place?.name.fr)
    expect(card.footer).toBe('Dialogue global franco-japonais sur l’espace')
    expect(card.flags.map((flag) => flag.country)).toEqual(
      Object.keys(g7?.roles ?? {}).sort((a, b) => (a === 'FR' ? -1 : b === 'FR' ? 1 : 0)),
    )
    expect(card.alt).toContain(card.title)
  })

  it('wrap Japanese between characters but never before 、 or 。, and Latin between words', () => {
    const lines = wrap('日仏包括的宇宙対話、全体会合。宇宙政策を共有した。', 60, 600)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[、。]/)
    expect(lines.join('')).toBe('日仏包括的宇宙対話、全体会合。宇宙政策を共有した。')
    const latin = wrap('Plenary of the space dialogue at the SGDSN', 60, 600)
    expect(latin.join(' ')).toBe('Plenary of the space dialogue at the SGDSN')
    for (const line of latin) expect(line).not.toMatch(/^\s|\s$/)
  })

  it('keep every text inside its box, with the longest title, kicker and label of each language', async () => {
    // Every full page's card, as the route declares it (src/lib/prerender.ts).
    const cards = PAGES.flatMap((page) => (page.card ? [page.card] : []))
    const longest = (locale: string, length: (card: (typeof cards)[number]) => number) =>
      cards
        .filter((card) => card.locale === locale)
        .reduce((a, b) => (length(b) > length(a) ? b : a))
    const chosen = ['en', 'fr', 'ja'].flatMap((locale) => [
      longest(locale, (card) => card.title.length),
      longest(locale, (card) => card.kicker.length),
      longest(locale, (card) => Math.max(...card.flags.map((flag) => flag.label.length))),
    ])
    const french = longest('fr', (card) => card.title.length)
    // Past three lines at the smallest size, the title ends with an ellipsis inside the box.
    chosen.push({ ...french, title: `${french.title} ${french.title} ${french.title}` })
    const svgs = chosen.map((card) => cardSvg(card))
    // One render of all of them, as scripts/og/render.js does: the fonts load once.
    const sheet = await renderImage(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT * svgs.length}">${svgs
        .map((svg, i) => svg.replace('<svg ', `<svg y="${HEIGHT * i}" `))
        .join('\n')}</svg>`,
      fonts,
    )
    const pixels = sheet.pixels
    // Places no text may reach: right of the text column, between the flags' labels or the
    // kicker and the emblem, and between the title's box and the rule under it.
    const margins = [
      { x0: TEXT_RIGHT + 4, x1: WIDTH, y0: 215, y1: HEIGHT },
      { x0: 952, x1: 975, y0: 40, y1: 250 },
      { x0: TITLE_BOX.x, x1: TEXT_RIGHT, y0: TITLE_BOX.y + TITLE_BOX.height + 1, y1: 545 },
    ]
    chosen.forEach((card, i) => {
      let ink = 0
      for (const { x0, x1, y0, y1 } of margins) {
        for (let y = y0; y < y1; y++) {
          for (let x = x0; x < x1; x++) {
            const at = ((HEIGHT * i + y) * WIDTH + x) * 4
            const [r = 0, g = 0, b = 0] = pixels.subarray(at, at + 3)
            // The background, #f7f6f2; anything else is ink.
            if (Math.abs(r - 0xf7) + Math.abs(g - 0xf6) + Math.abs(b - 0xf2) > 6) ink += 1
          }
        }
      }
      expect(ink, `${card.locale}: ${card.title} / ${card.kicker}`).toBe(0)
    })
  }, 120_000)

  it('draw Japanese titles with a CJK font: ink where the title is, and distinct glyphs', async () => {
    expect(fonts.some((file) => /NotoSansCJK/.test(file))).toBe(true)
    const base = eventCard('plenary', 'ja')
    const card = (title: string) => titlePixels(cardSvg({ ...base, title }))
    const [empty, japanese, other] = await Promise.all([
      card(''),
      card('宇宙対話の全体会合'),
      card('首相がパリを訪問中'),
    ])
    expect(empty.dark).toBe(0)
    expect(japanese.dark).toBeGreaterThan(3000)
    // Tofu would draw the same box for each of nine characters; real glyphs differ.
    expect(other.box.equals(japanese.box)).toBe(false)
    // Rasterising with 70 MB of CJK fonts takes seconds on a busy shared machine.
  }, 60_000)
})
