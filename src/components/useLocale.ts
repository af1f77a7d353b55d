import { useParams, useSearch } from '@tanstack/react-router'
import type { CountryCode, Locale } from '../content/types.ts'
import { DEFAULT_LOCALE, localeFromParam } from '../lib/locale.ts'
import { messages, type Messages } from '../lib/messages.ts'

// Components far from the language route read the language from the URL through the
// router, so the URL stays the one source of truth.
export function useLocale(): Locale {
  const { lang } = useParams({ strict: false })
  return localeFromParam(lang) ?? DEFAULT_LOCALE
}

export function useMessages(): Messages {
  return messages[useLocale()]
}

export function useCountryFilter(): CountryCode | undefined {
  return useSearch({ strict: false, select: (search) => search.country })
}
