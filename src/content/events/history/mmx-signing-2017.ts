import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  mmx2017: '10 April 2017: MMX (Martian Moons eXploration) signing ceremony with CNES',
} as const

export const event = {
  id: 'mmx-signing-2017',
  kind: 'agencies',
  summary: [
    {
      cites: [outside('jaxa-mmx-international', Q.mmx2017)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2017-04-10' },
      cite: outside('jaxa-mmx-international', Q.mmx2017),
    },
  ],
  place: null,
  roles: {
    FR: { role: 'took-part', cite: outside('jaxa-mmx-international', Q.mmx2017) },
    JP: { role: 'took-part', cite: outside('jaxa-mmx-international', Q.mmx2017) },
  },
  participants: [
    { kind: 'organisation', id: 'cnes' },
    { kind: 'organisation', id: 'jaxa' },
  ],
  topics: [],
  cite: outside('jaxa-mmx-international', Q.mmx2017),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'MMX signing ceremony with CNES',
  shortTitle: 'MMX signing with CNES',
  summary: [
    'On 10 April 2017, a signing ceremony with CNES was held for the MMX mission (Martian Moons eXploration).',
  ],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Cérémonie de signature MMX avec le CNES',
  shortTitle: 'Signature MMX avec le CNES',
  summary: [
    'Le 10 avril 2017, une cérémonie de signature avec le CNES s’est tenue pour la mission MMX (Martian Moons eXploration).',
  ],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '火星衛星探査計画（MMX）の署名式',
  shortTitle: 'MMXの署名式',
  summary: [
    '2017年4月10日、火星衛星探査計画（MMX）について、フランス国立宇宙研究センター（CNES）との署名式が行われた。',
  ],
  notes: [],
}
