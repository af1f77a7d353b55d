import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2018: '4th 2+2, 26 January 2018, Tokyo',
} as const

export const event = {
  id: 'two-plus-two-2018',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2018-01-26' },
      cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
    },
  ],
  place: {
    country: 'JP',
    cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
  },
  roles: {
    JP: { role: 'host', cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018) },
    FR: { role: 'visiting', cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018) },
  },
  participants: [],
  topics: [],
  cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '4th “2+2” of foreign and defence ministers',
  shortTitle: '4th “2+2”, Tokyo',
  summary: [
    'The 4th “2+2” meeting of foreign and defence ministers was held in Tokyo on 26 January 2018.',
  ],
  place: 'Tokyo',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: '4e «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense',
  shortTitle: '4e «\u202f2+2\u202f», Tokyo',
  summary: [
    'La 4e réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense s’est tenue à Tokyo le 26 janvier 2018.',
  ],
  place: 'Tokyo',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '第4回日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '第4回「2+2」（東京）',
  summary: ['2018年1月26日、第4回日仏外務・防衛閣僚会合（「2+2」）が東京で開催された。'],
  place: '東京',
  notes: [],
}
