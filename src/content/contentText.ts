import type { Locale } from '../core/locales.ts'
import type { EventTextKey, EventTextOf } from './eventFile.ts'
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
  const module = (await import(`./i18n/${locale}.ts`)) as {
    readonly content: ContentText
    readonly events: Record<string, EventTextOf>
  }
  loaded.set(locale, { ...module.content, ...eventTextEntries(module.events) })
}

export function contentTextFor(locale: Locale): ContentText {
  const text = loaded.get(locale)
  if (!text) throw new Error(`The ${locale} content text is read before it was loaded`)
  return text
}

/**
 * One language's event text, from that language's export of every event file, under the keys
 * the records name it by (src/content/events.ts): `events.<id>.title`, `events.<id>.summary.0`…
 * The id is the file's name, which tests/unit/content-integrity.test.ts holds to the record's.
 */
function eventTextEntries(files: Record<string, EventTextOf>): Record<EventTextKey, string> {
  const entries: Record<EventTextKey, string> = {}
  for (const [path, text] of Object.entries(files)) {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.ts(\?.*)?$/, '')
    const put = (field: string, value: string) => {
      entries[`events.${id}.${field}`] = value
    }
    put('title', text.title)
    put('shortTitle', text.shortTitle)
    text.summary.forEach((sentence, i) => put(`summary.${i}`, sentence))
    if (text.place !== undefined) put('place.name', text.place)
    if (text.undatedWhy !== undefined) put('undated.why', text.undatedWhy)
    text.notes.forEach((note, i) => put(`notes.${i}`, note))
  }
  return entries
}
