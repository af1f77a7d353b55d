import type { EventTextKey, EventTextOf } from '../eventFile.ts'
import type { content as historyContent } from './history/en.ts'
import type { content as roundsContent } from './rounds/en.ts'

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
}

/** What each language's module types its `content` by: the same keys as this one. */
export type LanguageText = Readonly<Record<keyof typeof content, string>>
export type ContentKey =
  keyof typeof content | EventTextKey | keyof typeof roundsContent | keyof typeof historyContent
/** A language's whole content text: its module's, and its event text filed by key. */
export type ContentText = Readonly<Record<ContentKey, string>>
