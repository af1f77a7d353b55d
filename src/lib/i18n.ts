import { loadContentText } from '../content/contentText.ts'
import { LOCALES, type Locale } from '../core/locales.ts'
import type { Messages } from './messages/en.ts'

// The languages loaded so far. In the browser a page loads its own language before it
// renders (the root route's beforeLoad) and another one when the reader moves to it, so the
// first load carries one language's text. Reading a language that is not loaded is a bug in
// that wiring, and throws rather than show text in the wrong language. Each language's text
// modules are fetched by its tag (`./messages/<tag>.ts`, and the content's
// `src/content/i18n/<tag>.ts`), so the locale table's row is the only list of languages.

const loaded = new Map<Locale, Messages>()
const pending = new Map<Locale, Promise<void>>()

/** Fetches a language's messages and content text once; later calls share the first. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve()
  let loading = pending.get(locale)
  if (!loading) {
    loading = Promise.all([
      import(`./messages/${locale}.ts`) as Promise<{ readonly messages: Messages }>,
      loadContentText(locale),
    ])
      .then(([module]) => {
        loaded.set(locale, module.messages)
      })
      .finally(() => pending.delete(locale))
    pending.set(locale, loading)
  }
  return loading
}

/** Every language: for files that carry all of them (the JSON data export). */
export function loadAllLocales(): Promise<void> {
  return Promise.all(LOCALES.map(loadLocale)).then(() => undefined)
}

export function messagesFor(locale: Locale): Messages {
  const messages = loaded.get(locale)
  if (!messages) throw new Error(`The ${locale} text is read before it was loaded`)
  return messages
}

/**
 * The interface text for a view in `locale`, or, when that language could not be fetched
 * (offline, say), in a language that is loaded: the error view that then says so, with its
 * retry button, must not fail in turn for want of its own words.
 */
export function interfaceText(locale: Locale): Messages {
  const messages = loaded.get(locale) ?? loaded.values().next().value
  if (!messages) throw new Error('No interface text is loaded')
  return messages
}

// Outside the browser bundle (the prerenderer's SSR build, unit tests, Node scripts and the
// browser tests' own imports, where Vite's import.meta.env is missing) every page and file may
// need any language, and nothing is downloaded: load them all before anything reads them.
if (import.meta.env === undefined || import.meta.env.SSR || import.meta.env.MODE === 'test') {
  await loadAllLocales()
}
