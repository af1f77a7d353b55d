import type { EventTextKey, EventTextOf } from '../eventFile.ts'

// The content's English text, keyed by stable ids (file, record id, field, sentence number);
// the records in src/content/*.ts hold everything else and name their text by these keys.
// This module's keys are the contract: every other language's module is typed ContentText,
// so a missing or extra entry is a type error. One module per language, so that a page loads
// only its own (src/lib/locales.ts).

// Each event's English text sits in the event's own file, beside its data (src/content/events/,
// see src/content/eventFile.ts); the `lang` query gives this module its own copy of those files,
// reduced to their `en` export (vite.config.ts, eventText), and src/content/contentText.ts
// files it under the keys the records name it by.
export const events = import.meta.glob<EventTextOf>('../events/*.ts', {
  eager: true,
  import: 'en',
  query: '?lang=en',
})

export const content = {
  'organisations.sgdsn.name': 'Secretariat-General for National Defence and Security',
  'organisations.sgdsn.note': 'A service of the French Prime Minister; venue of the plenary.',
  'organisations.fr-economy.name':
    'Ministry of Economics, Finance and Industrial and Digital Sovereignty',
  'organisations.fr-foreign-affairs.name': 'Ministry for Europe and Foreign Affairs',
  'organisations.fr-armed-forces.name': 'Ministry of Armed Forces',
  'organisations.cnes.name': 'National Centre for Space Studies',
  'organisations.arianegroup.name': 'ArianeGroup',
  'organisations.arianegroup.note':
    'The delegations visited its site at Les Mureaux on 20 January.',
  'organisations.fr-space-startups.name': 'French space start-ups',
  'organisations.fr-space-startups.note': 'Several companies; the release does not name them.',
  'organisations.jp-cabinet-office.name': 'Cabinet Office (National Space Policy Secretariat)',
  'organisations.jp-cabinet-office.note':
    'The release names high-ranking officials from it in the Japanese delegation.',
  'organisations.jp-foreign-affairs.name': 'Ministry of Foreign Affairs',
  'organisations.jp-foreign-affairs.note':
    'The release names high-ranking officials from it in the Japanese delegation.',
  'organisations.jp-national-security.name': 'National Security Secretariat',
  'organisations.jp-national-security.note':
    'The release lists it among the bodies that sent representatives.',
  'organisations.mext.name': 'Ministry for Education, Culture, Sports, Sciences and Technologies',
  'organisations.mext.note': 'The release lists it among the bodies that sent representatives.',
  'organisations.meti.name': 'Ministry of Economy, Trade and Industry',
  'organisations.meti.note': 'The release lists it among the bodies that sent representatives.',
  'organisations.jp-defence.name': 'Ministry of Defence',
  'organisations.jp-defence.note':
    'The release lists it among the bodies that sent representatives.',
  'organisations.jaxa.name': 'Japan Aerospace Exploration Agency',
  'organisations.jaxa.note': 'The release lists it among the bodies that sent representatives.',
  'people.cousin.name': 'Vincent COUSIN',
  'people.cousin.title': 'Deputy Secretary General for Defence and National Security',
  'people.cousin.rank': 'Air Marshal',
  'people.kasai.name': 'KASAI Yasuyuki',
  'people.kasai.title': 'Director-General, National Space Policy Secretariat, Cabinet Office',
  'people.ishizuki.name': 'ISHIZUKI Hideo',
  'people.ishizuki.title':
    'Ambassador in charge of International Security Policy, Ministry of Foreign Affairs',
  'people.kishida.name': 'KISHIDA Fumio',
  'people.kishida.title': 'Prime Minister of Japan',
  'people.macron.name': 'Emmanuel MACRON',
  'people.macron.title': 'President of the French Republic',
  'sources.VERIFIED': 'Verified in the project’s facts sheet.',
  'sources.ENCYCLOPEDIC': 'Encyclopedic source, verified in the project’s facts sheet.',
  'sources.press-release.title': 'Joint press release, 19 January 2023',
  'sources.press-release.confidence': 'Primary source, published in English.',
  'sources.arabnews-jp.title': 'Arab News Japan, Japanese report of the meeting',
  'sources.arabnews-jp.confidence': 'One secondary source; verified there only.',
  'sources.mofa-2nd-round.title': 'Ministry of Foreign Affairs of Japan, page on the 2nd round',
  'sources.ambafrance-jp.title': 'Embassy of France in Japan',
  'sources.french-official-names.title': 'Official French names (public French sources)',
  'sources.mofa-kishida-visit.title':
    'MOFA release on the Prime Minister’s visit to France (mirror)',
  'sources.rfi-kishida-visit.title': 'RFI, report on the Prime Minister’s visit to Paris',
  'sources.japan-gov-g7.title': 'The Government of Japan, KIZUNA: the G7 Hiroshima Summit',
  'sources.cnes-ariane6.title': 'CNES, Ariane 6 organisation',
  'sources.francetvinfo-ariane6.title': 'franceinfo, Ariane 6’s first flight',
  'sources.spacenews-geotracker.title': 'SpaceNews, ArianeGroup’s GeoTracker service',
  'sources.cao-4th-round.title': 'Cabinet Office of Japan, 4th round',
  'sources.earlier-rounds.title': 'Earlier rounds of the dialogue (project facts sheet)',
  'sources.earlier-rounds.confidence':
    'Verified in the project’s facts sheet, which gives no single address for these rounds.',
  'sources.wikipedia-les-mureaux.title': 'Wikipedia (French), Les Mureaux',
  'sources.wikipedia-space-command.title': 'Wikipedia (French), Commandement de l’espace',
  'topics.security-defence.label': 'Security and defence in space',
  'topics.security-defence.description':
    'Each country’s security and defence policies regarding space.',
  'topics.civil.label': 'Civil cooperation',
  'topics.civil.description': 'Civil cooperation between the two countries.',
  'topics.multilateral.label': 'Multilateral cooperation',
  'topics.multilateral.description':
    'Working together at the United Nations, in the G7 and in the Japan–EU space dialogue.',
  'topics.industry.label': 'Industry and start-ups',
  'topics.industry.description':
    'Exchanges between industries from both countries, the purpose the release gives for the meeting with French space start-ups.',
  'delegations.FR.name': 'French delegation',
  'delegations.JP.name': 'Japanese delegation',
  'dialogue.summary.0':
    'In January 2023, the French and Japanese delegations held their space dialogue: a plenary at the SGDSN in Paris on 19 January, a meeting with French space start-ups organised for the Japanese delegation, and, on 20 January, a visit to the ArianeGroup site at Les Mureaux.',
  'dialogue.summary.1':
    'They restated the bonds that unite France and Japan and shared their space policies, security and defence included.',
  'dialogue.summary.2':
    'According to the release, the quality of the dialogue reflects the common will to strengthen the exceptional partnership between the two countries for the years to come.',
  'dialogue.summary.3':
    'The release names what enshrines this dynamic: the Japanese Prime Minister’s visit to Paris on 9 January 2023, and the bilateral sequences planned during the visit of the President of the French Republic to Japan for the G7 Summit in Hiroshima in May 2023.',
  'seo.DELEGATIONS_DESCRIPTION':
    'The French and Japanese delegations to the space dialogue of January 2023: their co-chairs, member organisations and the events they took part in, each fact with its source.',
  'seo.IMAGE_ALT':
    'The French and Japanese flags above the title “France–Japan Comprehensive Space Dialogue, January 2023” and a timeline of the dialogue and its context.',
  'sources.gov-base-2020.confidence':
    'Reported by gov-base.info, a site that republishes Japanese government releases: medium confidence in the project’s facts sheet.',
  'sources.emb-japan-2nd-round.title':
    'Embassy of Japan in France, the 2nd France–Japan Comprehensive Space Dialogue (March 2017)',
  'sources.gov-base-2020.title':
    'gov-base.info, a mirror of Japanese government releases: the preparatory meeting (November 2020)',
  'sources.cnes-tokyo-meeting.title':
    'CNES press release: France–Japan space cooperation, CNES and its partners meet in Tokyo',
  'sources.ambafrance-2plus2-2017.title': 'Embassy of France in Japan, the 3rd France–Japan “2+2”',
  'sources.mofa-2plus2-2017.title':
    'Ministry of Foreign Affairs of Japan, the 3rd “2+2” (January 2017)',
  'sources.emb-japan-2plus2-2018.title': 'Embassy of Japan in France, the 4th “2+2” (January 2018)',
  'sources.emb-japan-2plus2-2019.title': 'Embassy of Japan in France, the 5th “2+2” (January 2019)',
  'sources.emb-japan-2plus2-2022.title': 'Embassy of Japan in France, the 6th “2+2” (January 2022)',
  'sources.diplomatie-2plus2-2023.title':
    'French Ministry for Europe and Foreign Affairs, joint statement of the 7th “2+2” (May 2023)',
  'sources.diplomatie-japon.title':
    'French Ministry for Europe and Foreign Affairs, France–Japan bilateral relations',
  'sources.mofa-roadmap-2023.title':
    'Ministry of Foreign Affairs of Japan, the France–Japan roadmap (December 2023)',
  'sources.cnes-jaxa-2015.title':
    'CNES press release: France–Japan space cooperation, CNES meets its Japanese partners in Tokyo',
  'sources.jaxa-mmx-international.title': 'JAXA, MMX: international cooperation',
  'sources.isas-mmx-2019.title':
    'ISAS/JAXA news: MMX and Hayabusa2, cooperation with CNES (June 2019)',
  'sources.jaxa-mmx-rover-2023.title':
    'JAXA exploration news: the MMX rover memorandum (June 2023)',
  'sources.isas-idefix-2024.title': 'ISAS/JAXA news: the IDEFIX rover handed over (March 2024)',
  // The rounds compared (src/content/rounds.ts): one text per cell, keyed rounds.<id>.<row>.
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

/** What each language's module types its `content` by: the same keys as this one. */
export type LanguageText = Readonly<Record<keyof typeof content, string>>
export type ContentKey = keyof typeof content | EventTextKey
/** A language's whole content text: its module's, and its event text filed by key. */
export type ContentText = Readonly<Record<ContentKey, string>>
