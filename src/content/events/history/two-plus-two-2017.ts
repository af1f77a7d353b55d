import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  twoPlusTwo2017:
    '3rd 2+2, 6 January 2017, Paris — « se sont réunis le 6 janvier 2017 à Paris, pour la 3e session … (« 2+2 ») »',
  twoPlusTwo2017Ssa:
    'hopes to make space cooperation concrete, SSA first — 「宇宙状況把握(SSA)を始めとする宇宙分野での協力を具体化することへの期待を表明」',
  round2Announced:
    'adds that the round had been announced in the communiqué of the 3rd 2+2 of 6 January 2017',
} as const

export const event = {
  id: 'two-plus-two-2017',
  kind: 'ministers',
  summary: [
    {
      cites: [outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017)],
    },
    {
      cites: [outside('mofa-2plus2-2017', Q.twoPlusTwo2017Ssa)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2017-01-06' },
      cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
    },
  ],
  place: {
    country: 'FR',
    cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
  },
  roles: {
    FR: { role: 'host', cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017) },
    JP: { role: 'visiting', cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017) },
  },
  participants: [],
  topics: [],
  cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
  notes: [
    {
      cites: [outside('ambafrance-jp', Q.round2Announced)],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '3rd “2+2” of foreign and defence ministers',
  shortTitle: '3rd “2+2”, Paris',
  summary: [
    'The 3rd “2+2” meeting of foreign and defence ministers was held in Paris on 6 January 2017.',
    'The ministers hoped to make space cooperation concrete, starting with space situational awareness (SSA).',
  ],
  place: 'Paris',
  notes: [
    'According to the Embassy of France in Japan, its communiqué announced the 2nd round of the space dialogue.',
  ],
}

export const fr: EventText<typeof event> = {
  title: '3e «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense',
  shortTitle: '3e «\u202f2+2\u202f», Paris',
  summary: [
    'La 3e réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense s’est tenue à Paris le 6 janvier 2017.',
    'Les ministres ont souhaité concrétiser la coopération spatiale, à commencer par la surveillance de l’espace (SSA).',
  ],
  place: 'Paris',
  notes: [
    'Selon l’ambassade de France au Japon, son communiqué annonçait la 2e session du dialogue spatial.',
  ],
}

export const ja: EventText<typeof event> = {
  title: '第3回日仏外務・防衛閣僚会合（「2+2」）',
  shortTitle: '第3回「2+2」（パリ）',
  summary: [
    '2017年1月6日、第3回日仏外務・防衛閣僚会合（「2+2」）がパリで開催された。',
    '閣僚らは、宇宙状況把握（SSA）をはじめとする宇宙分野での協力の具体化に期待を表明した。',
  ],
  place: 'パリ',
  notes: ['在日フランス大使館によれば、この会合の発表文で第2回宇宙対話の開催が予告されていた。'],
}
