import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2023:
    '7th 2+2, 9 May 2023, by videoconference — « se sont réunis par visioconférence le 9 mai 2023 pour la septième session »',
} as const

export const event = {
  id: 'two-plus-two-2023',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2023-05-09' },
      cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
    },
  ],
  place: {
    online: true,
    cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
  },
  roles: {
    FR: { role: 'online', cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023) },
    JP: { role: 'online', cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023) },
  },
  participants: [],
  topics: [],
  cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '7th “2+2” of foreign and defence ministers',
  shortTitle: '7th “2+2”, online',
  summary: [
    'The 7th “2+2” meeting of foreign and defence ministers was held by videoconference on 9 May 2023.',
  ],
  place: 'By videoconference',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: '7e «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense',
  shortTitle: '7e «\u202f2+2\u202f», en ligne',
  summary: [
    'La 7e réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense s’est tenue par visioconférence le 9 mai 2023.',
  ],
  place: 'Par visioconférence',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '第7回日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '第7回「2+2」',
  summary: ['2023年5月9日、第7回日仏外務・防衛閣僚会合（「2+2」）がテレビ会議方式で開催された。'],
  place: 'テレビ会議',
  notes: [],
}
