import type { TimelineEvent } from './types.ts'

// One file per event (src/content/events/<id>.ts): its data, `event`, and its text in every
// language, one export per language tag (`en`, `fr`, `ja`…). Adding an event is adding that
// file. The data and each language are separate exports so that a page still downloads only
// its own language: src/content/events.ts takes every file's `event`, and each language module
// (src/content/i18n/<tag>.ts) takes its own export of every file under a query of its own, so
// the bundler keeps the other languages' text, and the data, out of that language's chunk.

/** An event's data: everything but its words, which the language exports carry. */
export type EventRecord = Omit<
  TimelineEvent,
  'title' | 'shortTitle' | 'summary' | 'place' | 'undated' | 'notes'
> & {
  readonly summary: readonly SentenceRecord[]
  readonly place: WithoutName<NonNullable<TimelineEvent['place']>> | null
  readonly undated?: Omit<NonNullable<TimelineEvent['undated']>, 'why'>
  readonly notes: readonly SentenceRecord[]
}

/** Omit<T, 'name'> for each member of a union (a place in a city, or online) apart. */
type WithoutName<T> = T extends unknown ? Omit<T, 'name'> : never

type SentenceRecord = Omit<TimelineEvent['summary'][number], 'text'>

type Strings<T> = { readonly [K in keyof T]: string }

/**
 * An event's text in one language, shaped by its data: one string per sentence of the summary
 * and of the notes, a place name when it has a place, and why it has no date when it has none.
 * A sentence added to the data without its text in every language is a type error.
 */
export type EventText<E extends EventRecord> = {
  readonly title: string
  /** At most 28 characters in Latin scripts, 14 in Japanese (tests/unit/short-titles.test.ts). */
  readonly shortTitle: string
  readonly summary: Strings<E['summary']>
  readonly notes: Strings<E['notes']>
} & (E['place'] extends null ? { readonly place?: never } : { readonly place: string }) &
  (E extends { readonly undated: object }
    ? { readonly undatedWhy: string }
    : { readonly undatedWhy?: never })

/** Any event's text in one language, as the language modules read it. */
export interface EventTextOf {
  readonly title: string
  readonly shortTitle: string
  readonly summary: readonly string[]
  readonly notes: readonly string[]
  readonly place?: string
  readonly undatedWhy?: string
}

/** The key of one field of one event's text once loaded: `events.<id>.<field>`. */
export type EventTextKey = `events.${string}`
