// Text for the preview cards, from the fonts (fonts.js finds the files) read by fontkit: each
// glyph's advance from the font's own tables, so a title is wrapped by what it will measure,
// not by a guess per letter, and each glyph's outline, so a line is drawn as a shape exactly as
// wide as it was measured (advances summed without kerning). tests/unit/previews.test.ts checks
// the drawn pixels.
import { openSync } from 'fontkit'
import { findFontFiles } from './fonts.js'

/** @typedef {'sans' | 'sansBold' | 'serifBold'} Face */

/**
 * The face each of the card's text styles is drawn in, and DejaVu, for a character that
 * Noto CJK lacks.
 * @type {Readonly<Record<Face, { file: RegExp, name: string, fallback: RegExp }>>}
 */
const FACES = {
  sans: { file: /NotoSansCJK-Regular/, name: 'NotoSansCJKjp-Regular', fallback: /DejaVuSans\./ },
  sansBold: { file: /NotoSansCJK-Bold/, name: 'NotoSansCJKjp-Bold', fallback: /DejaVuSans-Bold/ },
  serifBold: {
    file: /NotoSerifCJK-Bold/,
    name: 'NotoSerifCJKjp-Bold',
    fallback: /DejaVuSerif-Bold/,
  },
}

/** @type {Map<Face, { main: import('fontkit').Font, fallback?: import('fontkit').Font }>} */
const opened = new Map()

/**
 * @param {string} file
 * @param {string} [name]
 */
function openFont(file, name) {
  const font = openSync(file, name)
  if (!('glyphsForString' in font)) throw new Error(`og: ${file} holds no single font ${name}`)
  return font
}

/** @param {Face} face */
function fontsOf(face) {
  let fonts = opened.get(face)
  if (!fonts) {
    const files = findFontFiles()
    const { file, name, fallback } = FACES[face]
    const main = files.find((f) => file.test(f))
    if (!main) throw new Error(`og: no font file for ${name}`)
    const other = files.find((f) => fallback.test(f))
    fonts = { main: openFont(main, name), fallback: other ? openFont(other) : undefined }
    opened.set(face, fonts)
  }
  return fonts
}

/** @type {Map<string, number>} */
const widths = new Map()

/**
 * The width of a text in ems of `face`: the sum of its glyphs' advances, each from Noto CJK or,
 * for a character it lacks, from DejaVu, as resvg draws it.
 * @param {string} text
 * @param {Face} face
 */
function ems(text, face) {
  const key = `${face}\n${text}`
  let width = widths.get(key)
  if (width === undefined) {
    const { main, fallback } = fontsOf(face)
    width = 0
    for (const char of text) {
      const [glyph] = main.glyphsForString(char)
      if (glyph && glyph.id !== 0) width += glyph.advanceWidth / main.unitsPerEm
      else {
        const [other] = fallback?.glyphsForString(char) ?? []
        width += other && fallback ? other.advanceWidth / fallback.unitsPerEm : 1
      }
    }
    widths.set(key, width)
  }
  return width
}

/**
 * The width in pixels of a text set in `face` at `size` pixels.
 * @param {string} text
 * @param {number} size
 * @param {Face} face
 */
export function textWidth(text, size, face) {
  return ems(text, face) * size
}

/**
 * A line of text as SVG path data, its baseline starting at (`x`, `y`): each glyph's outline
 * from the face `ems` measures it with (Noto CJK, or DejaVu for a character Noto lacks),
 * advanced by its width, so the line is exactly as wide as `textWidth` said when it was
 * wrapped. The cards draw their text as these shapes rather than as SVG text: resvg reads a
 * Noto CJK glyph's outline in about 5 ms, which made text 0.5 of each card's 0.55 CPU-second
 * (docs/ci.md); from outlines it draws a whole card in about 30 ms, and loads no font.
 * @param {string} text
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {Face} face
 */
export function textPath(text, x, y, size, face) {
  const { main, fallback } = fontsOf(face)
  let pen = x
  /** @type {string[]} */
  const parts = []
  for (const char of text) {
    let font = main
    /** @type {import('fontkit').Glyph | undefined} */
    let glyph = main.glyphsForString(char)[0]
    if (!glyph || glyph.id === 0) {
      const [other] = fallback?.glyphsForString(char) ?? []
      if (other && fallback) {
        glyph = other
        font = fallback
      } else glyph = undefined
    }
    if (!glyph) {
      // As `ems` counts it: a character no font has takes one em, and draws nothing.
      pen += size
      continue
    }
    const scale = size / font.unitsPerEm
    const d = glyph.path.scale(scale, -scale).translate(pen, y).toSVG()
    if (d !== '') parts.push(d)
    pen += glyph.advanceWidth * scale
  }
  return parts.join('')
}
