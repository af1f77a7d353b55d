import type { Locale } from '../content/types.ts'

export const DEFAULT_LOCALE: Locale = 'en'

/** Languages that carry a path prefix; English lives at the unprefixed paths. */
export const PREFIXED_LOCALES = ['fr', 'ja'] as const satisfies readonly Locale[]

/** The language a `{-$lang}` path segment names, or undefined when it names none we serve. */
export function localeFromParam(param: string | undefined): Locale | undefined {
  if (param === undefined) return DEFAULT_LOCALE
  return (PREFIXED_LOCALES as readonly string[]).includes(param) ? (param as Locale) : undefined
}

/** The path segment for a language: undefined keeps English unprefixed. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale
}

/** BCP 47 tags for Intl and `<html lang>`; British English matches the release's spelling. */
export const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR', ja: 'ja-JP' }

/**
 * The first of the reader's preferred languages that we serve, for a bare visit to `/` only.
 * Anything explicit in the URL always wins over this.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'en' || base === 'fr' || base === 'ja') return base
  }
  return DEFAULT_LOCALE
}
