import ICAL from 'ical.js'
import { within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dialogue } from '../../src/content/dialogue.ts'
import { allEvents, findSource } from '../../src/content/queries.ts'
import { displayQuote, normaliseForMatch } from '../../src/content/quote.ts'
import { eventCites } from '../../src/content/sentences.ts'
import type { Citation, Sentence, TimelineEvent } from '../../src/content/types.ts'
import { buildDataExport } from '../../src/lib/dataExport.ts'
import { eventsToCalendar } from '../../src/lib/ics.ts'
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
    const { container } = await renderRoute('/')
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
