// The fonts the preview images are drawn with, found through fontconfig (or at Debian's paths)
// and read by name (metrics.js), so the cards look the same whatever else is installed. Japanese,
// and the Latin of every language, come from Noto Sans/Serif CJK JP (Debian's fonts-noto-cjk,
// whose fonts carry Latin glyphs too); DejaVu (fonts-dejavu-core) covers any Latin character
// they lack. Without a CJK font the Japanese cards would be blank or tofu, so the build stops.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The faces the cards use (regular and bold sans, bold serif), as family and style. Only
 * these files are loaded: each Noto CJK collection is 20–27 MB, and resvg reads every file it
 * is given for every card.
 * @type {readonly (readonly [string, string])[]}
 */
const WANTED = [
  ['Noto Sans CJK JP', 'Regular'],
  ['Noto Sans CJK JP', 'Bold'],
  ['Noto Serif CJK JP', 'Bold'],
  ['DejaVu Sans', 'Book'],
  ['DejaVu Sans', 'Bold'],
  ['DejaVu Serif', 'Bold'],
]

/** Where Debian puts these faces, for a machine without fontconfig's fc-list. */
const DEBIAN_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
]

/**
 * The installed files of the WANTED faces, as fontconfig lists them.
 * @returns {string[] | undefined} undefined when fc-list is not installed
 */
function listedFiles() {
  /** @type {string} */
  let listing
  try {
    listing = execFileSync('fc-list', ['-f', '%{file}|%{family}|%{style}\\n'], {
      encoding: 'utf8',
    })
  } catch {
    return undefined
  }
  /** @type {Set<string>} */
  const files = new Set()
  for (const line of listing.split('\n')) {
    const [file, families, styles] = line.split('|')
    if (file === undefined || families === undefined || styles === undefined) continue
    const names = families.split(',')
    // A face's own style comes first; condensed cuts list "Condensed Bold,Bold".
    const face = styles.split(',')[0]
    if (WANTED.some(([family, style]) => names.includes(family) && face === style)) {
      files.add(file)
    }
  }
  return [...files]
}

/**
 * The font files to load. Throws when no Noto Sans CJK is installed.
 * @returns {string[]}
 */
export function findFontFiles() {
  const files = listedFiles() ?? DEBIAN_FILES.filter((file) => existsSync(file))
  if (!files.some((file) => /NotoSansCJK/i.test(file))) {
    throw new Error(
      'og: no Noto Sans CJK JP font found; Japanese previews need it: apt-get install fonts-noto-cjk',
    )
  }
  return files.sort()
}
