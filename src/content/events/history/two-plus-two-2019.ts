import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2019: '5th 2+2, 11 January 2019, Brest',
} as const

export const event = {
  id: 'two-plus-two-2019',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2019-01-11' },
      cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
    },
  ],
  place: {
    country: 'FR',
    cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
  },
  roles: {
    FR: { role: 'host', cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019) },
    JP: { role: 'visiting', cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019) },
  },
  participants: [],
  topics: [],
  cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '5th “2+2” of foreign and defence ministers',
  shortTitle: '5th “2+2”, Brest',
  summary: [
    'The 5th “2+2” meeting of foreign and defence ministers was held in Brest on 11 January 2019.',
  ],
  place: 'Brest',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: '5e «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense',
  shortTitle: '5e «\u202f2+2\u202f», Brest',
  summary: [
    'La 5e réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense s’est tenue à Brest le 11 janvier 2019.',
  ],
  place: 'Brest',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '第5回日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '第5回「2+2」（ブレスト）',
  summary: ['2019年1月11日、第5回日仏外務・防衛閣僚会合（「2+2」）がブレストで開催された。'],
  place: 'ブレスト',
  notes: [],
}
