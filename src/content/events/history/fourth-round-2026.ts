import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  round4:
    '4th round, 15 January 2026, Tokyo — 「1月15日、東京において、第4回日仏包括的宇宙対話が開催されました。」',
  round4Subjects:
    "Discussed: each side's latest space policy, international cooperation, security, civil and industrial cooperation",
  round4Japan:
    'Japan presented its work on space debris, international rule-making among allies and like-minded countries, and the use of its Michibiki (みちびき) satellite positioning system',
  round4Roadmap:
    'The same page says space is covered, for both security and science and technology, in the France–Japan roadmap 2023–2027 published in December 2023.',
} as const

export const event = {
  id: 'fourth-round-2026',
  kind: 'dialogue',
  summary: [
    {
      cites: [outside('cao-4th-round', Q.round4)],
    },
    {
      cites: [outside('cao-4th-round', Q.round4Subjects)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2026-01-15' },
      cite: outside('cao-4th-round', Q.round4),
    },
  ],
  place: {
    country: 'JP',
    cite: outside('cao-4th-round', Q.round4),
  },
  roles: {
    JP: { role: 'host', cite: outside('cao-4th-round', Q.round4) },
    FR: { role: 'visiting', cite: outside('cao-4th-round', Q.round4) },
  },
  participants: [],
  topics: [],
  cite: outside('cao-4th-round', Q.round4),
  notes: [
    {
      cites: [outside('cao-4th-round', Q.round4Japan)],
    },
    {
      cites: [outside('cao-4th-round', Q.round4Roadmap)],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '4th round of the space dialogue',
  shortTitle: '4th round, Tokyo',
  summary: [
    'The 4th round was held in Tokyo on 15 January 2026.',
    'The two sides discussed their latest space policies, international cooperation, security, and civil and industrial cooperation.',
  ],
  place: 'Tokyo',
  notes: [
    'Japan presented its work on space debris, on international rule-making among allies and like-minded countries, and on the use of its Michibiki satellite positioning system.',
    'The same page says that space is covered, for both security and science and technology, in the France–Japan roadmap 2023–2027 published in December 2023.',
  ],
}

export const fr: EventText<typeof event> = {
  title: '4e session du dialogue spatial',
  shortTitle: '4e session, Tokyo',
  summary: [
    'La 4e session s’est tenue à Tokyo le 15 janvier 2026.',
    'Les deux parties ont évoqué leurs politiques spatiales les plus récentes, la coopération internationale, la sécurité ainsi que la coopération civile et industrielle.',
  ],
  place: 'Tokyo',
  notes: [
    'Le Japon a présenté ses travaux sur les débris spatiaux, sur l’élaboration de règles internationales entre alliés et pays partageant les mêmes valeurs, et sur l’utilisation de son système de positionnement par satellite Michibiki.',
    'La même page indique que l’espace figure, pour la sécurité comme pour la science et la technologie, dans la feuille de route franco-japonaise 2023–2027 publiée en décembre 2023.',
  ],
}

export const ja: EventText<typeof event> = {
  title: '第4回日仏包括的宇宙対話',
  shortTitle: '第4回会合（東京）',
  summary: [
    '2026年1月15日、東京で第4回日仏包括的宇宙対話が開催された。',
    '双方は、それぞれの最新の宇宙政策、国際協力、安全保障、民生・産業協力について議論した。',
  ],
  place: '東京',
  notes: [
    '日本側は、宇宙デブリへの取り組み、同盟国・同志国間での国際的なルール作り、衛星測位システム「みちびき」の活用について説明した。',
    '同じページによれば、宇宙分野は、安全保障と科学技術の両面で、2023年12月に公表された日仏ロードマップ（2023～2027年）に盛り込まれている。',
  ],
}
