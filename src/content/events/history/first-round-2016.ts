import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  round1Date:
    "1st round, 11 March 2016 — « Organisée dans la continuation de la première session (qui s'est tenue le 11 mars 2016) »",
  round1Paris: 'Held in Paris: 「2016年3月にパリにて第1回日仏包括的宇宙対話を開催。」',
  round1Cnes: 'CNES: « la première réunion du Dialogue spatial franco-japonais, au mois de mars »',
} as const

export const event = {
  id: 'first-round-2016',
  kind: 'dialogue',
  summary: [
    {
      cites: [outside('emb-japan-2nd-round', Q.round1Date)],
    },
    {
      cites: [outside('gov-base-2020', Q.round1Paris)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2016-03-11' },
      cite: outside('emb-japan-2nd-round', Q.round1Date),
    },
  ],
  place: {
    country: 'FR',
    cite: outside('gov-base-2020', Q.round1Paris),
  },
  roles: {
    FR: { role: 'host', cite: outside('gov-base-2020', Q.round1Paris) },
    JP: { role: 'visiting', cite: outside('gov-base-2020', Q.round1Paris) },
  },
  participants: [],
  topics: [],
  cite: outside('emb-japan-2nd-round', Q.round1Date),
  notes: [
    {
      cites: [outside('cnes-tokyo-meeting', Q.round1Cnes)],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '1st round of the space dialogue',
  shortTitle: '1st round, Paris',
  summary: [
    'The 1st round of the France–Japan Comprehensive Space Dialogue was held on 11 March 2016.',
    'It was held in Paris, according to a site that republishes Japanese government releases.',
  ],
  place: 'Paris',
  notes: ['CNES also recalls this first meeting of the dialogue.'],
}

export const fr: EventText<typeof event> = {
  title: '1re session du dialogue spatial',
  shortTitle: '1re session, Paris',
  summary: [
    'La 1re session du dialogue global franco-japonais sur l’espace s’est tenue le 11 mars 2016.',
    'Elle s’est tenue à Paris, selon un site qui reprend les communiqués du gouvernement japonais.',
  ],
  place: 'Paris',
  notes: ['Le CNES évoque lui aussi cette première réunion du dialogue, au mois de mars.'],
}

export const ja: EventText<typeof event> = {
  title: '第1回日仏包括的宇宙対話',
  shortTitle: '第1回会合（パリ）',
  summary: [
    '2016年3月11日、第1回日仏包括的宇宙対話が開催された。',
    '日本政府の発表を転載するサイトによれば、開催地はパリだった。',
  ],
  place: 'パリ',
  notes: ['フランス国立宇宙研究センター（CNES）も、3月に開かれたこの最初の会合に触れている。'],
}
