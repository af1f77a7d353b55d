import { outside, release } from '../cite.ts'
import { DYNAMIC_QUOTE, PLENARY_QUOTE } from '../releaseQuotes.ts'
import type { EventRecord, EventText } from '../eventFile.ts'

const KISHIDA_QUOTE =
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023'

export const event = {
  id: 'kishida-paris-visit',
  kind: 'leaders',
  summary: [
    {
      // "Ten days before the plenary" needs both dates.
      cites: [release(KISHIDA_QUOTE), release(PLENARY_QUOTE)],
    },
    {
      cites: [release(DYNAMIC_QUOTE)],
    },
  ],
  dates: [{ value: { precision: 'day', date: '2023-01-09' }, cite: release(KISHIDA_QUOTE) }],
  place: {
    country: 'FR',
    cite: release(KISHIDA_QUOTE),
  },
  roles: {
    FR: { role: 'host', cite: release(KISHIDA_QUOTE) },
    JP: { role: 'visiting', cite: release(KISHIDA_QUOTE) },
  },
  participants: [
    { kind: 'person', id: 'kishida' },
    { kind: 'person', id: 'macron' },
  ],
  topics: [],
  cite: release(KISHIDA_QUOTE),
  notes: [
    {
      cites: [
        outside(
          'mofa-kishida-visit',
          'working dinner with President Macron at the Élysée; first visit to Paris as Prime Minister',
        ),
      ],
    },
    {
      // The facts sheet vouches for both in one entry built on the ministry's own release
      // (mirrored) and a press preview; the preview, written before the visit, cannot carry
      // the Notre-Dame visit alone.
      cites: [
        outside(
          'mofa-kishida-visit',
          'they agreed to aim for a "2+2" foreign and defence ministers\' meeting in the first half of 2023 and a new cooperation roadmap; they visited the Notre-Dame building site',
        ),
        outside('rfi-kishida-visit', 'they visited the Notre-Dame building site'),
      ],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Prime Minister Kishida visits Paris',
  shortTitle: 'Kishida visits Paris',
  summary: [
    'On 9 January 2023, ten days before the plenary, the Prime Minister of Japan, KISHIDA Fumio, visited Paris.',
    'The joint press release says that this visit and the bilateral sequences planned during the visit of the President of the French Republic to Japan in May 2023 enshrine the dynamic of the partnership.',
  ],
  place: 'Paris',
  notes: [
    'It was his first visit to Paris as Prime Minister. He and President Macron held a working dinner at the Élysée.',
    'The two leaders agreed to aim for a “2+2” meeting of foreign and defence ministers in the first half of 2023, and for a new cooperation roadmap. They visited the Notre-Dame building site together.',
  ],
}

export const fr: EventText<typeof event> = {
  title: 'Le Premier ministre Kishida en visite à Paris',
  shortTitle: 'Kishida en visite à Paris',
  summary: [
    'Le 9 janvier 2023, dix jours avant la séance plénière, le Premier ministre japonais, KISHIDA Fumio, s’est rendu à Paris.',
    'Selon le communiqué conjoint, cette visite et les séquences bilatérales prévues lors de la visite du président de la République au Japon en mai 2023 consacrent la dynamique du partenariat.',
  ],
  place: 'Paris',
  notes: [
    'C’était sa première visite à Paris en tant que Premier ministre. Il a eu un dîner de travail avec le président Macron à l’Élysée.',
    'Les deux dirigeants sont convenus de viser une réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense au premier semestre 2023, ainsi qu’une nouvelle feuille de route de coopération. Ils ont visité ensemble le chantier de Notre-Dame.',
  ],
}

export const ja: EventText<typeof event> = {
  title: '岸田総理大臣がパリを訪問',
  shortTitle: '岸田総理がパリを訪問',
  summary: [
    '2023年1月9日、全体会合の10日前に、岸田文雄内閣総理大臣がパリを訪問した。',
    '共同プレスリリースによれば、この訪問と、2023年5月のフランス大統領訪日の際に予定されている二国間の日程が、両国のパートナーシップの機運を確かなものにしている。',
  ],
  place: 'パリ',
  notes: [
    '総理大臣として初めてのパリ訪問であった。エリゼ宮でマクロン大統領との日仏首脳夕食会に臨んだ。',
    '両首脳は、2023年前半の外務・防衛閣僚会合「2+2」の開催と、新たな協力ロードマップの策定を目指すことで一致した。また、ともにノートルダム大聖堂の工事現場を訪れた。',
  ],
}
