import { localized } from './localized.ts'
import { outside, release } from './cite.ts'
import type { Person } from './types.ts'

// Japanese spellings of the co-chairs' names come from a single secondary source; they are
// cited per language so the interface can say so next to the name.
export const people = [
  {
    id: 'cousin',
    country: 'FR',
    standing: 'co-chair',
    name: localized('people.cousin.name'),
    title: localized('people.cousin.title'),
    rank: localized('people.cousin.rank'),
    cite: release(
      'the Deputy Secretary General for Defence and National Security, Air Marshal COUSIN Vincent',
    ),
    localCites: {
      // The French rank is the French form of the release's "Air Marshal" (facts sheet, B).
      fr: [release('Air Marshal COUSIN Vincent')],
      ja: [
        outside(
          'arabnews-jp',
          'ヴァンサン・クザン (Vincent COUSIN), 国防・国家安全保障事務総局次長',
        ),
        outside(
          'cao-4th-round',
          'In Japanese text write 航空宇宙軍中将, the form the Cabinet Office uses for the holder of this post',
        ),
      ],
    },
  },
  {
    id: 'kasai',
    country: 'JP',
    standing: 'co-chair',
    name: localized('people.kasai.name'),
    title: localized('people.kasai.title'),
    cite: release(
      'Mr. KASAI Yasuyuki and Mr. ISHIZUKI Hideo, respectively Director-General, National Space Policy Secretariat, Cabinet Office',
    ),
    localCites: {
      ja: [outside('arabnews-jp', '河西康之 (KASAI Yasuyuki), 内閣府宇宙開発戦略推進事務局長')],
    },
  },
  {
    id: 'ishizuki',
    country: 'JP',
    standing: 'co-chair',
    name: localized('people.ishizuki.name'),
    title: localized('people.ishizuki.title'),
    cite: release(
      'Mr. KASAI Yasuyuki and Mr. ISHIZUKI Hideo, respectively Director-General, National Space Policy Secretariat, Cabinet Office and Ambassador, in charge of International Security Policy of the Ministry of Foreign Affairs',
    ),
    localCites: {
      ja: [outside('arabnews-jp', '石月英雄 (ISHIZUKI Hideo), 外務省国際安全保障担当大使')],
    },
  },
  {
    // The Japanese spelling is the Ministry of Foreign Affairs' own, from its release on the
    // 9 January dinner.
    id: 'kishida',
    country: 'JP',
    standing: 'leader',
    name: localized('people.kishida.name'),
    title: localized('people.kishida.title'),
    cite: release(
      'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023',
    ),
    localCites: {
      ja: [
        outside(
          'mofa-kishida-visit',
          '岸田文雄内閣総理大臣 (KISHIDA Fumio, Prime Minister of Japan; short form 岸田総理大臣)',
        ),
      ],
    },
  },
  {
    // The release names the office only; the name, in full and in Japanese, comes from the
    // Ministry of Foreign Affairs' release on the 9 January dinner.
    id: 'macron',
    country: 'FR',
    standing: 'leader',
    name: localized('people.macron.name'),
    title: localized('people.macron.title'),
    cite: release(
      'the upcoming visit of the President of the French Republic to Japan in May 2023',
    ),
    localCites: {
      en: [
        outside(
          'mofa-kishida-visit',
          'エマニュエル・マクロン・フランス共和国大統領 (Emmanuel MACRON, President of the French Republic; short form マクロン大統領)',
        ),
      ],
      fr: [
        outside(
          'mofa-kishida-visit',
          'エマニュエル・マクロン・フランス共和国大統領 (Emmanuel MACRON, President of the French Republic; short form マクロン大統領)',
        ),
      ],
      ja: [
        outside(
          'mofa-kishida-visit',
          'エマニュエル・マクロン・フランス共和国大統領 (Emmanuel MACRON, President of the French Republic; short form マクロン大統領)',
        ),
      ],
    },
  },
] as const satisfies readonly Person[]
