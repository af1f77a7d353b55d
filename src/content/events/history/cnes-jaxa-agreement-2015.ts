import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  cnesJaxa2015:
    'October 2015: a new CNES–JAXA cooperation agreement signed "in the presence of the French and Japanese Prime Ministers"',
} as const

export const event = {
  id: 'cnes-jaxa-agreement-2015',
  kind: 'agencies',
  summary: [
    {
      cites: [outside('cnes-jaxa-2015', Q.cnesJaxa2015)],
    },
  ],
  dates: [
    {
      value: { precision: 'month', month: '2015-10' },
      cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015),
    },
  ],
  place: null,
  roles: {
    FR: { role: 'took-part', cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015) },
    JP: { role: 'took-part', cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015) },
  },
  participants: [
    { kind: 'organisation', id: 'cnes' },
    { kind: 'organisation', id: 'jaxa' },
  ],
  topics: [],
  cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'New CNES–JAXA cooperation agreement',
  shortTitle: 'CNES–JAXA agreement',
  summary: [
    'In October 2015, CNES and JAXA signed a new cooperation agreement in the presence of the French and Japanese Prime Ministers.',
  ],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Nouvel accord de coopération CNES–JAXA',
  shortTitle: 'Accord CNES–JAXA',
  summary: [
    'En octobre 2015, le CNES et la JAXA ont signé un nouvel accord de coopération en présence des Premiers ministres français et japonais.',
  ],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '日仏の宇宙機関による新たな協力協定',
  shortTitle: '宇宙機関の協力協定',
  summary: [
    '2015年10月、フランス国立宇宙研究センター（CNES）と宇宙航空研究開発機構（JAXA）は、日仏両首相の立ち会いのもとで新たな協力協定に署名した。',
  ],
  notes: [],
}
