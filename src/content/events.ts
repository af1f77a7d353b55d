import { localized } from './localized.ts'
import { outside, release } from './cite.ts'
import {
  ARIANE_QUOTE,
  BONDS_QUOTE,
  DYNAMIC_QUOTE,
  PLENARY_QUOTE,
  STARTUP_SENTENCE,
  TOPICS_QUOTE,
} from './releaseQuotes.ts'
import type { TimelineEvent } from './types.ts'

const G7_QUOTE =
  'the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'
const STARTUP_QUOTE =
  'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation'
const KISHIDA_QUOTE =
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023'
const PRESENTATION_QUOTE =
  'where they were given a presentation of the programme and production line of the Ariane 6 launcher and their GeoTracker space surveillance network'
const G7_SEQUENCES_QUOTE =
  'the bilateral sequences planned during the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'

// In chronological order of what each event's date says. The start-up meeting has no date in
// the release, which mentions it after the plenary; it keeps that place in the list, and the
// axis puts it within the days an outside report gives for the whole dialogue.
export const events = [
  {
    id: 'kishida-paris-visit',
    kind: 'leaders',
    title: localized('events.kishida-paris-visit.title'),
    shortTitle: localized('events.kishida-paris-visit.shortTitle'),
    summary: [
      {
        text: localized('events.kishida-paris-visit.summary.0'),
        // "Ten days before the plenary" needs both dates.
        cites: [release(KISHIDA_QUOTE), release(PLENARY_QUOTE)],
      },
      {
        text: localized('events.kishida-paris-visit.summary.1'),
        cites: [release(DYNAMIC_QUOTE)],
      },
    ],
    dates: [{ value: { precision: 'day', date: '2023-01-09' }, cite: release(KISHIDA_QUOTE) }],
    place: {
      name: localized('events.kishida-paris-visit.place.name'),
      country: 'FR',
      cite: release(KISHIDA_QUOTE),
    },
    roles: {
      FR: { role: 'host', cite: release(KISHIDA_QUOTE) },
      JP: { role: 'visiting', cite: release(KISHIDA_QUOTE) },
    },
    participants: [
      { kind: 'person', id: 'kishida' },
      { kind: 'person', id: 'macron' },
    ],
    topics: [],
    cite: release(KISHIDA_QUOTE),
    notes: [
      {
        text: localized('events.kishida-paris-visit.notes.0'),
        cites: [
          outside(
            'mofa-kishida-visit',
            'working dinner with President Macron at the Élysée; first visit to Paris as Prime Minister',
          ),
        ],
      },
      {
        text: localized('events.kishida-paris-visit.notes.1'),
        // The facts sheet vouches for both in one entry built on the ministry's own release
        // (mirrored) and a press preview; the preview, written before the visit, cannot carry
        // the Notre-Dame visit alone.
        cites: [
          outside(
            'mofa-kishida-visit',
            'they agreed to aim for a "2+2" foreign and defence ministers\' meeting in the first half of 2023 and a new cooperation roadmap; they visited the Notre-Dame building site',
          ),
          outside('rfi-kishida-visit', 'they visited the Notre-Dame building site'),
        ],
      },
    ],
  },
  {
    id: 'plenary',
    kind: 'dialogue',
    title: localized('events.plenary.title'),
    shortTitle: localized('events.plenary.shortTitle'),
    summary: [
      {
        text: localized('events.plenary.summary.0'),
        cites: [release(PLENARY_QUOTE)],
      },
      {
        text: localized('events.plenary.summary.1'),
        cites: [release(BONDS_QUOTE)],
      },
      {
        text: localized('events.plenary.summary.2'),
        cites: [release(TOPICS_QUOTE)],
      },
    ],
    dates: [{ value: { precision: 'day', date: '2023-01-19' }, cite: release(PLENARY_QUOTE) }],
    place: {
      name: localized('events.plenary.place.name'),
      country: 'FR',
      cite: release(PLENARY_QUOTE),
    },
    roles: {
      FR: { role: 'host', cite: release(PLENARY_QUOTE) },
      JP: { role: 'visiting', cite: release(PLENARY_QUOTE) },
    },
    participants: [
      { kind: 'person', id: 'cousin' },
      { kind: 'person', id: 'kasai' },
      { kind: 'person', id: 'ishizuki' },
      { kind: 'delegation', country: 'FR' },
      { kind: 'delegation', country: 'JP' },
    ],
    topics: ['security-defence', 'civil', 'multilateral'],
    cite: release(PLENARY_QUOTE),
    notes: [
      {
        text: localized('events.plenary.notes.0'),
        cites: [
          outside(
            'arabnews-jp',
            'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
          ),
        ],
      },
      {
        text: localized('events.plenary.notes.1'),
        cites: [outside('earlier-rounds', '1st round: 11 March 2016, Paris.')],
      },
      {
        text: localized('events.plenary.notes.2'),
        cites: [
          outside(
            'mofa-2nd-round',
            '2nd round: 24 March 2017, Tokyo; a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed',
          ),
          // The documents' exact names (the Japanese text uses the ministry's own wording).
          outside(
            'mofa-2nd-round',
            'a statement of intent on a comprehensive space partnership (「包括的宇宙パートナーシップ 意図表明文書」) and a technical arrangement on sharing space situational awareness information (「宇宙状況把握に係る情報共有に関する技術取決め」) were signed',
          ),
        ],
      },
      {
        text: localized('events.plenary.notes.3'),
        cites: [outside('earlier-rounds', 'Preparatory meeting: 30 November 2020, online.')],
      },
      {
        text: localized('events.plenary.notes.4'),
        cites: [outside('cao-4th-round', '4th round: 15 January 2026, Tokyo')],
      },
    ],
  },
  {
    id: 'start-up-meeting',
    kind: 'dialogue',
    title: localized('events.start-up-meeting.title'),
    shortTitle: localized('events.start-up-meeting.shortTitle'),
    summary: [
      {
        text: localized('events.start-up-meeting.summary.0'),
        cites: [release(STARTUP_SENTENCE)],
      },
      {
        text: localized('events.start-up-meeting.summary.1'),
        cites: [release(STARTUP_SENTENCE)],
      },
    ],
    dates: [],
    undated: {
      within: { start: '2023-01-18', end: '2023-01-20' },
      why: localized('events.start-up-meeting.undated.why'),
      cite: outside(
        'arabnews-jp',
        'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
      ),
    },
    place: null,
    roles: {
      FR: { role: 'start-ups', cite: release(STARTUP_QUOTE) },
      JP: { role: 'guests', cite: release(STARTUP_QUOTE) },
    },
    participants: [
      { kind: 'organisation', id: 'fr-space-startups' },
      { kind: 'delegation', country: 'JP' },
    ],
    topics: ['industry'],
    cite: release(STARTUP_SENTENCE),
    notes: [],
  },
  {
    id: 'ariane-group-visit',
    kind: 'dialogue',
    title: localized('events.ariane-group-visit.title'),
    shortTitle: localized('events.ariane-group-visit.shortTitle'),
    summary: [
      {
        text: localized('events.ariane-group-visit.summary.0'),
        // "The day after the plenary" needs both dates.
        cites: [release(ARIANE_QUOTE), release(PLENARY_QUOTE)],
      },
      {
        text: localized('events.ariane-group-visit.summary.1'),
        cites: [release(PRESENTATION_QUOTE)],
      },
    ],
    dates: [{ value: { precision: 'day', date: '2023-01-20' }, cite: release(ARIANE_QUOTE) }],
    place: {
      name: localized('events.ariane-group-visit.place.name'),
      country: 'FR',
      cite: release(ARIANE_QUOTE),
    },
    roles: {
      FR: { role: 'host-and-visiting', cite: release(ARIANE_QUOTE) },
      JP: { role: 'visiting', cite: release(ARIANE_QUOTE) },
    },
    participants: [
      { kind: 'organisation', id: 'arianegroup' },
      { kind: 'delegation', country: 'FR' },
      { kind: 'delegation', country: 'JP' },
    ],
    // Not 'industry': the release gives that purpose for the start-up meeting only.
    topics: [],
    cite: release(PRESENTATION_QUOTE),
    notes: [
      {
        text: localized('events.ariane-group-visit.notes.0'),
        cites: [
          outside(
            'wikipedia-les-mureaux',
            'a commune of the Yvelines (Île-de-France) on the Seine, about 39 km west of Paris, where ArianeGroup assembles Ariane launchers',
          ),
        ],
      },
      {
        text: localized('events.ariane-group-visit.notes.1'),
        cites: [outside('cnes-ariane6', 'Ariane 6 main (lower) stage is assembled at Les Mureaux')],
      },
      {
        text: localized('events.ariane-group-visit.notes.2'),
        cites: [
          outside(
            'spacenews-geotracker',
            "GeoTracker: ArianeGroup's network of ground telescopes watching the geostationary orbit, operated from Les Mureaux, in service since 2017, with France's Joint Space Command as first customer",
          ),
          // The French name of the command in 2017: it became the Commandement de l'espace in 2019.
          outside(
            'wikipedia-space-command',
            'until September 2019 the Commandement interarmées de l\'espace (CIE; "Joint Space Command")',
          ),
        ],
      },
      {
        text: localized('events.ariane-group-visit.notes.3'),
        cites: [outside('francetvinfo-ariane6', 'Ariane 6 first flight: 9 July 2024 from Kourou')],
      },
    ],
  },
  {
    id: 'g7-hiroshima',
    kind: 'leaders',
    title: localized('events.g7-hiroshima.title'),
    shortTitle: localized('events.g7-hiroshima.shortTitle'),
    summary: [
      {
        text: localized('events.g7-hiroshima.summary.0'),
        cites: [release(G7_SEQUENCES_QUOTE)],
      },
    ],
    dates: [
      { value: { precision: 'month', month: '2023-05' }, cite: release(G7_QUOTE) },
      {
        value: { precision: 'range', start: '2023-05-19', end: '2023-05-21' },
        cite: outside(
          'japan-gov-g7',
          'G7 Hiroshima Summit: 19–21 May 2023, attended by President Macron',
        ),
      },
    ],
    place: {
      name: localized('events.g7-hiroshima.place.name'),
      country: 'JP',
      cite: release(G7_QUOTE),
    },
    roles: {
      JP: { role: 'host', cite: release(G7_QUOTE) },
      FR: { role: 'visiting', cite: release(G7_QUOTE) },
    },
    participants: [{ kind: 'person', id: 'macron' }],
    topics: [],
    cite: release(G7_SEQUENCES_QUOTE),
    notes: [],
  },
] as const satisfies readonly TimelineEvent[]
