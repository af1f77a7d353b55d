// Rasterises the preview cards with resvg (no browser), caching each PNG under
// node_modules/.cache/og/ by a hash of its SVG, the fonts and the renderer's version, so a
// build redraws only the cards whose content changed. The missing cards are drawn in one
// render (see png.js for why), off the main thread (resvg's renderAsync).
import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { renderAsync } from '@resvg/resvg-js'
import { findFontFiles } from './fonts.js'
import { encodePng } from './png.js'
import { cardSvg, HEIGHT, WIDTH } from './svg.js'

/** @typedef {import('../../src/lib/previewCard.ts').PreviewCard} PreviewCard */

const CACHE_DIR = resolve('node_modules/.cache/og')

/**
 * resvg's options for every card: only the fonts we name, so the result does not depend on
 * what else a machine has installed.
 * @param {readonly string[]} fontFiles
 * @returns {import('@resvg/resvg-js').ResvgRenderOptions}
 */
export function renderOptions(fontFiles) {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'Noto Sans CJK JP',
      sansSerifFamily: 'Noto Sans CJK JP',
      serifFamily: 'Noto Serif CJK JP',
    },
    fitTo: { mode: 'original' },
    logLevel: 'error',
  }
}

/**
 * One SVG rasterised (its RGBA pixels and PNG bytes).
 * @param {string} svg
 * @param {readonly string[]} fontFiles
 */
export function renderImage(svg, fontFiles) {
  return renderAsync(svg, renderOptions(fontFiles))
}

/**
 * What, besides the SVG, decides the pixels: the fonts (path, size, date) and resvg's version.
 * @param {readonly string[]} fontFiles
 */
async function environmentKey(fontFiles) {
  const pkg = JSON.parse(
    await readFile(resolve('node_modules/@resvg/resvg-js/package.json'), 'utf8'),
  )
  const fonts = await Promise.all(
    fontFiles.map(async (file) => {
      const info = await stat(file)
      return `${file}:${info.size}:${info.mtimeMs}`
    }),
  )
  return [`resvg ${String(pkg.version)}`, ...fonts].join('\n')
}

/**
 * Writes each card's PNG to `outDir/<file>`.
 * @param {readonly { file: string, card: PreviewCard }[]} cards
 * @param {string} outDir
 * @returns {Promise<{ drawn: number, cached: number }>}
 */
export async function renderCards(cards, outDir) {
  const fontFiles = findFontFiles()
  const environment = await environmentKey(fontFiles)
  await mkdir(CACHE_DIR, { recursive: true })
  const jobs = await Promise.all(
    cards.map(async ({ file, card }) => {
      const svg = cardSvg(card)
      const hash = createHash('sha256').update(environment).update('\n').update(svg).digest('hex')
      const cached = join(CACHE_DIR, `${hash}.png`)
      const hit = await stat(cached).then(
        () => true,
        () => false,
      )
      return { file, svg, cached, hit }
    }),
  )
  const missing = jobs.filter((job) => !job.hit)
  if (missing.length > 0) {
    // All missing cards in one tall sheet, rendered once and cut into one PNG per card.
    const sheet = await renderImage(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT * missing.length}">${missing
        .map((job, i) => job.svg.replace('<svg ', `<svg y="${HEIGHT * i}" `))
        .join('\n')}</svg>`,
      fontFiles,
    )
    const pixels = sheet.pixels
    await Promise.all(
      missing.map(async (job, i) => {
        // Written under a temporary name and renamed, so a parallel build never copies half a file.
        const partial = `${job.cached}.${process.pid}.tmp`
        await writeFile(partial, encodePng(pixels, WIDTH, HEIGHT * i, HEIGHT))
        await rename(partial, job.cached)
      }),
    )
  }
  await Promise.all(
    jobs.map(async (job) => {
      const target = join(outDir, job.file)
      await mkdir(dirname(target), { recursive: true })
      await copyFile(job.cached, target)
    }),
  )
  return { drawn: missing.length, cached: jobs.length - missing.length }
}
