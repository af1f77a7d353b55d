import { contentTextFor } from './contentText.ts'
import { LOCALES } from '../core/locales.ts'
import type { ContentKey } from './i18n/en.ts'
import type { Localized } from './types.ts'

/**
 * A content text by its key in the per-language modules (src/content/i18n/). Each language
 * is read when it is asked for, from the language modules loaded so far, so the records can
 * name their text once while a page downloads only its own language's.
 */
export function localized(key: ContentKey): Localized {
  const text = {}
  for (const locale of LOCALES) {
    Object.defineProperty(text, locale, {
      enumerable: true,
      get: () => contentTextFor(locale)[key],
    })
  }
  return text as Localized
}
