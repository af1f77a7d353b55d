import { outside, release } from '../cite.ts'
import { BONDS_QUOTE, PLENARY_QUOTE, TOPICS_QUOTE } from '../releaseQuotes.ts'
import type { EventRecord, EventText } from '../eventFile.ts'

export const event = {
  id: 'plenary',
  kind: 'dialogue',
  summary: [
    {
      cites: [release(PLENARY_QUOTE)],
    },
    {
      cites: [release(BONDS_QUOTE)],
    },
    {
      cites: [release(TOPICS_QUOTE)],
    },
  ],
  dates: [{ value: { precision: 'day', date: '2023-01-19' }, cite: release(PLENARY_QUOTE) }],
  place: {
    country: 'FR',
    cite: release(PLENARY_QUOTE),
  },
  roles: {
    FR: { role: 'host', cite: release(PLENARY_QUOTE) },
    JP: { role: 'visiting', cite: release(PLENARY_QUOTE) },
  },
  participants: [
    { kind: 'person', id: 'cousin' },
    { kind: 'person', id: 'kasai' },
    { kind: 'person', id: 'ishizuki' },
    { kind: 'delegation', country: 'FR' },
    { kind: 'delegation', country: 'JP' },
  ],
  topics: ['security-defence', 'civil', 'multilateral'],
  cite: release(PLENARY_QUOTE),
  notes: [
    {
      cites: [
        outside(
          'arabnews-jp',
          'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
        ),
      ],
    },
    {
      cites: [outside('earlier-rounds', '1st round: 11 March 2016, Paris.')],
    },
    {
      cites: [
        outside(
          'mofa-2nd-round',
          '2nd round: 24 March 2017, Tokyo; a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed',
        ),
        // The documents' exact names (the Japanese text uses the ministry's own wording).
        outside(
          'mofa-2nd-round',
          'a statement of intent on a comprehensive space partnership (「包括的宇宙パートナーシップ 意図表明文書」) and a technical arrangement on sharing space situational awareness information (「宇宙状況把握に係る情報共有に関する技術取決め」) were signed',
        ),
      ],
    },
    {
      cites: [outside('earlier-rounds', 'Preparatory meeting: 30 November 2020, online.')],
    },
    {
      cites: [outside('cao-4th-round', '4th round: 15 January 2026, Tokyo')],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Plenary of the space dialogue at the SGDSN',
  shortTitle: 'Plenary at the SGDSN',
  summary: [
    'On 19 January 2023, the two delegations met in plenary at the Secretariat-General for National Defence and Security (SGDSN) in Paris.',
    'The meeting restated the bonds that unite France and Japan, and both partners shared their space policies, security and defence included.',
    'Among the many subjects of the dialogue, the release names security and defence policies regarding space, civil cooperation, and multilateral cooperation within the United Nations, the G7 and the space dialogue between Japan and the EU.',
  ],
  place: 'Secretariat-General for National Defence and Security (SGDSN), Paris',
  notes: [
    'A Japanese report of the meeting calls it the 3rd France–Japan Comprehensive Space Dialogue and dates the dialogue 18–20 January 2023; the press release itself dates only the 19th and the 20th.',
    'The 1st round was held in Paris on 11 March 2016.',
    'The 2nd round was held in Tokyo on 24 March 2017. At that round, a statement of intent on a comprehensive space partnership and a technical arrangement on sharing space situational awareness information were signed.',
    'A preparatory meeting was held online on 30 November 2020.',
    'Later, the 4th round was held in Tokyo on 15 January 2026.',
  ],
}

export const fr: EventText<typeof event> = {
  title: 'Séance plénière du dialogue spatial au SGDSN',
  shortTitle: 'Plénière au SGDSN',
  summary: [
    'Le 19 janvier 2023, les deux délégations se sont réunies en séance plénière au Secrétariat général de la défense et de la sécurité nationale (SGDSN), à Paris.',
    'La réunion a permis de réaffirmer les liens qui unissent la France et le Japon et de partager les politiques spatiales des deux partenaires, y compris en matière de sécurité et de défense.',
    'Parmi les nombreux sujets abordés, le communiqué cite les politiques de sécurité et de défense dans l’espace, la coopération civile et la coopération multilatérale dans le cadre des Nations unies, du G7 et du dialogue spatial entre le Japon et l’UE.',
  ],
  place: 'Secrétariat général de la défense et de la sécurité nationale (SGDSN), Paris',
  notes: [
    'Un compte rendu japonais de la réunion la présente comme le 3e dialogue global franco-japonais sur l’espace et date le dialogue du 18 au 20 janvier 2023\u202f; le communiqué lui-même ne date que le 19 et le 20.',
    'La 1re session s’est tenue à Paris le 11 mars 2016.',
    'La 2e session s’est tenue à Tokyo le 24 mars 2017. Lors de cette session ont été signés une déclaration d’intention sur un partenariat spatial global et un arrangement technique sur le partage d’informations relatives à la connaissance de la situation spatiale.',
    'Une réunion préparatoire s’est tenue en ligne le 30 novembre 2020.',
    'Par la suite, la 4e session s’est tenue à Tokyo le 15 janvier 2026.',
  ],
}

export const ja: EventText<typeof event> = {
  title: '国防・国家安全保障事務総局で宇宙対話の全体会合',
  shortTitle: '宇宙対話の全体会合',
  summary: [
    '2023年1月19日、両代表団はパリの国防・国家安全保障事務総局（SGDSN）で全体会合を開いた。',
    '会合では日仏を結ぶ絆を再確認するとともに、安全保障・防衛を含む双方の宇宙政策を共有した。',
    '対話では多岐にわたる分野が取り上げられた。プレスリリースはその例として、宇宙に関する安全保障・防衛政策、民生協力、そして国連・G7・日EU宇宙対話の枠組みにおける多国間協力を挙げている。',
  ],
  place: 'パリ、国防・国家安全保障事務総局（SGDSN）',
  notes: [
    '会合に関する日本語の記事は、これを「第3回日仏包括的宇宙対話」と呼び、対話の日程を2023年1月18日～20日としている。プレスリリース自体が日付を示すのは19日と20日のみである。',
    '第1回は2016年3月11日にパリで開催された。',
    '第2回は2017年3月24日に東京で開催された。この会合で、「包括的宇宙パートナーシップ 意図表明文書」と「宇宙状況把握に係る情報共有に関する技術取決め」が署名された。',
    '2020年11月30日には、オンラインで準備会合が行われた。',
    'その後、第4回は2026年1月15日に東京で開催された。',
  ],
}
