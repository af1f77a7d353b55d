// The content's English text, keyed by stable ids (file, record id, field, sentence number);
// the records in src/content/*.ts hold everything else and name their text by these keys.
// This module's keys are the contract: every other language's module is typed ContentText,
// so a missing or extra entry is a type error. One module per language, so that a page loads
// only its own (src/lib/locales.ts).

export const content = {
  'events.kishida-paris-visit.title': 'Prime Minister Kishida visits Paris',
  'events.kishida-paris-visit.shortTitle': 'Kishida visits Paris',
  'events.kishida-paris-visit.summary.0':
    'On 9 January 2023, ten days before the plenary, the Prime Minister of Japan, KISHIDA Fumio, visited Paris.',
  'events.kishida-paris-visit.summary.1':
    'The joint press release says that this visit and the bilateral sequences planned during the visit of the President of the French Republic to Japan in May 2023 enshrine the dynamic of the partnership.',
  'events.kishida-paris-visit.place.name': 'Paris',
  'events.kishida-paris-visit.notes.0':
    'It was his first visit to Paris as Prime Minister. He and President Macron held a working dinner at the Élysée.',
  'events.kishida-paris-visit.notes.1':
    'The two leaders agreed to aim for a “2+2” meeting of foreign and defence ministers in the first half of 2023, and for a new cooperation roadmap. They visited the Notre-Dame building site together.',
  'events.plenary.title': 'Plenary of the space dialogue at the SGDSN',
  'events.plenary.shortTitle': 'Plenary at the SGDSN',
  'events.plenary.summary.0':
    'On 19 January 2023, the two delegations met in plenary at the Secretariat-General for National Defence and Security (SGDSN) in Paris.',
  'events.plenary.summary.1':
    'The meeting restated the bonds that unite France and Japan, and both partners shared their space policies, security and defence included.',
  'events.plenary.summary.2':
    'Among the many subjects of the dialogue, the release names security and defence policies regarding space, civil cooperation, and multilateral cooperation within the United Nations, the G7 and the space dialogue between Japan and the EU.',
  'events.plenary.place.name':
    'Secretariat-General for National Defence and Security (SGDSN), Paris',
  'events.plenary.notes.0':
    'A Japanese report of the meeting calls it the 3rd France–Japan Comprehensive Space Dialogue and dates the dialogue 18–20 January 2023; the press release itself dates only the 19th and the 20th.',
  'events.plenary.notes.1': 'The 1st round was held in Paris on 11 March 2016.',
  'events.plenary.notes.2':
    'The 2nd round was held in Tokyo on 24 March 2017. At that round, a statement of intent on a comprehensive space partnership and a technical arrangement on sharing space situational awareness information were signed.',
  'events.plenary.notes.3': 'A preparatory meeting was held online on 30 November 2020.',
  'events.plenary.notes.4': 'Later, the 4th round was held in Tokyo on 15 January 2026.',
  'events.start-up-meeting.title': 'Meeting with French space start-ups',
  'events.start-up-meeting.shortTitle': 'Meeting with start-ups',
  'events.start-up-meeting.summary.0':
    'To promote exchanges between the industries of both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.',
  'events.start-up-meeting.summary.1':
    'The release gives neither its date nor the companies’ names.',
  'events.start-up-meeting.undated.why':
    'Date not stated. The press release mentions this meeting after the plenary; a Japanese report dates the dialogue 18–20 January 2023, and the timeline places the meeting within those days.',
  'events.ariane-group-visit.title': 'Visit to the ArianeGroup site at Les Mureaux',
  'events.ariane-group-visit.shortTitle': 'ArianeGroup, Les Mureaux',
  'events.ariane-group-visit.summary.0':
    'On 20 January 2023, the day after the plenary, the French and Japanese delegations were invited to visit the ArianeGroup site at Les Mureaux (Yvelines).',
  'events.ariane-group-visit.summary.1':
    'They were given a presentation of the programme and production line of the Ariane 6 launcher, and of the GeoTracker space surveillance network.',
  'events.ariane-group-visit.place.name': 'ArianeGroup site, Les Mureaux (Yvelines)',
  'events.ariane-group-visit.notes.0':
    'Les Mureaux is a commune of the Yvelines, on the Seine about 39 km west of Paris, where ArianeGroup assembles Ariane launchers.',
  'events.ariane-group-visit.notes.1':
    'The main (lower) stage of Ariane 6 is assembled at Les Mureaux.',
  'events.ariane-group-visit.notes.2':
    'GeoTracker is ArianeGroup’s network of ground telescopes watching the geostationary orbit, operated from Les Mureaux and in service since 2017; France’s Joint Space Command was its first customer.',
  'events.ariane-group-visit.notes.3':
    'Later, Ariane 6 made its first flight from Kourou on 9 July 2024.',
  'events.g7-hiroshima.title': 'G7 Summit in Hiroshima',
  'events.g7-hiroshima.shortTitle': 'G7 Summit, Hiroshima',
  'events.g7-hiroshima.summary.0':
    'The release looks ahead to the visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima, and to the bilateral sequences planned during it.',
  'events.g7-hiroshima.place.name': 'Hiroshima, Japan',
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
  'events.two-plus-two-2015.title': '“2+2” ministers’ meeting of March 2015',
  'events.two-plus-two-2015.shortTitle': '“2+2” of March 2015',
  'events.two-plus-two-2015.summary.0':
    'In March 2015, the meeting of foreign and defence ministers (“2+2”) called for a stronger government dialogue on space.',
  'events.cnes-jaxa-agreement-2015.title': 'New CNES–JAXA cooperation agreement',
  'events.cnes-jaxa-agreement-2015.shortTitle': 'CNES–JAXA agreement',
  'events.cnes-jaxa-agreement-2015.summary.0':
    'In October 2015, CNES and JAXA signed a new cooperation agreement in the presence of the French and Japanese Prime Ministers.',
  'events.first-round-2016.title': '1st round of the space dialogue',
  'events.first-round-2016.shortTitle': '1st round, Paris',
  'events.first-round-2016.summary.0':
    'The 1st round of the France–Japan Comprehensive Space Dialogue was held on 11 March 2016.',
  'events.first-round-2016.summary.1':
    'It was held in Paris, according to a site that republishes Japanese government releases.',
  'events.first-round-2016.place.name': 'Paris',
  'events.first-round-2016.notes.0': 'CNES also recalls this first meeting of the dialogue.',
  'events.two-plus-two-2017.title': '3rd “2+2” of foreign and defence ministers',
  'events.two-plus-two-2017.shortTitle': '3rd “2+2”, Paris',
  'events.two-plus-two-2017.summary.0':
    'The 3rd “2+2” meeting of foreign and defence ministers was held in Paris on 6 January 2017.',
  'events.two-plus-two-2017.summary.1':
    'The ministers hoped to make space cooperation concrete, starting with space situational awareness (SSA).',
  'events.two-plus-two-2017.place.name': 'Paris',
  'events.two-plus-two-2017.notes.0':
    'According to the Embassy of France in Japan, its communiqué announced the 2nd round of the space dialogue.',
  'events.second-round-2017.title': '2nd round of the space dialogue',
  'events.second-round-2017.shortTitle': '2nd round, Tokyo',
  'events.second-round-2017.summary.0': 'The 2nd round was held in Tokyo on 24 March 2017.',
  'events.second-round-2017.summary.1':
    'A statement of intent on a comprehensive space partnership and a technical arrangement on sharing space situational awareness information were signed there.',
  'events.second-round-2017.place.name': 'Tokyo',
  'events.second-round-2017.notes.0':
    'The arrangement on space situational awareness is between the Japanese authorities and the French Minister of Defence, not between two agencies.',
  'events.second-round-2017.notes.1':
    'According to the Embassy of France in Japan, this round had been announced in the communiqué of the 3rd “2+2” of 6 January 2017.',
  'events.mmx-signing-2017.title': 'MMX signing ceremony with CNES',
  'events.mmx-signing-2017.shortTitle': 'MMX signing with CNES',
  'events.mmx-signing-2017.summary.0':
    'On 10 April 2017, a signing ceremony with CNES was held for the MMX mission (Martian Moons eXploration).',
  'events.two-plus-two-2018.title': '4th “2+2” of foreign and defence ministers',
  'events.two-plus-two-2018.shortTitle': '4th “2+2”, Tokyo',
  'events.two-plus-two-2018.summary.0':
    'The 4th “2+2” meeting of foreign and defence ministers was held in Tokyo on 26 January 2018.',
  'events.two-plus-two-2018.place.name': 'Tokyo',
  'events.two-plus-two-2019.title': '5th “2+2” of foreign and defence ministers',
  'events.two-plus-two-2019.shortTitle': '5th “2+2”, Brest',
  'events.two-plus-two-2019.summary.0':
    'The 5th “2+2” meeting of foreign and defence ministers was held in Brest on 11 January 2019.',
  'events.two-plus-two-2019.place.name': 'Brest',
  'events.mmx-hayabusa2-2019.title': 'JAXA and CNES agree on MMX and Hayabusa2',
  'events.mmx-hayabusa2-2019.shortTitle': 'JAXA–CNES: MMX, Hayabusa2',
  'events.mmx-hayabusa2-2019.summary.0':
    'On 26 June 2019, JAXA and CNES agreed to cooperate on MMX and on analysing Hayabusa2’s samples.',
  'events.preparatory-meeting-2020.title': 'Preparatory meeting of the space dialogue',
  'events.preparatory-meeting-2020.shortTitle': 'Preparatory meeting',
  'events.preparatory-meeting-2020.summary.0':
    'A preparatory meeting for the dialogue was held online on 30 November 2020.',
  'events.preparatory-meeting-2020.summary.1': 'The 3rd round was then to be held in France.',
  'events.preparatory-meeting-2020.place.name': 'Online',
  'events.two-plus-two-2022.title': '6th “2+2” of foreign and defence ministers',
  'events.two-plus-two-2022.shortTitle': '6th “2+2”, online',
  'events.two-plus-two-2022.summary.0':
    'The 6th “2+2” meeting of foreign and defence ministers was held by videoconference on 20 January 2022.',
  'events.two-plus-two-2022.place.name': 'By videoconference',
  'events.two-plus-two-2023.title': '7th “2+2” of foreign and defence ministers',
  'events.two-plus-two-2023.shortTitle': '7th “2+2”, online',
  'events.two-plus-two-2023.summary.0':
    'The 7th “2+2” meeting of foreign and defence ministers was held by videoconference on 9 May 2023.',
  'events.two-plus-two-2023.place.name': 'By videoconference',
  'events.mmx-rover-2023.title': 'MMX rover memorandum at the Paris Air Show',
  'events.mmx-rover-2023.shortTitle': 'MMX rover memorandum',
  'events.mmx-rover-2023.summary.0':
    'On 20 June 2023, at the Paris Air Show, a trilateral memorandum of cooperation on the MMX rover was signed.',
  'events.mmx-rover-2023.place.name': 'Paris Air Show',
  'events.roadmap-2023.title': 'Roadmap for France–Japan cooperation 2023–2027',
  'events.roadmap-2023.shortTitle': 'Roadmap 2023–2027',
  'events.roadmap-2023.summary.0':
    'On 2 December 2023, France and Japan adopted a roadmap for their cooperation for 2023–2027.',
  'events.roadmap-2023.summary.1':
    'According to the Ministry of Foreign Affairs of Japan, the two leaders issued it under their “special partnership”.',
  'events.idefix-handover-2024.title': 'IDEFIX rover handed over to JAXA',
  'events.idefix-handover-2024.shortTitle': 'IDEFIX handed to JAXA',
  'events.idefix-handover-2024.summary.0':
    'On 7 March 2024, the rover IDEFIX was handed over to JAXA.',
  'events.fourth-round-2026.title': '4th round of the space dialogue',
  'events.fourth-round-2026.shortTitle': '4th round, Tokyo',
  'events.fourth-round-2026.summary.0': 'The 4th round was held in Tokyo on 15 January 2026.',
  'events.fourth-round-2026.summary.1':
    'The two sides discussed their latest space policies, international cooperation, security, and civil and industrial cooperation.',
  'events.fourth-round-2026.place.name': 'Tokyo',
  'events.fourth-round-2026.notes.0':
    'Japan presented its work on space debris, on international rule-making among allies and like-minded countries, and on the use of its Michibiki satellite positioning system.',
  'events.fourth-round-2026.notes.1':
    'The same page says that space is covered, for both security and science and technology, in the France–Japan roadmap 2023–2027 published in December 2023.',
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

export type ContentKey = keyof typeof content
export type ContentText = Readonly<Record<ContentKey, string>>
