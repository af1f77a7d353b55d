import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  idefix2024: '7 March 2024: the rover IDEFIX handed over to JAXA',
} as const

export const event = {
  id: 'idefix-handover-2024',
  kind: 'agencies',
  summary: [
    {
      cites: [outside('isas-idefix-2024', Q.idefix2024)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2024-03-07' },
      cite: outside('isas-idefix-2024', Q.idefix2024),
    },
  ],
  place: null,
  roles: {
    JP: { role: 'took-part', cite: outside('isas-idefix-2024', Q.idefix2024) },
  },
  participants: [{ kind: 'organisation', id: 'jaxa' }],
  topics: [],
  cite: outside('isas-idefix-2024', Q.idefix2024),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'IDEFIX rover handed over to JAXA',
  shortTitle: 'IDEFIX handed to JAXA',
  summary: ['On 7 March 2024, the rover IDEFIX was handed over to JAXA.'],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Le rover IDEFIX remis à la JAXA',
  shortTitle: 'IDEFIX remis à la JAXA',
  summary: ['Le 7 mars 2024, le rover IDEFIX a été remis à la JAXA.'],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: 'ローバーIDEFIXの引き渡し',
  shortTitle: 'IDEFIXの引き渡し',
  summary: ['2024年3月7日、ローバーIDEFIXが宇宙航空研究開発機構（JAXA）に引き渡された。'],
  notes: [],
}
