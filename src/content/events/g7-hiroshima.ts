import { outside, release } from '../cite.ts'
import type { EventRecord, EventText } from '../eventFile.ts'

const G7_QUOTE =
  'the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'

const G7_SEQUENCES_QUOTE =
  'the bilateral sequences planned during the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'

export const event = {
  id: 'g7-hiroshima',
  kind: 'leaders',
  summary: [
    {
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
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'G7 Summit in Hiroshima',
  shortTitle: 'G7 Summit, Hiroshima',
  summary: [
    'The release looks ahead to the visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima, and to the bilateral sequences planned during it.',
  ],
  place: 'Hiroshima, Japan',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Sommet du G7 à Hiroshima',
  shortTitle: 'Sommet du G7 à Hiroshima',
  summary: [
    'Le communiqué évoque la visite du président de la République au Japon en mai 2023 pour le sommet du G7 à Hiroshima, et les séquences bilatérales prévues à cette occasion.',
  ],
  place: 'Hiroshima (Japon)',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: 'G7広島サミット',
  shortTitle: 'G7広島サミット',
  summary: [
    'プレスリリースは、2023年5月のG7広島サミットに合わせたフランス大統領の訪日と、その際に予定される二国間の日程に言及している。',
  ],
  place: '広島',
  notes: [],
}
