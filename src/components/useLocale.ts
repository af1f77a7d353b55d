import { useParams } from '@tanstack/react-router'
import type { Locale } from '../content/types.ts'
import { DEFAULT_LOCALE, localeFromParam } from '../lib/locale.ts'
import { interfaceText } from '../lib/i18n.ts'
import type { Messages } from '../lib/messages.ts'

// Components far from the language route read the language from the URL through the
// router, so the URL stays the one source of truth. Selecting only `lang` matters: the whole
// params object changes with every event opened, and would re-render every component that
// shows text (nearly all of them) on each navigation.
export function useLocale(): Locale {
  const lang = useParams({ strict: false, select: (params) => params.lang })
  return localeFromParam(lang) ?? DEFAULT_LOCALE
}

export function useMessages(): Messages {
  return interfaceText(useLocale())
}
