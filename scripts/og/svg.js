// Draws one page's link-preview card as an SVG string (1200×630), in the style of
// scripts/og-image.svg, whose emblem and flags it reuses. Titles are wrapped here, measured
// with the fonts they are drawn in, and every line of text is drawn as a shape made of its
// glyphs' outlines (metrics.js), which resvg rasterises far faster than it sets CJK text.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { textPath, textWidth } from './metrics.js'

/** @typedef {import('../../src/lib/previewCard.ts').PreviewCard} PreviewCard */

export const WIDTH = 1200
export const HEIGHT = 630
const LEFT = 80
const TEXT_WIDTH = WIDTH - 2 * LEFT
/** The title's box, also what tests look at to see that a title was drawn. */
export const TITLE_BOX = { x: LEFT, y: 262, width: TEXT_WIDTH, height: 270 }

// Relative to the project root, where the build and the tests run (as in scripts/prerender.js).
const base = readFileSync(resolve('scripts/og-image.svg'), 'utf8')

/**
 * A piece of scripts/og-image.svg, so the cards and the site-wide image share one drawing.
 * @param {RegExp} pattern
 * @param {string} what
 */
function fromBase(pattern, what) {
  const found = pattern.exec(base)?.[0]
  if (found === undefined) throw new Error(`og: scripts/og-image.svg has lost its ${what}`)
  return found
}
const DEFS = fromBase(/<defs>[\s\S]*?<\/defs>/, 'defs')
const EMBLEM = fromBase(/<!-- Orbit emblem[\s\S]*?(?=\s*<!-- Flags -->)/, 'emblem')
const FLAG_GROUPS = [
  ...fromBase(/<!-- Flags -->[\s\S]*?(?=<text)/, 'flags').matchAll(
    /<g transform="[^"]*">([\s\S]*?)<\/g>/g,
  ),
]
/** The inner drawing of each flag, 90×60 at the origin. */
const FLAGS = { FR: FLAG_GROUPS[0]?.[1] ?? '', JP: FLAG_GROUPS[1]?.[1] ?? '' }
if (FLAGS.FR === '' || FLAGS.JP === '') throw new Error('og: scripts/og-image.svg has lost a flag')

/** Full-width scripts: kana, CJK ideographs and punctuation, full-width forms. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u
/** Japanese punctuation that never starts a line (kinsoku). */
const NO_BREAK_BEFORE =
  /[、。，．・：；？！ー）」』】〉》〕～…‥ゃゅょっャュョッぁぃぅぇぉァィゥェォ]/u
/** Opening brackets that never end a line. */
const NO_BREAK_AFTER = /[（「『【〈《〔]/u

/**
 * Units that a line may not be broken inside: a word with its trailing space, or one wide
 * character with the punctuation that may not start the next line.
 * @param {string} text
 */
function units(text) {
  /** @type {string[]} */
  const out = []
  let current = ''
  for (const char of text) {
    const wide = WIDE.test(char)
    const glued =
      NO_BREAK_BEFORE.test(char) || (current !== '' && NO_BREAK_AFTER.test(current.slice(-1)))
    if (glued) current += char
    else if (
      wide ||
      /\s/.test(current.slice(-1)) ||
      (current !== '' && WIDE.test(current.slice(-1)))
    ) {
      if (current !== '') out.push(current)
      current = char
    } else current += char
  }
  if (current !== '') out.push(current)
  return out
}

/**
 * A unit wider than a whole line (a very long word) cut into pieces that fit, so that no line
 * is ever wider than the box.
 * @param {string} unit
 * @param {(text: string) => boolean} fits
 * @returns {string[]}
 */
function pieces(unit, fits) {
  if (fits(unit.trimEnd())) return [unit]
  /** @type {string[]} */
  const out = []
  let piece = ''
  for (const char of unit) {
    if (piece !== '' && !fits(piece + char)) {
      out.push(piece)
      piece = char
    } else piece += char
  }
  return piece === '' ? out : [...out, piece]
}

/**
 * Greedy wrap into lines of at most `width` pixels in `face` (the title's by default).
 * @param {string} text
 * @param {number} size
 * @param {number} width
 * @param {import('./metrics.js').Face} [face]
 * @returns {string[]}
 */
export function wrap(text, size, width, face = 'serifBold') {
  /** @param {string} candidate */
  const fits = (candidate) => textWidth(candidate, size, face) <= width
  /** @type {string[]} */
  const lines = []
  let line = ''
  for (const unit of units(text.replace(/\s+/g, ' ').trim()).flatMap((u) => pieces(u, fits))) {
    if (line !== '' && !fits((line + unit).trimEnd())) {
      lines.push(line.trimEnd())
      line = unit
    } else line += unit
  }
  if (line.trim() !== '') lines.push(line.trimEnd())
  return lines
}

/**
 * The biggest title size that fits in three lines; past the smallest size, the third line
 * ends with an ellipsis.
 * @param {string} title
 */
function titleLines(title) {
  for (const size of [66, 58, 50, 44]) {
    const lines = wrap(title, size, TEXT_WIDTH)
    if (lines.length <= 3) return { size, lines }
  }
  const lines = wrap(title, 44, TEXT_WIDTH)
  // The third line gives up characters until it fits with its ellipsis.
  let last = [...(lines[2] ?? '')]
  while (
    last.length > 0 &&
    textWidth(`${last.join('').trimEnd()}…`, 44, 'serifBold') > TEXT_WIDTH
  ) {
    last = last.slice(0, -1)
  }
  return { size: 44, lines: [...lines.slice(0, 2), `${last.join('').trimEnd()}…`] }
}

/**
 * The largest size up to `max` at which a one-line text fits `width` in `face` (widths grow in
 * proportion to the size).
 * @param {string} text
 * @param {number} max
 * @param {number} width
 * @param {import('./metrics.js').Face} face
 */
function fitSize(text, max, width, face) {
  return Math.min(max, Math.floor((max * width) / Math.max(1, textWidth(text, max, face))))
}

/**
 * One line of text drawn as a shape (metrics.js, textPath), in `face` at `size`.
 * @param {string} text
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {import('./metrics.js').Face} face
 * @param {string} fill
 */
function line(text, x, y, size, face, fill) {
  return `<path fill="${fill}" d="${textPath(text, x, y, size, face)}" />`
}

/**
 * The card as SVG.
 * @param {PreviewCard} card
 * @returns {string}
 */
export function cardSvg(card) {
  const flags = card.flags
    .map((flag, i) => {
      const y = 50 + i * 66
      return [
        `<g transform="translate(${LEFT} ${y}) scale(0.8)">${FLAGS[flag.country]}</g>`,
        line(
          flag.label,
          LEFT + 90,
          y + 34,
          fitSize(flag.label, 26, 780, 'sansBold'),
          'sansBold',
          '#4d5360',
        ),
      ].join('\n  ')
    })
    .join('\n  ')
  const title = titleLines(card.title)
  const lineHeight = Math.round(title.size * 1.22)
  const titleTop = TITLE_BOX.y + title.size
  const titleShapes = title.lines
    .map((text, i) =>
      line(text, LEFT, titleTop + i * lineHeight, title.size, 'serifBold', '#1a1d24'),
    )
    .join('\n  ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xml:lang="${card.locale}">
  ${DEFS}
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#f7f6f2" />
  <rect width="${WIDTH}" height="10" fill="#1e3a8a" />
  <rect x="${WIDTH / 2}" width="${WIDTH / 2}" height="10" fill="#b91c1c" />
  ${EMBLEM}
  ${flags}
  ${line(card.kicker, LEFT, 240, fitSize(card.kicker, 30, 860, 'sansBold'), 'sansBold', '#4d5360')}
  ${titleShapes}
  <line x1="${LEFT}" y1="548" x2="${WIDTH - LEFT}" y2="548" stroke="#8a8778" stroke-width="3" stroke-linecap="round" />
  ${line(card.footer, LEFT, 596, fitSize(card.footer, 28, TEXT_WIDTH, 'sans'), 'sans', '#4d5360')}
</svg>
`
}
