import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  rover2023: '20 June 2023, Paris Air Show: trilateral memorandum of cooperation on the MMX rover',
} as const

export const event = {
  id: 'mmx-rover-2023',
  kind: 'agencies',
  summary: [
    {
      cites: [outside('jaxa-mmx-rover-2023', Q.rover2023)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2023-06-20' },
      cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
    },
  ],
  place: {
    country: 'FR',
    cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
  },
  roles: {
    FR: { role: 'took-part', cite: outside('jaxa-mmx-rover-2023', Q.rover2023) },
    JP: { role: 'took-part', cite: outside('jaxa-mmx-rover-2023', Q.rover2023) },
  },
  participants: [],
  topics: [],
  cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'MMX rover memorandum at the Paris Air Show',
  shortTitle: 'MMX rover memorandum',
  summary: [
    'On 20 June 2023, at the Paris Air Show, a trilateral memorandum of cooperation on the MMX rover was signed.',
  ],
  place: 'Paris Air Show',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Protocole sur le rover de MMX au Salon du Bourget',
  shortTitle: 'Rover de MMX, Le Bourget',
  summary: [
    'Le 20 juin 2023, au Salon du Bourget, un protocole de coopération trilatéral sur le rover de MMX a été signé.',
  ],
  place: 'Salon du Bourget',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: 'MMXローバーに関する三者協力覚書',
  shortTitle: 'MMXローバーの覚書',
  summary: ['2023年6月20日、パリ航空ショーで、MMXローバーに関する三者間の協力覚書が署名された。'],
  place: 'パリ航空ショー',
  notes: [],
}
