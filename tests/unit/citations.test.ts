import ICAL from 'ical.js'
import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dialogue } from '../../src/content/dialogue.ts'
import { allEvents, allOrganisations, allTopics, findSource } from '../../src/content/queries.ts'
import { displayQuote, normaliseForMatch } from '../../src/content/quote.ts'
import { eventCites } from '../../src/content/sentences.ts'
import type {
  Citation,
  Locale,
  Localized,
  Sentence,
  TimelineEvent,
} from '../../src/content/types.ts'
import { buildDataExport } from '../../src/lib/dataExport.ts'
import { eventsToCalendar } from '../../src/lib/ics.ts'
import { HISTORY_TIME } from '../../src/lib/timeRange.ts'
import { renderRoute } from './render.tsx'

// Each sentence of a summary (and each note) says no more than its sources: it cites at least
// one passage, and the names, dates and places in it occur in what it cites.

// Words that start English sentences or join names without naming anything themselves.
const NOT_KEY = new Set([
  'A',
  'According',
  'Among',
  'At',
  'He',
  'In',
  'It',
  'Its',
  'Later',
  'Les',
  'On',
  'The',
  'They',
  'To',
  'Together',
])

/** Names, places, months and numbers in an English sentence. */
export function keyTerms(text: string): string[] {
  const words = text.match(/\p{Lu}[\p{L}\p{M}’'-]*|\d+/gu) ?? []
  return words.map((w) => w.replace(/[’']s$/, '')).filter((w) => !NOT_KEY.has(w))
}

/** Terms found neither in the cited passages nor in the titles of their sources (a page on
 * Les Mureaux, a Japanese report), which say what a passage is about. */
export function missingTerms(sentence: Sentence): string[] {
  // (Not the release's own title, whose date would vouch for any sentence about January 2023.)
  const cited = sentence.cites.map((c) => {
    const source = findSource(c.source)
    return source?.kind === 'secondary' ? `${c.quote} ${source.title.en}` : c.quote
  })
  const quoted = normaliseForMatch(cited.join(' ')).toLowerCase()
  return keyTerms(sentence.text.en).filter((term) => !quoted.includes(term.toLowerCase()))
}

const sentences: { where: string; sentence: Sentence }[] = [
  ...dialogue.summary.map((sentence, i) => ({ where: `overview[${i}]`, sentence })),
  ...allEvents.flatMap((e) => [
    ...e.summary.map((sentence, i) => ({ where: `${e.id}.summary[${i}]`, sentence })),
    ...e.notes.map((sentence, i) => ({ where: `${e.id}.notes[${i}]`, sentence })),
  ]),
]

describe('summary sentences', () => {
  it('are checked the way they are meant to be', () => {
    const cite: Citation = { source: 'press-release', quote: 'held on 19th January 2023 in Paris' }
    const text = (en: string) => ({ en, fr: en, ja: en })
    expect(
      missingTerms({ text: text('On 19 January 2023 they met in Paris.'), cites: [cite] }),
    ).toEqual([])
    // The old overview: one passage about the bonds behind a sentence about Paris and January.
    expect(
      missingTerms({
        text: text('In January 2023, French and Japanese officials met in Paris.'),
        cites: [
          { source: 'press-release', quote: 'to reassert the bonds that unite France and Japan' },
        ],
      }),
    ).toEqual(['January', '2023', 'French', 'Japanese', 'Paris'])
  })

  it('exist for the overview and every event', () => {
    expect(dialogue.summary.length).toBeGreaterThan(0)
    for (const e of allEvents) expect(e.summary.length, e.id).toBeGreaterThan(0)
  })

  it.each(sentences.map((s) => [s.where, s.sentence] as const))(
    '%s cites a passage that carries its names, dates and places',
    (_where, sentence) => {
      expect(sentence.cites.length).toBeGreaterThan(0)
      expect(missingTerms(sentence)).toEqual([])
    },
  )

  it.each(sentences.map((s) => [s.where, s.sentence] as const))(
    '%s gives the same numbers in every language',
    (_where, sentence) => {
      for (const n of sentence.text.en.match(/\d+/g) ?? []) {
        expect(sentence.text.fr, n).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`))
        expect(sentence.text.ja, n).toMatch(new RegExp(`(^|\\D)${n}(\\D|$)`))
      }
    },
  )
})

// Words that key terms miss because they are not capitalised, matched in every language
// whatever their case: a relative date ("ten days before", 翌日) says how two dates stand, so
// its sentence must cite a passage for each; a role word ("host", 会場) says who received whom
// or where a meeting sat, so a cited passage must say so.
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December'
const RELATIVE_DATE: Localized = {
  en: String.raw`\b(?:(?:ten|\d+|a few|two|three)\s+days?\s+(?:before|after|later|earlier)|the\s+day\s+(?:before|after)|next\s+day|previous\s+day)\b`,
  fr: String.raw`(?:\bla\s+veille\b|\b(?:au\s+|le\s+)?lendemain\b|\b(?:dix|\d+|deux|trois)\s+jours\b)`,
  ja: String.raw`(?:翌日|前日|\d+日前|\d+日後)`,
}
const HOST_WORD: Localized = {
  en: String.raw`\bhost(?:s|ed|ing)?\b`,
  fr: String.raw`(?:\bhôtes?\b|\baccueilli|\borganisée?s?\s+par\b)`,
  ja: String.raw`(?:主催|受け入れ|受入れ)`,
}
const VENUE_WORD: Localized = {
  en: String.raw`\bvenue\b`,
  fr: String.raw`\blieu\b`,
  ja: String.raw`会場`,
}
/** A passage that says who hosted, organised or invited: the release never does. */
const CARRIES_HOST = /\b(?:host(?:s|ed)?|organi[sz]ed\s+by|invited\s+by|at\s+the\s+invitation)\b/i
/** A passage that says where a meeting was held. */
const CARRIES_VENUE = /\bheld\b[^.]*\bat\b/i

/** The days of the month a passage dates ("19th January", "9 January 2023"). */
export function datesIn(quote: string): Set<string> {
  const days = new Set<string>()
  for (const m of quote.matchAll(
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS})\b`, 'gi'),
  ))
    days.add(`${m[1]} ${m[2]?.toLowerCase()}`)
  return days
}

/** The relative dates and role words in a text that its cited passages do not carry. */
export function unbackedWords(text: Localized, cites: readonly Citation[]): string[] {
  const problems: string[] = []
  const quotes = cites.map((c) => normaliseForMatch(c.quote))
  const dated = new Set(quotes.flatMap((q) => [...datesIn(q)]))
  for (const locale of Object.keys(text) as Locale[]) {
    const find = (pattern: string) => new RegExp(pattern, 'iu').exec(text[locale])?.[0]
    const relative = find(RELATIVE_DATE[locale])
    if (relative !== undefined && dated.size < 2)
      problems.push(`${locale} “${relative}”: cite a passage for each of the two dates`)
    const host = find(HOST_WORD[locale])
    if (host !== undefined && !quotes.some((q) => CARRIES_HOST.test(q)))
      problems.push(`${locale} “${host}”: no cited passage says who hosted`)
    const venue = find(VENUE_WORD[locale])
    if (venue !== undefined && !quotes.some((q) => CARRIES_VENUE.test(q)))
      problems.push(`${locale} “${venue}”: no cited passage says where it was held`)
  }
  return problems
}

// Everything written with its own citations: summaries and notes, organisations' notes (with
// the body's passage and the note's own), topics' descriptions.
const cited: { where: string; text: Localized; cites: readonly Citation[] }[] = [
  ...sentences.map(({ where, sentence }) => ({
    where,
    text: sentence.text,
    cites: sentence.cites,
  })),
  ...allOrganisations.flatMap((o) =>
    o.note === undefined
      ? []
      : [
          {
            where: `${o.id}.note`,
            text: o.note,
            cites: [o.cite, ...(o.noteCite === undefined ? [] : [o.noteCite])],
          },
        ],
  ),
  ...allTopics.map((t) => ({ where: `topic ${t.id}`, text: t.description, cites: [t.cite] })),
]

describe('relative dates and role words', () => {
  const PLENARY: Citation = {
    source: 'press-release',
    quote: 'was held on Thursday, 19th January 2023 at the Secretariat-General',
  }
  const VISIT: Citation = { source: 'press-release', quote: 'On Friday, 20th January 2023' }
  const same = (en: string, fr: string, ja: string): Localized => ({ en, fr, ja })

  it('are checked the way they are meant to be', () => {
    // Whatever the case, in every language; one date cannot carry "the day after".
    expect(
      unbackedWords(same('The day after the plenary, a visit.', 'Une visite.', '訪問。'), [VISIT]),
    ).toHaveLength(1)
    expect(
      unbackedWords(same('A visit.', 'Le lendemain, une visite.', '翌日に訪問。'), [VISIT]),
    ).toHaveLength(2)
    expect(
      unbackedWords(same('The day after the plenary.', 'Le lendemain.', '翌日。'), [
        VISIT,
        PLENARY,
      ]),
    ).toEqual([])
    // Nothing in the release says who hosted; where the plenary sat, it does.
    expect(unbackedWords(same('Host of the plenary.', 'Hôte.', '主催。'), [PLENARY])).toHaveLength(
      3,
    )
    expect(unbackedWords(same('Venue of the plenary.', 'Lieu.', '会場。'), [VISIT])).toHaveLength(3)
    expect(unbackedWords(same('Venue of the plenary.', 'Lieu.', '会場。'), [PLENARY])).toEqual([])
  })

  it.each(cited.map((c) => [c.where, c] as const))(
    '%s: each relative date and role word is carried by a cited passage',
    (_where, { text, cites }) => {
      expect(unbackedWords(text, cites)).toEqual([])
    },
  )
})

describe('the same citations travel with the text', () => {
  it('into the JSON file, sentence by sentence', () => {
    const data = buildDataExport(allEvents, {
      now: new Date('2026-11-27T00:00:00Z'),
      language: 'en',
      filter: {},
      viewUrl: 'https://example.test/',
      schemaUrl: 'https://example.test/data/schema.json',
      pageUrl: (event: TimelineEvent) => `https://example.test/events/${event.id}`,
      passageUrl: (cite: Citation) => `https://example.test/source#${cite.source}`,
    })
    for (const event of allEvents) {
      const exported = data.events.find((e) => e.id === event.id)
      const shape = (list: readonly Sentence[]) =>
        list.map((s) => ({ text: s.text, quotes: s.cites.map((c) => displayQuote(c.quote)) }))
      const exportedShape = (list: NonNullable<typeof exported>['notes']) =>
        list.map((s) => ({ text: s.text, quotes: s.citations.map((c) => c.quote) }))
      expect(exportedShape(exported?.summarySentences ?? []), event.id).toEqual(
        shape(event.summary),
      )
      expect(exportedShape(exported?.notes ?? []), event.id).toEqual(shape(event.notes))
    }
  })

  it('into the calendar file, which names every source of the summary', () => {
    const { ics } = eventsToCalendar(allEvents, {
      locale: 'fr',
      now: new Date('2026-11-27T00:00:00Z'),
      pageUrl: (event) => `https://example.test/fr/events/${event.id}`,
    })
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const entries = calendar.getAllSubcomponents('vevent')
    expect(entries.length).toBeGreaterThan(0)
    for (const component of entries) {
      const id = String(component.getFirstPropertyValue('uid')).split('@')[0]
      const event = allEvents.find((e) => e.id === id)
      if (!event) throw new Error(`no event ${id}`)
      const description = String(component.getFirstPropertyValue('description'))
      for (const cite of eventCites(event))
        expect(description, id).toContain(findSource(cite.source)?.title.fr)
    }
  })

  it('into the print digest, which quotes every passage of each event', async () => {
    // The whole history, where every event is listed (the default view lists the mission's).
    const { container } = await renderRoute(`/?time=${HISTORY_TIME}`)
    const digest = container.querySelector('[data-print="only"]')
    if (!(digest instanceof HTMLElement)) throw new Error('no print digest')
    const articles = within(digest).getAllByRole('article')
    expect(articles).toHaveLength(allEvents.length)
    allEvents.forEach((event, i) => {
      for (const cite of [...eventCites(event), ...event.notes.flatMap((n) => n.cites)])
        expect(articles[i]?.textContent, event.id).toContain(displayQuote(cite.quote))
    })
  })
})
