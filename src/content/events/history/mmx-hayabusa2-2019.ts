import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  mmx2019:
    "26 June 2019: JAXA and CNES agree on cooperation on MMX and on analysing Hayabusa2's samples",
} as const

export const event = {
  id: 'mmx-hayabusa2-2019',
  kind: 'agencies',
  summary: [
    {
      cites: [outside('isas-mmx-2019', Q.mmx2019)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2019-06-26' },
      cite: outside('isas-mmx-2019', Q.mmx2019),
    },
  ],
  place: null,
  roles: {
    FR: { role: 'took-part', cite: outside('isas-mmx-2019', Q.mmx2019) },
    JP: { role: 'took-part', cite: outside('isas-mmx-2019', Q.mmx2019) },
  },
  participants: [
    { kind: 'organisation', id: 'jaxa' },
    { kind: 'organisation', id: 'cnes' },
  ],
  topics: [],
  cite: outside('isas-mmx-2019', Q.mmx2019),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'JAXA and CNES agree on MMX and Hayabusa2',
  shortTitle: 'JAXA–CNES: MMX, Hayabusa2',
  summary: [
    'On 26 June 2019, JAXA and CNES agreed to cooperate on MMX and on analysing Hayabusa2’s samples.',
  ],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Accord JAXA–CNES sur MMX et Hayabusa2',
  shortTitle: 'JAXA–CNES\u202f: MMX, Hayabusa2',
  summary: [
    'Le 26 juin 2019, la JAXA et le CNES sont convenus de coopérer sur MMX et sur l’analyse des échantillons de Hayabusa2.',
  ],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: 'MMXと「はやぶさ2」での協力に合意',
  shortTitle: 'MMX・はやぶさ2で協力',
  summary: [
    '2019年6月26日、宇宙航空研究開発機構（JAXA）とフランス国立宇宙研究センター（CNES）は、MMXと「はやぶさ2」の試料分析での協力に合意した。',
  ],
  notes: [],
}
