import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { parseSearch, stringifySearch, viewSearchSchema } from '../../src/lib/search.ts'

// The schema is the one gate between anyone's URL and the app: whatever comes in, parsing
// must succeed, and anything but a value we know must come out as "not set".
const parse = (input: Record<string, unknown>) => v.parse(viewSearchSchema, input)

describe('viewSearchSchema: country', () => {
  it.each([
    ['FR', 'FR'],
    ['JP', 'JP'],
    ['fr', 'FR'],
    ['jp', 'JP'],
    ['Fr', 'FR'],
    ['jP', 'JP'],
  ])('accepts %j as %j', (input, expected) => {
    expect(parse({ country: input }).country).toBe(expected)
  })

  it('leaves a missing country unset', () => {
    expect(parse({}).country).toBeUndefined()
    expect(parse({ country: undefined }).country).toBeUndefined()
  })

  it.each([
    'DE',
    'US',
    '',
    ' ',
    ' FR',
    'FR ',
    'F R',
    'FRA',
    'JPN',
    'France',
    'Japan',
    'ＦＲ', // full-width letters
    'FR\u0000',
    'FR\n',
    'undefined',
    'null',
    '__proto__',
    'constructor',
    'toString',
  ])('drops the unknown string %j', (input) => {
    expect(parse({ country: input }).country).toBeUndefined()
  })

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an attribute breakout', '"><img src=x onerror=alert(1)>'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a 5000-character value', 'F'.repeat(5000)],
    ['a long value that starts right', `FR${'R'.repeat(4998)}`],
    ['a 1 MB value', 'J'.repeat(1_000_000)],
    ['an encoded value', '%46%52'],
    ['a broken escape', '%E0%A4%A'],
  ])('drops %s', (_, input) => {
    expect(parse({ country: input }).country).toBeUndefined()
  })

  it.each([
    ['an array of two', ['FR', 'JP']],
    ['an array of one', ['FR']],
    ['an empty array', []],
    ['an object', { country: 'FR' }],
    ['an object with toString', { toString: () => 'FR' }],
    ['a String object', Object('FR')],
    ['a number', 1],
    ['zero', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 1n],
    ['true', true],
    ['false', false],
    ['null', null],
    ['a symbol', Symbol('FR')],
    ['a function', () => 'FR'],
    ['a date', new Date(0)],
    ['a null-prototype object', Object.create(null)],
  ])('drops %s', (_, input) => {
    expect(parse({ country: input }).country).toBeUndefined()
  })
})

describe('viewSearchSchema: topic', () => {
  it('accepts known topics in any case', () => {
    expect(parse({ topic: 'industry' }).topic).toBe('industry')
    expect(parse({ topic: 'INDUSTRY' }).topic).toBe('industry')
    expect(parse({ topic: 'security-defence', country: 'jp' })).toEqual({
      topic: 'security-defence',
      country: 'JP',
    })
  })

  it.each([['space'], [''], ['x'.repeat(5000)], [['industry']], [1], [null], [{}]])(
    'drops %j',
    (input) => {
      expect(parse({ topic: input }).topic).toBeUndefined()
    },
  )

  it('keeps a good country when the topic is bad, and the other way round', () => {
    expect(parse({ country: 'FR', topic: '<script>' })).toEqual({
      country: 'FR',
      topic: undefined,
    })
    expect(parse({ country: ['FR'], topic: 'civil' })).toEqual({
      country: undefined,
      topic: 'civil',
    })
  })
})

describe('viewSearchSchema: the whole object', () => {
  it('keeps only the keys it knows', () => {
    const out = parse({ country: 'JP', evil: '<script>', page: 2 })
    expect(out).toEqual({ country: 'JP', topic: undefined })
    expect(out).not.toHaveProperty('evil')
    expect(out).not.toHaveProperty('page')
  })

  it('does not let a __proto__ key pollute anything', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "country": "JP"}') as Record<
      string,
      unknown
    >
    const out = parse(input)
    expect(out.country).toBe('JP')
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((out as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never fails on any mix of values', () => {
    const values: unknown[] = [
      undefined,
      null,
      '',
      'FR',
      'jp',
      '<script>',
      'x'.repeat(10_000),
      0,
      -1,
      true,
      [],
      ['FR', 'JP'],
      {},
      { nested: { deep: ['FR'] } },
    ]
    for (const country of values) {
      for (const topic of values) {
        expect(v.safeParse(viewSearchSchema, { country, topic }).success).toBe(true)
      }
    }
  })
})

describe('with the app’s query-string parsing', () => {
  // The router reads the query string with parseSearch before the schema sees it: the same
  // path a real address takes.
  const fromQuery = (query: string) => parse(parseSearch(query))

  it.each([
    ['?country=FR', 'FR'],
    ['?country=fr', 'FR'],
    ['?country=%22JP%22', 'JP'],
    ['?country=%22jp%22', 'JP'],
    ['?country=FR&country=JP', undefined],
    ['?country=FR&country=FR', undefined],
    ['?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E', undefined],
    ['?country=%5B%22FR%22%5D', undefined],
    ['?country=%7B%22a%22%3A1%7D', undefined],
    ['?country=1', undefined],
    ['?country=null', undefined],
    ['?country=true', undefined],
    [`?country=${'F'.repeat(5000)}`, undefined],
    ['?country=', undefined],
    ['?country', undefined],
    ['?', undefined],
    ['', undefined],
  ])('%s gives %j', (query, expected) => {
    expect(fromQuery(query).country).toBe(expected)
  })

  it('survives broken percent-encoding', () => {
    expect(() => fromQuery('?country=%E0%A4%A')).not.toThrow()
    expect(fromQuery('?country=%E0%A4%A').country).toBeUndefined()
  })

  it('writes nothing for defaults and only the key for a choice', () => {
    expect(stringifySearch(parse({}))).toBe('')
    expect(stringifySearch(parse({ country: '<script>' }))).toBe('')
    expect(stringifySearch(parse({ country: 'jp' }))).toBe('?country=JP')
  })

  it('drops keys the app does not read, in and out', () => {
    expect(parseSearch('?zzz=1&utm_source=x&country=JP&__proto__=1')).toEqual({ country: 'JP' })
    expect(stringifySearch({ zzz: '1', topic: 'civil', country: 'JP' })).toBe(
      '?country=JP&topic=civil',
    )
  })

  it('round-trips a normalised address', () => {
    const query = '?topic=CIVIL&x=%7B%7D&country=%22jp%22'
    expect(stringifySearch(parse(parseSearch(query)))).toBe('?country=JP&topic=civil')
  })
})
