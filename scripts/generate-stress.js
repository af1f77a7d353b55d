#!/usr/bin/env node
// Generates the stress content set for `npm run bench`: 5,000 TimelineEvent records over ten
// years, deterministic (seeded) so that two runs measure the same data. The output is a module
// that the bench-only Vite build swaps in for src/content/events.ts; it is written under
// node_modules/.tmp and never reaches the default build.
//
//   node scripts/generate-stress.js [--count 5000] [--out node_modules/.tmp/bench/stress-events.js]

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @import { CountryCode, DateValue, Localized, OrganisationId, Participant, PersonId, RoleId, TimelineEvent, TopicId } from '../src/content/types.ts'
 * @typedef {Omit<TimelineEvent, 'id'> & { id: string }} StressEvent
 */

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2014, 0, 1) / DAY_MS
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS

// Quotes that occur verbatim in the joint press release, so every generated citation points at
// a real passage even though the events themselves are invented.
const QUOTES = [
  'A plenary session of the bilateral French-Japanese Space dialogue was held on Thursday, 19th January 2023 at the Secretariat-General for National Defence and Security (SGDSN), in Paris.',
  'On Friday, 20th January 2023, the French and Japanese delegations were invited to visit ArianeGroup site at the Mureaux (Yvelines)',
  'the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima',
  'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation',
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023',
]

/** @type {{ name: Localized, country: CountryCode }[]} */
const PLACES = [
  { name: { en: 'Paris', fr: 'Paris', ja: 'パリ' }, country: 'FR' },
  { name: { en: 'Toulouse', fr: 'Toulouse', ja: 'トゥールーズ' }, country: 'FR' },
  { name: { en: 'Les Mureaux', fr: 'Les Mureaux', ja: 'レ・ミュロー' }, country: 'FR' },
  { name: { en: 'Tokyo', fr: 'Tokyo', ja: '東京' }, country: 'JP' },
  { name: { en: 'Tsukuba', fr: 'Tsukuba', ja: 'つくば' }, country: 'JP' },
  { name: { en: 'Hiroshima', fr: 'Hiroshima', ja: '広島' }, country: 'JP' },
]

const KINDS = [
  { en: 'Working session', fr: 'Séance de travail', ja: '作業部会' },
  { en: 'Expert meeting', fr: 'Réunion d’experts', ja: '専門家会合' },
  { en: 'Site visit', fr: 'Visite de site', ja: '施設訪問' },
  { en: 'Industry round table', fr: 'Table ronde industrielle', ja: '産業円卓会議' },
  { en: 'Policy consultation', fr: 'Consultation politique', ja: '政策協議' },
]

/** @type {TopicId[]} */
const TOPICS = ['security-defence', 'civil', 'multilateral', 'industry']
const EVENT_KINDS = /** @type {const} */ (['dialogue', 'ministers', 'leaders', 'agencies'])
/** @type {RoleId[]} */
const ROLES = ['host', 'visiting', 'guests', 'host-and-visiting', 'start-ups']
/** @type {PersonId[]} */
const PEOPLE = ['cousin', 'kasai', 'ishizuki', 'kishida', 'macron']
/** @type {OrganisationId[]} */
const ORGANISATIONS = [
  'sgdsn',
  'fr-economy',
  'fr-foreign-affairs',
  'fr-armed-forces',
  'cnes',
  'arianegroup',
  'fr-space-startups',
  'jp-cabinet-office',
  'jp-foreign-affairs',
  'jp-national-security',
  'mext',
  'meti',
  'jp-defence',
  'jaxa',
]

/**
 * mulberry32: small, fast and good enough to spread test data.
 * @param {number} seed
 */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** @param {number} day days since 1970-01-01 */
function iso(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * @param {number} count
 * @param {number} seed
 * @returns {StressEvent[]} TimelineEvent records in chronological order (their ids are
 *   outside the real `EventId` union, so the type here is the record's shape, not the union).
 */
export function generateStressEvents(count = 5000, seed = 20230119) {
  const rnd = random(seed)
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => {
    const item = list[Math.floor(rnd() * list.length)]
    if (item === undefined) throw new Error('nothing to pick from')
    return item
  }

  // Quiet spells of 50–150 days, so the axis has long gaps to draw as labelled breaks.
  const quiet = []
  for (let i = 0; i < 15; i++) {
    const start = FIRST_DAY + 30 + Math.floor(rnd() * (LAST_DAY - FIRST_DAY - 200))
    quiet.push([start, start + 50 + Math.floor(rnd() * 100)])
  }
  /** @type {number[]} */
  const active = []
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    if (!quiet.some(([a = 0, b = 0]) => day >= a && day < b)) active.push(day)
  }
  const days = Array.from({ length: count }, () => pick(active)).sort((a, b) => a - b)
  // The first and last day are fixed so that the set always spans the full ten years.
  days[0] = FIRST_DAY
  days[count - 1] = LAST_DAY

  /** @type {StressEvent[]} */
  const events = days.map((day, i) => {
    const n = String(i + 1).padStart(4, '0')
    const kind = pick(KINDS)
    const place = rnd() < 0.05 ? null : pick(PLACES)
    const quote = pick(QUOTES)
    /** @type {StressEvent['cite']} */
    const cite = { source: 'press-release', quote }
    const r = rnd()
    /** @type {CountryCode[]} */
    const countries = r < 0.5 ? ['FR', 'JP'] : r < 0.8 ? ['FR'] : ['JP']
    const [first = 'FR'] = countries
    const roles = Object.fromEntries(countries.map((c) => [c, { role: pick(ROLES), cite }]))
    /** @type {Participant[]} */
    const participants = [
      { kind: 'delegation', country: first },
      { kind: 'person', id: pick(PEOPLE) },
      { kind: 'organisation', id: pick(ORGANISATIONS) },
    ]
    const p = rnd()
    const undatedEvent = p < 0.02
    /** @type {DateValue} */
    let value = { precision: 'day', date: iso(day) }
    if (p >= 0.02 && p < 0.07) {
      value = { precision: 'range', start: iso(day), end: iso(day + 1 + Math.floor(rnd() * 3)) }
    } else if (p >= 0.07 && p < 0.1) {
      value = { precision: 'month', month: iso(day).slice(0, 7) }
    }
    const title = {
      en: `${kind.en} ${n}${place ? ` in ${place.name.en}` : ''}`,
      fr: `${kind.fr} ${n}${place ? ` à ${place.name.fr}` : ''}`,
      ja: `${place ? `${place.name.ja}での` : ''}${kind.ja} ${n}`,
    }
    const shortTitle = {
      en: `${kind.en} ${n}`,
      fr: `${kind.fr} ${n}`,
      ja: `${kind.ja} ${n}`,
    }
    return {
      id: `stress-${n}`,
      // Spread over the kinds without a draw, so that the random sequence stays as it was.
      kind: EVENT_KINDS[i % EVENT_KINDS.length] ?? 'dialogue',
      title,
      shortTitle,
      summary: [
        {
          text: {
            en: `Generated event ${n} for the performance benchmark.`,
            fr: `Événement ${n} généré pour le banc d’essai de performance.`,
            ja: `性能測定用に生成したイベント ${n}。`,
          },
          cites: [cite],
        },
      ],
      dates: undatedEvent ? [] : [{ value, cite }],
      ...(undatedEvent
        ? {
            undated: {
              within: { start: iso(day), end: iso(day + 1) },
              why: {
                en: 'No date is given; placed by the events around it.',
                fr: 'Aucune date n’est donnée\u202f; placé d’après les événements voisins.',
                ja: '日付の記載はなく、前後のイベントから配置した。',
              },
              cite,
            },
          }
        : {}),
      place: place ? { ...place, cite } : null,
      roles,
      participants,
      topics: TOPICS.filter(() => rnd() < 0.4),
      cite,
      notes: [],
    }
  })
  // A month-precision event starts on the 1st of its month: keep the list in axis order.
  /** @param {StressEvent} e */
  const start = (e) => {
    const value = e.dates[0]?.value
    if (!value) return e.undated?.within.start ?? ''
    return value.precision === 'day'
      ? value.date
      : value.precision === 'range'
        ? value.start
        : `${value.month}-01`
  }
  return events.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0))
}

export const DEFAULT_STRESS_MODULE = 'node_modules/.tmp/bench/stress-events.js'

export function writeStressModule(file = DEFAULT_STRESS_MODULE, count = 5000) {
  const events = generateStressEvents(count)
  const out = resolve(file)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(
    out,
    `// Generated by scripts/generate-stress.js for the benchmark; not shipped.\nexport const events = ${JSON.stringify(events)}\n`,
  )
  return { file: out, events }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  /** @param {string} name */
  const arg = (name) => {
    const i = process.argv.indexOf(name)
    return i === -1 ? undefined : process.argv[i + 1]
  }
  const { file, events } = writeStressModule(
    arg('--out') ?? DEFAULT_STRESS_MODULE,
    Number(arg('--count') ?? 5000),
  )
  console.log(`${events.length} events, ${events[0]?.id}…${events.at(-1)?.id} → ${file}`)
}
