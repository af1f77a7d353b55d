import type { ContentText } from '../content/i18n/en.ts'
import { LOAD_TEXT, LOCALES, type Locale, type LocaleText } from './locales.ts'
import type { Messages } from './messages/en.ts'

// The languages loaded so far. In the browser a page loads its own language before it
// renders (the root route's beforeLoad) and another one when the reader moves to it, so the
// first load carries one language's text. Reading a language that is not loaded is a bug in
// that wiring, and throws rather than show text in the wrong language.

const loaded = new Map<Locale, LocaleText>()
const pending = new Map<Locale, Promise<void>>()

/** Fetches a language's messages and content text once; later calls share the first. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve()
  let loading = pending.get(locale)
  if (!loading) {
    loading = LOAD_TEXT[locale]()
      .then((text) => {
        loaded.set(locale, text)
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

function textOf(locale: Locale): LocaleText {
  const text = loaded.get(locale)
  if (!text) throw new Error(`The ${locale} text is read before it was loaded`)
  return text
}

export function messagesFor(locale: Locale): Messages {
  return textOf(locale).messages
}

/**
 * The interface text for a view in `locale`, or, when that language could not be fetched
 * (offline, say), in a language that is loaded: the error view that then says so, with its
 * retry button, must not fail in turn for want of its own words.
 */
export function interfaceText(locale: Locale): Messages {
  const text = loaded.get(locale) ?? loaded.values().next().value
  if (!text) throw new Error('No interface text is loaded')
  return text.messages
}

export function contentTextFor(locale: Locale): ContentText {
  return textOf(locale).content
}

// Outside the browser bundle (the prerenderer's SSR build, unit tests, Node scripts and the
// browser tests' own imports, where Vite's import.meta.env is missing) every page and file may
// need any language, and nothing is downloaded: load them all before anything reads them.
if (import.meta.env === undefined || import.meta.env.SSR || import.meta.env.MODE === 'test') {
  await loadAllLocales()
}
