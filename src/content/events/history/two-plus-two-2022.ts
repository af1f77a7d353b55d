import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2022: '6th 2+2, 20 January 2022, by videoconference',
} as const

export const event = {
  id: 'two-plus-two-2022',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2022-01-20' },
      cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
    },
  ],
  place: {
    online: true,
    cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
  },
  roles: {
    FR: { role: 'online', cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022) },
    JP: { role: 'online', cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022) },
  },
  participants: [],
  topics: [],
  cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '6th “2+2” of foreign and defence ministers',
  shortTitle: '6th “2+2”, online',
  summary: [
    'The 6th “2+2” meeting of foreign and defence ministers was held by videoconference on 20 January 2022.',
  ],
  place: 'By videoconference',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: '6e «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense',
  shortTitle: '6e «\u202f2+2\u202f», en ligne',
  summary: [
    'La 6e réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense s’est tenue par visioconférence le 20 janvier 2022.',
  ],
  place: 'Par visioconférence',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '第6回日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '第6回「2+2」',
  summary: ['2022年1月20日、第6回日仏外務・防衛閣僚会合（「2+2」）がテレビ会議方式で開催された。'],
  place: 'テレビ会議',
  notes: [],
}
