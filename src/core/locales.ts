// The list of languages: one row each, and the only module that knows a language code. Every
// other module reads what differs between languages from here (or from that language's
// messages and content text, loaded by the language's tag: src/lib/i18n.ts and
// src/content/contentText.ts), so a language is added with a row below plus its two text
// modules: `src/lib/messages/<tag>.ts`, whose type is checked against the English one, and
// `src/content/i18n/<tag>.ts`, checked against the English keys.
// tests/unit/locales.test.ts fails when a language code is compared anywhere else in src/,
// or when a row has no text modules.
//
// The ground floor: this module imports nothing, so that content, lib and everything above
// can use the table without a circle (tests/unit/import-graph.test.ts).
//
// CSS keeps `:lang(ja)` rules (global.css, EventDetail.module.css): they are about CJK
// typography (leading, strict line breaks, no upper-casing), so a row with `script: 'cjk'`
// names the selectors a new CJK language adds there; a Latin-script language needs no CSS.

/** How a language writes calendar dates (tests/unit/i18n.test.ts checks them against Intl). */
interface DatePattern {
  /** A day: `day` may be a span of days ("19–21"). */
  readonly day: (year: string, month: number, day: string) => string
  readonly month: (year: string, month: number) => string
  /** Two days of one month: "19–21 May 2023", "2023年5月19日～21日". */
  readonly daysInMonth: (year: string, month: number, first: number, last: number) => string
  /** Between two full dates of different months. */
  readonly rangeDash: string
  /** A tick on the time axis: "19", "19日". */
  readonly dayOfMonth: (day: number) => string
  /** A phone's tick where the month changes: "6 May", "6 mai", "5月6日". */
  readonly dayAndMonth: (month: number, day: number) => string
}

interface LocaleRow {
  /** BCP 47 tag for Intl, `<html lang>` and hreflang; British English matches the release. */
  readonly intlTag: string
  readonly ogLocale: string
  /** The first path segment; '' for the language at the unprefixed paths. */
  readonly pathPrefix: string
  /** The language's name in itself, as the switcher shows it. */
  readonly nativeName: string
  /**
   * The language's name in running text, as each language of the table writes it (a citation
   * of a source in another language says "(in English)", « (en anglais) »), by tag: a new row
   * names itself in every language, and every row names it (tests/unit/locales.test.ts).
   */
  readonly nameInText: Readonly<Record<string, string>>
  readonly direction: 'ltr' | 'rtl'
  /** 'cjk' languages share the `:lang()` typography rules named above. */
  readonly script: 'latin' | 'cjk'
  readonly dates: DatePattern
  /** Between the sentences of a summary read as running text. */
  readonly sentenceJoiner: string
  /** Between the names in a list on a link-preview image, and in a list of things. */
  readonly nameSeparator: string
  /** Before the last of a list of things (`listOf`): " and ", " et ", 、. */
  readonly lastNameJoiner: string
}

/**
 * Latin-script day and month patterns from tables of month names, full and short. `ordinal`
 * writes a day of the month as the language does in a date (French: "1er janvier", then
 * "2 janvier").
 */
function latinDates(
  months: readonly string[],
  short: readonly string[],
  ordinal: (day: string) => string = (day) => day,
): DatePattern {
  const name = (month: number) => months[month - 1] ?? String(month)
  return {
    day: (year, month, day) => `${ordinal(day)} ${name(month)} ${year}`,
    month: (year, month) => `${name(month)} ${year}`,
    daysInMonth: (year, month, first, last) =>
      `${ordinal(String(first))}–${last} ${name(month)} ${year}`,
    rangeDash: '–',
    dayOfMonth: (day) => String(day),
    dayAndMonth: (month, day) => `${ordinal(String(day))} ${short[month - 1] ?? name(month)}`,
  }
}

export const LOCALE_TABLE = {
  en: {
    intlTag: 'en-GB',
    ogLocale: 'en_GB',
    pathPrefix: '',
    nativeName: 'English',
    nameInText: { en: 'English', fr: 'anglais', ja: '英語' },
    direction: 'ltr',
    script: 'latin',
    // prettier-ignore
    dates: latinDates(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
    sentenceJoiner: ' ',
    nameSeparator: ', ',
    lastNameJoiner: ' and ',
  },
  fr: {
    intlTag: 'fr-FR',
    ogLocale: 'fr_FR',
    pathPrefix: 'fr',
    nativeName: 'Français',
    nameInText: { en: 'French', fr: 'français', ja: 'フランス語' },
    direction: 'ltr',
    script: 'latin',
    // prettier-ignore
    dates: latinDates(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
      (day) => (day === '1' ? '1er' : day)),
    sentenceJoiner: ' ',
    nameSeparator: ', ',
    lastNameJoiner: ' et ',
  },
  ja: {
    intlTag: 'ja-JP',
    ogLocale: 'ja_JP',
    pathPrefix: 'ja',
    nativeName: '日本語',
    nameInText: { en: 'Japanese', fr: 'japonais', ja: '日本語' },
    direction: 'ltr',
    script: 'cjk',
    dates: {
      day: (year, month, day) => `${year}年${month}月${day}日`,
      month: (year, month) => `${year}年${month}月`,
      daysInMonth: (year, month, first, last) => `${year}年${month}月${first}日～${last}日`,
      rangeDash: '～',
      dayOfMonth: (day) => `${day}日`,
      dayAndMonth: (month, day) => `${month}月${day}日`,
    },
    // Japanese sentences follow each other without a space; names are listed with 、.
    sentenceJoiner: '',
    nameSeparator: '、',
    lastNameJoiner: '、',
  },
} as const satisfies Readonly<Record<string, LocaleRow>>

export type Locale = keyof typeof LOCALE_TABLE

/** Every language, in the table's order (the switcher's, the sitemap's). */
export const LOCALES = Object.keys(LOCALE_TABLE) as readonly Locale[]

/** One row, typed as the row shape so that callers see no language's literal values. */
export function localeInfo(locale: Locale): LocaleRow {
  return LOCALE_TABLE[locale]
}

/**
 * Things listed as the language lists them: "A, B and C", « A, B et C », A、B、C. Written here
 * rather than with Intl.ListFormat for the reason dates are (src/lib/dates.ts): the first Intl
 * formatter a page creates makes Chromium load its ICU data, 40–70 ms of main thread during
 * hydration (docs/performance.md). tests/unit/i18n.test.ts checks it against Intl.
 */
export function listOf(locale: Locale, items: readonly string[]): string {
  const { nameSeparator, lastNameJoiner } = localeInfo(locale)
  const last = items.at(-1)
  if (last === undefined || items.length === 1) return last ?? ''
  return `${items.slice(0, -1).join(nameSeparator)}${lastNameJoiner}${last}`
}

/** A language's name in running text in the reader's language (tests check every pair exists). */
export function languageInText(language: Locale, reader: Locale): string {
  return localeInfo(language).nameInText[reader] ?? localeInfo(language).nativeName
}

/** The language at the unprefixed paths (the table's row with no prefix). */
export const DEFAULT_LOCALE: Locale =
  LOCALES.find((locale) => LOCALE_TABLE[locale].pathPrefix === '') ?? 'en'
