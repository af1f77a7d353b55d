import type { EventTextOf } from '../../eventFile.ts'
import type { HistoryText } from './en.ts'

// The history's events' French text (src/content/events/history/), as ../fr.ts holds the
// mission's: fetched with the history (src/content/contentText.ts, loadHistoryText), so that a
// page that does not show the history does not download it.
export const events = import.meta.glob<EventTextOf>('../../events/history/*.ts', {
  eager: true,
  import: 'fr',
  query: '?lang=fr',
})

// The titles of the outside sources only the history cites, keyed as in ./en.ts.
export const content: HistoryText = {
  'sources.emb-japan-2nd-round.title':
    'Ambassade du Japon en France, 2e dialogue global franco-japonais sur l’espace (mars 2017)',
  'sources.gov-base-2020.confidence':
    'Rapporté par gov-base.info, un site qui reprend les communiqués du gouvernement japonais : fiabilité moyenne selon la fiche de vérification du projet.',
  'sources.gov-base-2020.title':
    'gov-base.info, reprise des communiqués du gouvernement japonais : la réunion préparatoire (novembre 2020)',
  'sources.cnes-tokyo-meeting.title':
    'Communiqué du CNES : coopération spatiale entre la France et le Japon, rencontre à Tokyo du CNES et de ses partenaires',
  'sources.ambafrance-2plus2-2017.title':
    'Ambassade de France au Japon, 3e dialogue franco-japonais « 2+2 »',
  'sources.mofa-2plus2-2017.title':
    'Ministère japonais des Affaires étrangères, 3e « 2+2 » (janvier 2017)',
  'sources.emb-japan-2plus2-2018.title': 'Ambassade du Japon en France, 4e « 2+2 » (janvier 2018)',
  'sources.emb-japan-2plus2-2019.title': 'Ambassade du Japon en France, 5e « 2+2 » (janvier 2019)',
  'sources.emb-japan-2plus2-2022.title': 'Ambassade du Japon en France, 6e « 2+2 » (janvier 2022)',
  'sources.diplomatie-2plus2-2023.title':
    'Ministère de l’Europe et des Affaires étrangères, déclaration conjointe du 7e « 2+2 » (mai 2023)',
  'sources.diplomatie-japon.title':
    'Ministère de l’Europe et des Affaires étrangères, relations bilatérales franco-japonaises',
  'sources.mofa-roadmap-2023.title':
    'Ministère japonais des Affaires étrangères, la feuille de route franco-japonaise (décembre 2023)',
  'sources.cnes-jaxa-2015.title':
    'Communiqué du CNES : coopération spatiale franco-japonaise, le CNES rencontre ses partenaires japonais à Tokyo',
  'sources.jaxa-mmx-international.title': 'JAXA, MMX : la coopération internationale',
  'sources.isas-mmx-2019.title':
    'ISAS/JAXA : MMX et Hayabusa2, coopération avec le CNES (juin 2019)',
  'sources.jaxa-mmx-rover-2023.title': 'JAXA : le protocole sur le rover de MMX (juin 2023)',
  'sources.isas-idefix-2024.title': 'ISAS/JAXA : remise du rover IDEFIX (mars 2024)',
}
