import { readFileSync } from 'node:fs'
import * as v from 'valibot'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LOCALES, type Citation, type TimelineEvent } from '../../src/content/types.ts'
import { filterSchema } from '../../src/lib/dataSchema.ts'
import { buildDataExport } from '../../src/lib/dataExport.ts'
import {
  chosenFacets,
  exportedFilter,
  facetCounts,
  facets,
  filterEvents,
  NO_FACETS,
  RETAINED_FACETS,
  type Facet,
  type FacetSelection,
} from '../../src/lib/facets.ts'
import { messages } from '../../src/lib/messages.ts'
import { parseSearch, stringifySearch, viewSearchSchema } from '../../src/lib/search.ts'
import { FIXTURE_EVENTS } from './fixtures/events.ts'
import { renderRoute } from './render.tsx'

// Driven by the registry: every facet, today's and any added later, must reach the address,
// the filter, the counts, the files and the printed page. A facet left out of one of them
// fails here by name.
const all = facets as readonly Facet[]
const select = (facet: Facet, value: string) => ({ [facet.id]: value }) as FacetSelection
const ids = (list: readonly TimelineEvent[]) => list.map((event) => event.id)
const fromAddress = (query: string) => v.parse(viewSearchSchema, parseSearch(query))

describe.each(all.map((facet) => [facet.id, facet] as const))('facet %s', (_, facet) => {
  it('has choices, and a key of its own', () => {
    expect(facet.options.length).toBeGreaterThan(0)
    expect(new Set(facet.options).size).toBe(facet.options.length)
    expect(all.filter((other) => other.id === facet.id)).toHaveLength(1)
  })

  it('round-trips every choice through the address', () => {
    for (const option of facet.options) {
      const query = stringifySearch(select(facet, option))
      expect(query).toBe(`?${facet.id}=${encodeURIComponent(option)}`)
      expect(fromAddress(query)).toMatchObject(select(facet, option))
    }
  })

  it('drops anything that is not one of its choices, and unknown keys with it', () => {
    for (const bad of ['', 'nope', 'x'.repeat(5000), '<script>', '__proto__']) {
      const search = fromAddress(`?${facet.id}=${encodeURIComponent(bad)}&zzz=1`)
      expect(search[facet.id as keyof typeof search]).toBeUndefined()
      expect(stringifySearch(search)).toBe('')
    }
  })

  it('filters the fixture events with its predicate, and counts what each chip would show', () => {
    const counts = facetCounts(FIXTURE_EVENTS, facet, {})
    expect(counts.all).toBe(FIXTURE_EVENTS.length)
    let narrows = false
    for (const option of facet.options) {
      const expected = FIXTURE_EVENTS.filter((event) => facet.matches(event, option))
      expect(ids(filterEvents(FIXTURE_EVENTS, select(facet, option)))).toEqual(ids(expected))
      expect(counts[option]).toBe(expected.length)
      if (expected.length > 0 && expected.length < FIXTURE_EVENTS.length) narrows = true
    }
    // A predicate that keeps everything or nothing would pass the lines above.
    expect(narrows).toBe(true)
  })

  it('combines with every other facet: an event stays only when it matches both', () => {
    for (const other of all.filter((f) => f !== facet))
      for (const a of facet.options)
        for (const b of other.options) {
          const both = { ...select(facet, a), ...select(other, b) }
          const expected = FIXTURE_EVENTS.filter((e) => facet.matches(e, a) && other.matches(e, b))
          expect(ids(filterEvents(FIXTURE_EVENTS, both))).toEqual(ids(expected))
        }
  })

  it('is kept across pages when declared, and cleared by links that leave the view', () => {
    expect(RETAINED_FACETS.includes(facet.id as (typeof RETAINED_FACETS)[number])).toBe(
      facet.retained,
    )
    expect(Object.keys(viewSearchSchema.entries)).toContain(facet.id)
    expect(NO_FACETS).toHaveProperty(facet.id, undefined)
  })

  it('is recorded in the JSON download, and documented in its schema, when declared', () => {
    const [option] = facet.options
    if (option === undefined) throw new Error('no option')
    const data = buildDataExport(filterEvents(FIXTURE_EVENTS, select(facet, option)), {
      now: new Date('2026-11-27T04:00:00Z'),
      language: 'en',
      filter: select(facet, option),
      viewUrl: 'https://example.test/',
      schemaUrl: 'https://example.test/data/schema.json',
      pageUrl: (event: TimelineEvent) => `https://example.test/events/${event.id}`,
      passageUrl: (cite: Citation) => `https://example.test/source#${cite.quote.length}`,
    })
    const filter = data.view.filter as Readonly<Record<string, unknown>>
    const documented = filterSchema().properties[facet.id]
    if (facet.inExports) {
      expect(filter[facet.id]).toBe(option)
      expect(exportedFilter({})).toHaveProperty(facet.id, null)
      expect(documented).toEqual({ oneOf: [{ enum: [...facet.options] }, { type: 'null' }] })
    } else {
      expect(filter).not.toHaveProperty(facet.id)
      expect(documented).toBeUndefined()
    }
  })

  it('names every choice, with its legend, reset and status, in every language', () => {
    for (const locale of LOCALES) {
      const text = messages[locale]
      for (const key of Object.values(facet.text)) expect(text[key]).toMatch(/\S/)
      for (const option of facet.options) {
        const label = facet.label(option, text, locale)
        expect(label).toMatch(/\S/)
        expect(chosenFacets(select(facet, option), text, locale)).toEqual([
          { facet, value: option, label },
        ])
        expect(facet.status(text, 2, option, label)).toMatch(/\S/)
      }
    }
  })
})

describe('the facet registry', () => {
  it('has one live status line, so a change of filters is announced once', () => {
    expect(all.filter((facet) => facet.announcesShown)).toHaveLength(1)
  })

  it('writes its filters into the data schema file, as the build does', () => {
    const schema = JSON.parse(readFileSync('public/data/schema.json', 'utf8'))
    expect(schema.properties.view.properties.filter).toEqual(filterSchema())
  })

  it('gives the same filtered list and counts for the same filters, whatever their order', () => {
    const [first, second] = all
    const [a] = first?.options ?? []
    const [b] = second?.options ?? []
    if (!first || !second || a === undefined || b === undefined) throw new Error('two facets')
    const one = filterEvents(FIXTURE_EVENTS, { ...select(first, a), ...select(second, b) })
    expect(filterEvents(FIXTURE_EVENTS, { ...select(second, b), ...select(first, a) })).toBe(one)
    expect(facetCounts(FIXTURE_EVENTS, first, select(second, b))).toBe(
      facetCounts(FIXTURE_EVENTS, first, { ...select(second, b), ...select(first, a) }),
    )
  })
})

describe('the filters on the page', () => {
  it('draws one group of chips per facet, and the digest names the chosen ones on paper', async () => {
    const chosen = Object.fromEntries(all.map((facet) => [facet.id, facet.options[0] ?? '']))
    const query = stringifySearch(chosen)
    const { container } = await renderRoute(`/${query}`)
    const t = messages.en
    for (const facet of all) {
      const legend = screen.getByText(t[facet.text.legend], { selector: 'p' })
      const group = screen.getByRole('list', { name: t[facet.text.legend] })
      expect(group.getAttribute('aria-labelledby')).toBe(legend.id)
      const links = within(group).getAllByRole('link')
      expect(links).toHaveLength(facet.options.length + 1)
      const current = links.filter((link) => link.getAttribute('aria-current') === 'page')
      expect(current.map((link) => link.textContent)).toEqual([
        expect.stringContaining(facet.label(chosen[facet.id] ?? '', t, 'en')),
      ])
    }
    const digest = container.querySelector('[data-print="only"]')
    const heading = digest?.querySelector('h1 + p')?.textContent ?? ''
    for (const facet of all.filter((f) => f.inPrint))
      expect(heading).toContain(facet.label(chosen[facet.id] ?? '', t, 'en'))
    // The whole app renders with every event: slow on a busy machine, not stuck.
  }, 30_000)
})
