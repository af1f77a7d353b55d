// Text widths for the preview cards from the fonts resvg draws them with (fonts.js finds the
// files), read by fontkit: each glyph's advance from the font's own tables, so a title is
// wrapped by what it will measure, not by a guess per letter. Advances are summed without
// kerning, which in these fonts only ever tightens Latin pairs: a line measured here is never
// narrower than it is drawn. tests/unit/previews.test.ts checks the drawn pixels.
import { openSync } from 'fontkit'
import { findFontFiles } from './fonts.js'

/** @typedef {'sans' | 'sansBold' | 'serifBold'} Face */

/**
 * The face resvg picks for each of the card's styles (the first family of fonts.js's FAMILIES,
 * at the SVG's weight), and DejaVu, which resvg falls back to for a glyph Noto CJK lacks.
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
