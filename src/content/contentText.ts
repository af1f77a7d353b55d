import type { Locale } from '../core/locales.ts'
import type { EventTextKey, EventTextOf } from './eventFile.ts'
import type { ContentText } from './i18n/en.ts'

// The content's text, by language: `src/content/i18n/<tag>.ts` for each row of the locale
// table, fetched by its tag (no list of languages here to keep in step with the table).
// src/lib/i18n.ts loads it with the interface text: in the browser a page's own language before
// it renders, and outside the browser every language at start-up. Reading a language that is
// not loaded is a bug in that wiring, and throws rather than show text in the wrong language.

const loaded = new Map<Locale, ContentText>()

/**
 * Text that only some views read, one module per language in ./i18n/<part>/<tag>.ts, fetched
 * when such a view loads (its route's loader): the history's events (src/content/history.ts)
 * and the rounds compared (src/content/rounds.ts). The first screen needs neither.
 */
export type ContentPart = 'history' | 'rounds'

/** The parts asked for so far: every language loaded from then on brings them too. */
const wanted = new Set<ContentPart>()
const pendingParts = new Map<ContentPart, Promise<void>>()
/** The parts asked for since the last call of partsAskedFor (the prerenderer's, page by page). */
let asked = new Set<ContentPart>()

type TextModule = {
  readonly content?: Readonly<Record<string, string>>
  readonly events?: Record<string, EventTextOf>
}

/** One language's text of a part, under the keys the records name it by. */
async function partText(part: ContentPart, locale: Locale): Promise<Record<string, string>> {
  const module = (await import(`./i18n/${part}/${locale}.ts`)) as TextModule
  return { ...module.content, ...(module.events && eventTextEntries(module.events)) }
}

/** The text of every part in `parts`, in one language, in one record. */
async function partsText(parts: Iterable<ContentPart>, locale: Locale) {
  const texts = await Promise.all([...parts].map((part) => partText(part, locale)))
  return Object.assign({}, ...texts) as Record<string, string>
}

/** Fetches one language's content text (once; src/lib/i18n.ts shares the pending load). */
export async function loadContentText(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return
  const parts = new Set(wanted)
  const [module, text] = await Promise.all([
    import(`./i18n/${locale}.ts`) as Promise<TextModule & { readonly content: ContentText }>,
    partsText(parts, locale),
  ])
  // A part asked for while this language was on its way.
  const late = await partsText(
    [...wanted].filter((part) => !parts.has(part)),
    locale,
  )
  loaded.set(locale, {
    ...module.content,
    ...(module.events && eventTextEntries(module.events)),
    ...text,
    ...late,
  })
}

/**
 * Adds a part's text to every language loaded so far, and to each one loaded later. A language
 * still on its way adds it itself. Once loaded, later calls cost nothing.
 */
export async function loadContentPart(part: ContentPart): Promise<void> {
  asked.add(part)
  if (wanted.has(part)) return pendingParts.get(part)
  wanted.add(part)
  const loading = Promise.all(
    [...loaded.keys()].map(async (locale) => {
      const entries = await partText(part, locale)
      const text = loaded.get(locale)
      if (text) loaded.set(locale, { ...text, ...entries })
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // Offline, say: the next view that asks tries again.
      wanted.delete(part)
      throw error
    },
  )
  pendingParts.set(part, loading)
  return loading
}

/**
 * The parts asked for since the last call, then forgets them: the prerenderer lists a page's
 * on its boot script (scripts/page-chunks.js), so that it fetches them beside its route's code.
 */
export function partsAskedFor(): readonly ContentPart[] {
  const parts = [...asked]
  asked = new Set()
  return parts
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
