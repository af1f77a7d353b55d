import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2015:
    '2+2 of March 2015 called for a stronger government dialogue on space — 「2015年3月の日仏外務・防衛閣僚会合(「2+2」)において、宇宙分野での政府間対話の強化が言及された」',
} as const

export const event = {
  id: 'two-plus-two-2015',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('gov-base-2020', Q.twoPlusTwo2015)],
    },
  ],
  dates: [
    {
      value: { precision: 'month', month: '2015-03' },
      cite: outside('gov-base-2020', Q.twoPlusTwo2015),
    },
  ],
  place: null,
  roles: {
    FR: { role: 'took-part', cite: outside('gov-base-2020', Q.twoPlusTwo2015) },
    JP: { role: 'took-part', cite: outside('gov-base-2020', Q.twoPlusTwo2015) },
  },
  participants: [],
  topics: [],
  cite: outside('gov-base-2020', Q.twoPlusTwo2015),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '“2+2” ministers’ meeting of March 2015',
  shortTitle: '“2+2” of March 2015',
  summary: [
    'In March 2015, the meeting of foreign and defence ministers (“2+2”) called for a stronger government dialogue on space.',
  ],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Réunion «\u202f2+2\u202f» des ministres de mars 2015',
  shortTitle: '«\u202f2+2\u202f» de mars 2015',
  summary: [
    'En mars 2015, la réunion des ministres des Affaires étrangères et de la Défense («\u202f2+2\u202f») a appelé à renforcer le dialogue intergouvernemental sur l’espace.',
  ],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '2015年3月の日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '「2+2」（2015年3月）',
  summary: [
    '2015年3月の日仏外務・防衛閣僚会合（「2+2」）で、宇宙分野での政府間対話の強化が言及された。',
  ],
  notes: [],
}
