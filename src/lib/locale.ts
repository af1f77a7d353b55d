import { DEFAULT_LOCALE, LOCALE_TABLE, LOCALES, localeInfo, type Locale } from '../core/locales.ts'

export { DEFAULT_LOCALE }

/** The language a `{-$lang}` path segment names, or undefined when it names none we serve. */
export function localeFromParam(param: string | undefined): Locale | undefined {
  if (param === undefined) return DEFAULT_LOCALE
  // The unprefixed language has no segment of its own: /en/… is not one of its addresses.
  return LOCALES.find((locale) => param !== '' && LOCALE_TABLE[locale].pathPrefix === param)
}

/** The path segment for a language: undefined keeps the default language unprefixed. */
export function langParam(locale: Locale): string | undefined {
  return localeInfo(locale).pathPrefix || undefined
}

/** The tag for a language's address segment that only redirects (/en/… to the plain path). */
export function redirectsToDefault(param: string | undefined): boolean {
  return param === DEFAULT_LOCALE
}

/** BCP 47 tags for Intl, hreflang and `<html lang>`. */
export const INTL_TAG: Readonly<Record<Locale, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, localeInfo(locale).intlTag]),
) as Record<Locale, string>

/**
 * The first of the reader's preferred languages that we serve, for a bare visit to `/` only.
 * Anything explicit in the URL always wins over this.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    const served = LOCALES.find((locale) => locale === base)
    if (served) return served
  }
  return DEFAULT_LOCALE
}

/** A stored language choice, if it still names a language we serve. */
export function servedLocale(value: string | null): Locale | undefined {
  return LOCALES.find((locale) => locale === value)
}
