import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allEvents } from '../../src/content/queries.ts'
import type { Citation, TimelineEvent } from '../../src/content/types.ts'
import { buildDataExport, DATA_VERSION } from '../../src/lib/dataExport.ts'
import { filterEvents } from '../../src/lib/facets.ts'
import { passageAnchor } from '../../src/lib/passageAnchor.ts'
import { FIXTURE_EVENTS, fixture } from './fixtures/events.ts'

// The documented schema, checked against real output by a small validator for the subset
// of JSON Schema it uses, so the documentation cannot drift from the file.
type Schema = {
  $ref?: string
  type?: string
  const?: unknown
  enum?: unknown[]
  oneOf?: Schema[]
  pattern?: string
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean
  items?: Schema
}
const schema = JSON.parse(readFileSync('public/data/schema.json', 'utf8')) as Schema & {
  $defs: Record<string, Schema>
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function validate(value: unknown, s: Schema, path: string): string[] {
  if (s.$ref) {
    const def = schema.$defs[s.$ref.replace('#/$defs/', '')]
    if (!def) return [`${path}: unknown $ref ${s.$ref}`]
    return validate(value, def, path)
  }
  if (s.oneOf) {
    const matches = s.oneOf.filter((option) => validate(value, option, path).length === 0)
    return matches.length === 1 ? [] : [`${path}: matches ${matches.length} of oneOf`]
  }
  if ('const' in s && value !== s.const) return [`${path}: expected ${String(s.const)}`]
  if (s.enum && !s.enum.includes(value)) return [`${path}: ${String(value)} not in enum`]
  if (s.type && typeOf(value) !== s.type) return [`${path}: expected ${s.type}`]
  if (s.pattern && typeof value === 'string' && !new RegExp(s.pattern).test(value))
    return [`${path}: ${value} does not match ${s.pattern}`]
  const errors: string[] = []
  if (s.items && Array.isArray(value))
    value.forEach((item, i) => errors.push(...validate(item, s.items as Schema, `${path}[${i}]`)))
  if (s.properties && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    for (const key of s.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: missing`)
    for (const [key, item] of Object.entries(record)) {
      const sub = s.properties[key]
      if (sub) errors.push(...validate(item, sub, `${path}.${key}`))
      else if (s.additionalProperties === false) errors.push(`${path}.${key}: not in schema`)
    }
  }
  return errors
}

const options = {
  now: new Date('2026-11-27T04:00:00Z'),
  language: 'ja' as const,
  viewUrl: 'https://example.test/ja/?country=JP&topic=industry',
  schemaUrl: 'https://example.test/data/schema.json',
  pageUrl: (event: TimelineEvent) => `https://example.test/ja/events/${event.id}`,
  passageUrl: (cite: Citation) => `https://example.test/ja/source#${passageAnchor(cite.quote)}`,
}

describe('JSON data export', () => {
  it('matches its documented schema for the whole timeline', () => {
    const data = buildDataExport(FIXTURE_EVENTS, { ...options, filter: {} })
    expect(validate(JSON.parse(JSON.stringify(data)), schema, '$')).toEqual([])
    expect(data.version).toBe(DATA_VERSION)
    expect(schema.properties?.version?.const).toBe(DATA_VERSION)
  })

  it('matches its documented schema for the real content too', () => {
    const data = buildDataExport(allEvents, { ...options, filter: {} })
    expect(validate(JSON.parse(JSON.stringify(data)), schema, '$')).toEqual([])
  })

  it('holds exactly the filtered events, with the filter recorded', () => {
    const filter = { country: 'JP', topic: 'industry' } as const
    const data = buildDataExport(filterEvents(FIXTURE_EVENTS, filter), { ...options, filter })
    // Every exported facet is recorded, the ones not set as null.
    expect(data.view.filter).toEqual({ ...filter, kind: null })
    expect(data.events.map((e) => e.id)).toEqual(['start-up-meeting', 'ariane-group-visit'])
    expect(validate(JSON.parse(JSON.stringify(data)), schema, '$')).toEqual([])
  })

  it('keeps dates at their precision and every citation with its source', () => {
    const data = buildDataExport(FIXTURE_EVENTS, { ...options, filter: {} })
    const g7 = data.events.find((e) => e.id === 'g7-hiroshima')
    expect(g7?.dates.map((d) => d.precision)).toEqual(['month', 'range'])
    expect(g7?.dates[0]).toMatchObject({ precision: 'month', month: '2023-05' })
    const startUps = data.events.find((e) => e.id === 'start-up-meeting')
    expect(startUps?.dates).toEqual([])
    expect(startUps?.undated?.why).toEqual(fixture('start-up-meeting').undated?.why)
    const plenary = data.events.find((e) => e.id === 'plenary')
    expect(plenary?.title).toEqual(fixture('plenary').title)
    expect(plenary?.citation.passage).toMatch(/^https:\/\/example\.test\/ja\/source#q-/)
    const cited = new Set(data.sources.map((s) => s.id))
    for (const event of data.events)
      for (const note of event.notes) expect(cited.has(note.citation.source)).toBe(true)
    expect(data.sources.find((s) => s.id === 'japan-gov-g7')?.url).toMatch(/^https:/)
  })
})
