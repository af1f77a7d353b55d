import { LOCALES, type Locale } from '../core/locales.ts'
import { loadAllLocales, messagesFor } from './i18n.ts'
import type { Messages } from './messages/en.ts'

// Every language's interface text at once, for build-time code and the tests. The app reads
// one language through src/lib/i18n.ts, so a page never loads the others' text.

export type { Messages }

await loadAllLocales()

export const messages: Readonly<Record<Locale, Messages>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, messagesFor(locale)]),
) as Record<Locale, Messages>
