import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  preparatory:
    'Preparatory meeting, 30 November 2020, online — 「11月30日、日仏包括的宇宙対話準備会合がオンラインで開催されました。」',
  preparatoryNext: 'The 3rd round was then to be held in France.',
} as const

export const event = {
  id: 'preparatory-meeting-2020',
  kind: 'dialogue',
  summary: [
    {
      cites: [outside('gov-base-2020', Q.preparatory)],
    },
    {
      cites: [outside('gov-base-2020', Q.preparatoryNext)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2020-11-30' },
      cite: outside('gov-base-2020', Q.preparatory),
    },
  ],
  place: {
    online: true,
    cite: outside('gov-base-2020', Q.preparatory),
  },
  roles: {
    FR: { role: 'online', cite: outside('gov-base-2020', Q.preparatory) },
    JP: { role: 'online', cite: outside('gov-base-2020', Q.preparatory) },
  },
  participants: [],
  topics: [],
  cite: outside('gov-base-2020', Q.preparatory),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Preparatory meeting of the space dialogue',
  shortTitle: 'Preparatory meeting',
  summary: [
    'A preparatory meeting for the dialogue was held online on 30 November 2020.',
    'The 3rd round was then to be held in France.',
  ],
  place: 'Online',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Réunion préparatoire du dialogue spatial',
  shortTitle: 'Réunion préparatoire',
  summary: [
    'Une réunion préparatoire du dialogue s’est tenue en ligne le 30 novembre 2020.',
    'La 3e session devait alors se tenir en France.',
  ],
  place: 'En ligne',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '日仏包括的宇宙対話準備会合',
  shortTitle: '準備会合（オンライン）',
  summary: [
    '2020年11月30日、日仏包括的宇宙対話準備会合がオンラインで開催された。',
    'その時点で、第3回会合はフランスで開催される予定だった。',
  ],
  place: 'オンライン',
  notes: [],
}
