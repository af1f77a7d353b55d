import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  round2:
    '2nd round, 24 March 2017, Tokyo — 「平成29年(2017年)3月24日,東京において,第2回日仏包括的宇宙対話が開催されました」',
  round2Documents:
    'a statement of intent on a comprehensive space partnership (「包括的宇宙パートナーシップ 意図表明文書」) and a technical arrangement on sharing space situational awareness information (「宇宙状況把握に係る情報共有に関する技術取決め」) were signed',
  round2Ssa:
    'The SSA text is a technical arrangement between the Japanese authorities and the French Minister of Defence, not between two agencies.',
  round2Announced:
    'adds that the round had been announced in the communiqué of the 3rd 2+2 of 6 January 2017',
} as const

export const event = {
  id: 'second-round-2017',
  kind: 'dialogue',
  summary: [
    {
      cites: [outside('mofa-2nd-round', Q.round2)],
    },
    {
      cites: [outside('mofa-2nd-round', Q.round2Documents)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2017-03-24' },
      cite: outside('mofa-2nd-round', Q.round2),
    },
  ],
  place: {
    country: 'JP',
    cite: outside('mofa-2nd-round', Q.round2),
  },
  roles: {
    JP: { role: 'host', cite: outside('mofa-2nd-round', Q.round2) },
    FR: { role: 'visiting', cite: outside('mofa-2nd-round', Q.round2) },
  },
  participants: [],
  topics: [],
  cite: outside('mofa-2nd-round', Q.round2),
  notes: [
    {
      cites: [outside('ambafrance-jp', Q.round2Ssa)],
    },
    {
      cites: [outside('ambafrance-jp', Q.round2Announced)],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: '2nd round of the space dialogue',
  shortTitle: '2nd round, Tokyo',
  summary: [
    'The 2nd round was held in Tokyo on 24 March 2017.',
    'A statement of intent on a comprehensive space partnership and a technical arrangement on sharing space situational awareness information were signed there.',
  ],
  place: 'Tokyo',
  notes: [
    'The arrangement on space situational awareness is between the Japanese authorities and the French Minister of Defence, not between two agencies.',
    'According to the Embassy of France in Japan, this round had been announced in the communiqué of the 3rd “2+2” of 6 January 2017.',
  ],
}

export const fr: EventText<typeof event> = {
  title: '2e session du dialogue spatial',
  shortTitle: '2e session, Tokyo',
  summary: [
    'La 2e session s’est tenue à Tokyo le 24 mars 2017.',
    'Une déclaration d’intention sur un partenariat spatial global et un arrangement technique sur le partage d’informations de surveillance de l’espace y ont été signés.',
  ],
  place: 'Tokyo',
  notes: [
    'L’arrangement sur la surveillance de l’espace lie les autorités japonaises et le ministre français de la Défense, et non deux agences.',
    'Selon l’ambassade de France au Japon, cette session avait été annoncée dans le communiqué du 3e «\u202f2+2\u202f», le 6 janvier 2017.',
  ],
}

export const ja: EventText<typeof event> = {
  title: '第2回日仏包括的宇宙対話',
  shortTitle: '第2回会合（東京）',
  summary: [
    '2017年3月24日、東京で第2回日仏包括的宇宙対話が開催された。',
    'この会合で、「包括的宇宙パートナーシップ 意図表明文書」と「宇宙状況把握に係る情報共有に関する技術取決め」が署名された。',
  ],
  place: '東京',
  notes: [
    '宇宙状況把握に関する取決めは、日本側当局とフランス国防大臣との間のもので、両国の機関同士の取決めではない。',
    '在日フランス大使館によれば、この会合は2017年1月6日の第3回「2+2」の発表文で予告されていた。',
  ],
}
