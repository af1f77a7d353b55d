import { describe, expect, it } from 'vitest'
import {
  allEvents,
  allOrganisations,
  allPeople,
  allSources,
  allTopics,
} from '../../src/content/queries.ts'
import { LOCALES, type Localized } from '../../src/content/types.ts'
import { listOf } from '../../src/core/locales.ts'
import { formatDateValue } from '../../src/lib/dates.ts'
import { INTL_TAG, localeFromParam, preferredLocale } from '../../src/lib/locale.ts'
import { messages } from '../../src/lib/messages.ts'
import { flattenMessages } from './shown-strings.ts'

const JAPANESE = /[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/

const flatten = flattenMessages

// Strings that are rightly the same in English and French (or kept as names in every language).
const SAME_IN_FRENCH = new Set([
  'dateHeading',
  'roundsRows.date',
  'roundsRows.format',
  'participantsHeading',
  'sourcesHeading',
  'citationQuote',
  'sourcesCount',
  'announceEvent',
  'countryNames.FR',
  'languageNames.en',
  'languageNames.fr',
  'languageNames.ja',
  // Punctuation that the two languages share: a comma between list items and round brackets.
  'listSeparator',
  'aside',
  'rankAndTitle',
  // A dash between a name and a title or between two clauses; a line's first letter.
  'titleAfterName',
  'clauseJoiner',
  'ownLine',
])
// announceEvent only joins a title and a date, which are Japanese in real use.
const SAME_IN_JAPANESE = new Set([
  'languageNames.en',
  'languageNames.fr',
  'languageNames.ja',
  'announceEvent',
  // Capitalises a line's first letter, which Japanese does not have.
  'ownLine',
  // Japanese writes "URL" in Latin letters too.
  'sourceAddress',
])

describe('interface text', () => {
  const en = flatten(messages.en)

  it.each(['fr', 'ja'] as const)('has every English message in %s', (locale) => {
    const other = flatten(messages[locale])
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort())
    for (const [key, value] of other) expect(value.trim(), key).not.toBe('')
  })

  it('leaves no English in the French interface', () => {
    const fr = flatten(messages.fr)
    for (const [key, value] of fr) {
      const base = key.replace(/\(.*\)$/, '')
      if (SAME_IN_FRENCH.has(base)) continue
      expect(value, key).not.toBe(en.get(key))
    }
  })

  it('writes the Japanese interface in Japanese', () => {
    const ja = flatten(messages.ja)
    for (const [key, value] of ja) {
      const base = key.replace(/\(.*\)$/, '')
      if (SAME_IN_JAPANESE.has(base)) continue
      expect(value, key).not.toBe(en.get(key))
      // Sample arguments can be the only Latin text (an id); the sentence around them is Japanese.
      expect(value, key).toMatch(JAPANESE)
    }
  })
})

describe('content', () => {
  const texts: { where: string; text: Localized; names?: boolean }[] = [
    ...allEvents.flatMap((e) => [
      { where: `${e.id}.title`, text: e.title },
      ...e.summary.map((s, i) => ({ where: `${e.id}.summary[${i}]`, text: s.text })),
      ...e.notes.map((n, i) => ({ where: `${e.id}.notes[${i}]`, text: n.text })),
    ]),
    ...allPeople.map((p) => ({ where: `${p.id}.title`, text: p.title })),
    ...allTopics.flatMap((t) => [
      { where: `${t.id}.label`, text: t.label },
      { where: `${t.id}.description`, text: t.description },
    ]),
    ...allSources.map((s) => ({ where: `${s.id}.confidence`, text: s.confidence })),
  ]

  it.each(texts.map((t) => [t.where, t.text] as const))(
    '%s is written for each language',
    (_w, text) => {
      expect(text.fr).not.toBe(text.en)
      expect(text.ja).not.toBe(text.en)
      expect(text.ja).toMatch(JAPANESE)
    },
  )

  it('gives Japanese bodies their official Japanese names and French bodies their French ones', () => {
    for (const o of allOrganisations) {
      if (!o.official) continue
      expect(o.name[o.official.lang], o.id).toBe(o.official.text)
    }
    const jaxa = allOrganisations.find((o) => o.id === 'jaxa')
    expect(jaxa?.name.ja).toBe('宇宙航空研究開発機構')
    const cnes = allOrganisations.find((o) => o.id === 'cnes')
    expect(cnes?.name.fr).toBe('Centre national d’études spatiales')
  })

  it('writes names in the order each language uses', () => {
    const kasai = allPeople.find((p) => p.id === 'kasai')
    expect(kasai?.name).toEqual({ en: 'KASAI Yasuyuki', fr: 'KASAI Yasuyuki', ja: '河西康之' })
    // A spelling that only one secondary source gives says so through its citation.
    expect(kasai?.localCites?.ja?.[0]?.source).toBe('arabnews-jp')
  })
})

describe('dates', () => {
  it.each([
    ['en', '19 January 2023', 'May 2023', '19–21 May 2023'],
    ['fr', '19 janvier 2023', 'mai 2023', '19–21 mai 2023'],
    ['ja', '2023年1月19日', '2023年5月', '2023年5月19日～21日'],
  ] as const)('are written the %s way', (locale, day, month, range) => {
    expect(formatDateValue({ precision: 'day', date: '2023-01-19' }, locale)).toBe(day)
    expect(formatDateValue({ precision: 'month', month: '2023-05' }, locale)).toBe(month)
    const span = { precision: 'range', start: '2023-05-19', end: '2023-05-21' } as const
    expect(formatDateValue(span, locale)).toBe(range)
    expect(formatDateValue({ ...span, end: '2023-06-02' }, locale)).toContain(
      locale === 'ja' ? '～' : '–',
    )
  })

  // The tables in src/lib/dates.ts stand in for Intl (for speed in the browser); Node's ICU
  // is the reference they must agree with, day by day, for every language.
  it.each(['en', 'fr', 'ja'] as const)(
    'agree with Intl for every day of 2019–2028 in %s',
    (locale) => {
      const tag = INTL_TAG[locale]
      const days = new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      const months = new Intl.DateTimeFormat(tag, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
      for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10)
        // Intl writes "1 janvier"; French typography wants the ordinal "1er janvier".
        const expected = locale === 'fr' ? days.format(t).replace(/^1 /, '1er ') : days.format(t)
        expect(formatDateValue({ precision: 'day', date: iso }, locale)).toBe(expected)
        if (iso.endsWith('-01'))
          expect(formatDateValue({ precision: 'month', month: iso.slice(0, 7) }, locale)).toBe(
            months.format(t),
          )
      }
    },
  )

  // listOf (src/core/locales.ts) stands in for Intl.ListFormat, for the same reason.
  it.each(['en', 'fr', 'ja'] as const)('list things as Intl does in %s', (locale) => {
    const lists = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' })
    const names = ['Plenary', 'Start-ups', 'ArianeGroup', 'G7 Summit', '日本']
    for (let n = 0; n <= names.length; n++)
      expect(listOf(locale, names.slice(0, n))).toBe(lists.format(names.slice(0, n)))
  })

  it('write a range across months as two full dates', () => {
    const span = { precision: 'range', start: '2023-05-30', end: '2023-06-02' } as const
    expect(formatDateValue(span, 'en')).toBe('30 May 2023 – 2 June 2023')
    expect(formatDateValue(span, 'fr')).toBe('30 mai 2023 – 2 juin 2023')
    expect(formatDateValue(span, 'ja')).toBe('2023年5月30日 ～ 2023年6月2日')
    expect(formatDateValue({ ...span, end: span.start }, 'fr')).toBe('30 mai 2023')
  })
})

describe('language selection', () => {
  it('reads the path segment strictly', () => {
    expect(localeFromParam(undefined)).toBe('en')
    expect(localeFromParam('fr')).toBe('fr')
    expect(localeFromParam('ja')).toBe('ja')
    for (const bad of ['en', 'FR', 'de', '', 'ja-JP', '<script>'])
      expect(localeFromParam(bad)).toBeUndefined()
  })

  it('follows the first preferred language it serves', () => {
    expect(preferredLocale(['de-DE', 'ja-JP', 'fr'])).toBe('ja')
    expect(preferredLocale(['fr-CA'])).toBe('fr')
    expect(preferredLocale(['de', 'es'])).toBe('en')
    expect(preferredLocale([])).toBe('en')
  })

  it('covers every language', () => {
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort())
  })
})
