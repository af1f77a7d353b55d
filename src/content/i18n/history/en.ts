import type { EventTextOf } from '../../eventFile.ts'

// The history's events' English text (src/content/events/history/), as ../en.ts holds the
// mission's: fetched with the history (src/content/contentText.ts, loadHistoryText), so that a
// page that does not show the history does not download it.
export const events = import.meta.glob<EventTextOf>('../../events/history/*.ts', {
  eager: true,
  import: 'en',
  query: '?lang=en',
})

// The titles of the outside sources only the history cites (src/content/historySources.ts). Its
// keys are the contract, as ../en.ts's are: every other language's module is typed HistoryText.
export const content = {
  'sources.emb-japan-2nd-round.title':
    'Embassy of Japan in France, the 2nd France–Japan Comprehensive Space Dialogue (March 2017)',
  'sources.gov-base-2020.confidence':
    'Reported by gov-base.info, a site that republishes Japanese government releases: medium confidence in the project’s facts sheet.',
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
}

/** What each language's history module types its `content` by: the same keys as this one. */
export type HistoryText = Readonly<Record<keyof typeof content, string>>
