import type { Locale } from '../core/locales.ts'
import type { ContentText } from './i18n/en.ts'

// The content's text, by language: `src/content/i18n/<tag>.ts` for each row of the locale
// table, fetched by its tag (no list of languages here to keep in step with the table).
// src/lib/i18n.ts loads it with the interface text: in the browser a page's own language before
// it renders, and outside the browser every language at start-up. Reading a language that is
// not loaded is a bug in that wiring, and throws rather than show text in the wrong language.

const loaded = new Map<Locale, ContentText>()

/** Fetches one language's content text (once; src/lib/i18n.ts shares the pending load). */
export async function loadContentText(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return
  const module = (await import(`./i18n/${locale}.ts`)) as { readonly content: ContentText }
  loaded.set(locale, module.content)
}

export function contentTextFor(locale: Locale): ContentText {
  const text = loaded.get(locale)
  if (!text) throw new Error(`The ${locale} content text is read before it was loaded`)
  return text
}
