// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, languageInText, LOCALE_TABLE, LOCALES } from '../../src/core/locales.ts'
import { contentTextFor } from '../../src/content/contentText.ts'
import { messagesFor } from '../../src/lib/i18n.ts'
import { content as englishContent } from '../../src/content/i18n/en.ts'

const SRC = join(import.meta.dirname, '../../src')
// The table itself, and the text modules, which are one language each and compare none.
const ALLOWED = new Set(['core/locales.ts'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.gen.ts') ? [path] : []
  })
}

/** Places where code decides by a language code written out, instead of asking the table. */
function languageComparisons(source: string): string[] {
  const code = LOCALES.join('|')
  const quoted = `['"\`](?:${code})['"\`]`
  const patterns = [
    new RegExp(`[!=]==?\\s*${quoted}`, 'g'),
    new RegExp(`${quoted}\\s*[!=]==?`, 'g'),
    new RegExp(`case\\s+${quoted}`, 'g'),
    new RegExp(`Exclude<\\s*Locale\\s*,[^>]*${quoted}`, 'g'),
    new RegExp(`\\[[^\\]]*${quoted}[^\\]]*\\]\\s*(?:as[^.]*)?\\.includes\\(`, 'g'),
  ]
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[0]))
}

describe('the locale table', () => {
  it('is the only place in src/ that compares a language code', () => {
    const found = sourceFiles(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => !ALLOWED.has(path))
      .flatMap((path) =>
        languageComparisons(readFileSync(join(SRC, path), 'utf8')).map((m) => `${path}: ${m}`),
      )
    expect(found).toEqual([])
  })

  it('would see the comparisons it forbids', () => {
    expect(languageComparisons("if (locale === 'ja') x")).toHaveLength(1)
    expect(languageComparisons("locale !== 'en' && y")).toHaveLength(1)
    expect(languageComparisons("  case 'fr':")).toHaveLength(1)
    expect(languageComparisons("Record<Exclude<Locale, 'ja'>, string>")).toHaveLength(1)
    expect(languageComparisons("['fr', 'ja'].includes(param)")).toHaveLength(1)
    expect(languageComparisons("country === 'JP' || lang: 'fr'")).toEqual([])
  })

  // Dates and lists are written from the table (src/lib/dates.ts, listOf): the first Intl
  // formatter a page makes loads Chromium's ICU data, 40–70 ms of main thread during
  // hydration, and one Intl.ListFormat in the exports had brought it back (docs/performance.md).
  it('leaves Intl formatters out of the browser’s code', () => {
    const intl = /new\s+Intl\.\w+|Intl\.\w+\s*\(|\.toLocale(?:Date|Time)?String\(/g
    const found = sourceFiles(SRC).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(intl)].map((m) => `${relative(SRC, path)}: ${m[0]}`),
    )
    expect(found).toEqual([])
  })

  it('puts exactly one language at the unprefixed paths, and each other under its own', () => {
    const prefixes = LOCALES.map((locale) => LOCALE_TABLE[locale].pathPrefix)
    expect(prefixes.filter((prefix) => prefix === '')).toHaveLength(1)
    expect(new Set(prefixes).size).toBe(prefixes.length)
    expect(LOCALE_TABLE[DEFAULT_LOCALE].pathPrefix).toBe('')
  })

  it('is the list of languages the JSON Schema of the data file accepts', () => {
    // The build writes these parts of public/data/schema.json from the table (vite.config.ts,
    // as it writes view.filter): this checks the committed file is the written one.
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../public/data/schema.json'), 'utf8'),
    ) as {
      $defs: {
        locale: { enum: string[] }
        localized: { required: string[]; properties: Record<string, unknown> }
      }
    }
    expect(schema.$defs.locale.enum).toEqual(LOCALES)
    expect(schema.$defs.localized.required).toEqual(LOCALES)
    expect(Object.keys(schema.$defs.localized.properties)).toEqual(LOCALES)
  })

  it('has every text module for every row, fetched by its tag', () => {
    for (const locale of LOCALES) {
      expect(existsSync(join(SRC, 'lib/messages', `${locale}.ts`)), locale).toBe(true)
      expect(existsSync(join(SRC, 'content/i18n', `${locale}.ts`)), locale).toBe(true)
      // The content parts some views load (src/content/contentText.ts, ContentPart).
      for (const part of ['history', 'rounds'])
        expect(
          existsSync(join(SRC, 'content/i18n', part, `${locale}.ts`)),
          `${part} ${locale}`,
        ).toBe(true)
    }
  })

  it('names every language in the running text of every language', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(LOCALE_TABLE[locale].nameInText).sort(), locale).toEqual(
        [...LOCALES].sort(),
      )
    }
    expect(languageInText('en', 'fr')).toBe('anglais')
    expect(languageInText('ja', 'en')).toBe('Japanese')
  })

  it('loads every language with the same content keys as English', () => {
    // The module's own keys, and each event's text filed from the event files.
    const keys = Object.keys(contentTextFor('en')).sort()
    expect(keys).toEqual(expect.arrayContaining(Object.keys(englishContent)))
    expect(keys).toContain('events.plenary.summary.0')
    for (const locale of LOCALES) {
      expect(Object.keys(contentTextFor(locale)).sort(), locale).toEqual(keys)
      expect(messagesFor(locale).siteTitle, locale).not.toBe('')
    }
  })
})
