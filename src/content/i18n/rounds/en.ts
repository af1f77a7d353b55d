// The rounds compared (src/content/rounds.ts) in English: one text per cell, keyed
// rounds.<id>.<row>. Apart from ../en.ts because only the pages that show the table (/rounds, and
// /source with its citers) read it: fetched by their routes' loaders (src/content/contentText.ts,
// loadContentPart), so that the first screen does not download it. Its keys are the contract,
// as ../en.ts's are: every other language's module is typed RoundsText.
export const content = {
  'rounds.round-2016.name': '1st round, 2016',
  'rounds.round-2016.date': '11 March 2016',
  'rounds.round-2016.place': 'Paris',
  'rounds.round-2016.format': 'Round of the dialogue (the 1st)',
  'rounds.round-2016.host': 'France (held in Paris)',
  'rounds.round-2017.name': '2nd round, 2017',
  'rounds.round-2017.date': '24 March 2017',
  'rounds.round-2017.place': 'Tokyo',
  'rounds.round-2017.format': 'Round of the dialogue (the 2nd)',
  'rounds.round-2017.host': 'Japan (held in Tokyo)',
  'rounds.round-2017.coChairs':
    'Japan: 飯島俊郎, Ambassador for Policy Planning and International Security, Ministry of Foreign Affairs; 髙田修三, Director-General of the National Space Policy Secretariat, Cabinet Office. France: ルイ・ゴティエ, Secretary-General for National Defence and Security.',
  'rounds.round-2017.bodies':
    'Japan: the Ministry of Foreign Affairs, the Cabinet Office, the National Security Secretariat, the Secretariat of the Headquarters for Ocean Policy, the Cabinet Satellite Intelligence Center, MEXT, the Ministry of Economy, Trade and Industry, the Ministry of Defense and JAXA. France: the SGDSN (Prime Minister’s office), the Ministry of Foreign Affairs and International Development, the Ministry of Defence and CNES.',
  'rounds.round-2017.subjects':
    'Security (space situational awareness and more), civil matters (cooperation between agencies, space industry cooperation and more), international rule-making and more.',
  'rounds.round-2017.documents':
    'A statement of intent on a comprehensive space partnership, and a technical arrangement on sharing space situational awareness information, between the Japanese authorities and the French Minister of Defence.',
  'rounds.preparatory-2020.name': 'Preparatory meeting, 2020',
  'rounds.preparatory-2020.date': '30 November 2020',
  'rounds.preparatory-2020.place': 'Online',
  'rounds.preparatory-2020.format': 'Preparatory meeting, held online',
  'rounds.preparatory-2020.coChairs':
    'Japan: 船越健裕, Ambassador for International Security, Ministry of Foreign Affairs; 松尾剛彦, Director-General of the National Space Policy Secretariat, Cabinet Office. France: Mr. Jean-Hugues SIMON-MICHEL, Director for International, Strategic and Technological Affairs, General Secretariat for Defense and National Security.',
  'rounds.round-2023.name': '3rd round, 2023',
  'rounds.round-2023.date':
    'Plenary on 19 January 2023; 18–20 January 2023 for the whole round, in an outside report.',
  'rounds.round-2023.place':
    'Paris, at the Secretariat-General for National Defence and Security (SGDSN)',
  'rounds.round-2023.format':
    'Plenary session, a meeting with French space start-ups, and a visit to the ArianeGroup site at Les Mureaux on 20 January 2023.',
  'rounds.round-2023.host': 'France (held in Paris)',
  'rounds.round-2023.coChairs':
    'France: Air Marshal COUSIN Vincent, Deputy Secretary General for Defence and National Security. Japan: Mr. KASAI Yasuyuki, Director-General, National Space Policy Secretariat, Cabinet Office; Mr. ISHIZUKI Hideo, Ambassador in charge of International Security Policy, Ministry of Foreign Affairs.',
  'rounds.round-2023.bodies':
    'France: the SGDSN; the Ministry of Economics, Finance and Industrial and Digital Sovereignty; the Ministry for Europe and Foreign Affairs; the Ministry of Armed Forces; CNES. Japan: the Cabinet Office; the Ministry of Foreign Affairs; the National Security Secretariat; MEXT; the Ministry of Economy, Trade and Industry; the Ministry of Defence; JAXA.',
  'rounds.round-2023.subjects':
    'Security and defence policies regarding space, civil cooperation, and multilateral cooperation within the United Nations, the G7 and the space dialogue between Japan and the EU.',
  'rounds.round-2026.name': '4th round, 2026',
  'rounds.round-2026.date': '15 January 2026',
  'rounds.round-2026.place': 'Tokyo',
  'rounds.round-2026.format': 'Round of the dialogue (the 4th)',
  'rounds.round-2026.host': 'Japan (held in Tokyo)',
  'rounds.round-2026.coChairs':
    'Japan: 門脇仁一, Ambassador for Policy Planning, International Security Policy and Space Policy, Ministry of Foreign Affairs; 風木淳, Director-General of the National Space Policy Secretariat, Cabinet Office. France: アンヌ=マリー・デコット, Secretary-General of the Ministry for Europe and Foreign Affairs; セドリック・ゴーディリエール, Deputy Secretary-General for National Defence and Security (Air and Space Force lieutenant general).',
  'rounds.round-2026.subjects':
    'Each side’s latest space policy, international cooperation, security, civil and industrial cooperation. Japan presented its work on space debris, on international rule-making among allies and like-minded countries, and on the use of its Michibiki satellite positioning system.',
}

/** What each language's rounds module types its `content` by: the same keys as this one. */
export type RoundsText = Readonly<Record<keyof typeof content, string>>
