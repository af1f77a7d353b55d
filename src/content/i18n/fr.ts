import type { LanguageText } from './en.ts'
import type { EventTextOf } from '../eventFile.ts'

// The content's French text, keyed as in ./en.ts.

// Each event's French text sits in the event's own file, beside its data (src/content/events/,
// see src/content/eventFile.ts); the `lang` query gives this module its own copy of those files,
// reduced to their `fr` export (vite.config.ts, eventText), and src/content/contentText.ts
// files it under the keys the records name it by.
export const events = import.meta.glob<EventTextOf>('../events/*.ts', {
  eager: true,
  import: 'fr',
  query: '?lang=fr',
})

export const content: LanguageText = {
  'organisations.sgdsn.name': 'Secrétariat général de la défense et de la sécurité nationale',
  'organisations.sgdsn.note': 'Service du Premier ministre\u202f; lieu de la séance plénière.',
  'organisations.fr-economy.name':
    'Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique',
  'organisations.fr-foreign-affairs.name': 'Ministère de l’Europe et des Affaires étrangères',
  'organisations.fr-armed-forces.name': 'Ministère des Armées',
  'organisations.cnes.name': 'Centre national d’études spatiales',
  'organisations.arianegroup.name': 'ArianeGroup',
  'organisations.arianegroup.note':
    'Les délégations ont visité son site des Mureaux le 20 janvier.',
  'organisations.fr-space-startups.name': 'Start-up françaises du secteur spatial',
  'organisations.fr-space-startups.note':
    'Plusieurs entreprises\u202f; le communiqué ne les nomme pas.',
  'organisations.jp-cabinet-office.name':
    'Bureau du Cabinet (Secrétariat national de la politique spatiale)',
  'organisations.jp-cabinet-office.note':
    'Selon le communiqué, ses hauts responsables font partie de la délégation japonaise.',
  'organisations.jp-foreign-affairs.name': 'Ministère des Affaires étrangères du Japon',
  'organisations.jp-foreign-affairs.note':
    'Selon le communiqué, ses hauts responsables font partie de la délégation japonaise.',
  'organisations.jp-national-security.name': 'Secrétariat à la sécurité nationale',
  'organisations.jp-national-security.note':
    'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
  'organisations.mext.name':
    'Ministère de l’Éducation, de la Culture, des Sports, des Sciences et de la Technologie',
  'organisations.mext.note':
    'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
  'organisations.meti.name': 'Ministère de l’Économie, du Commerce et de l’Industrie',
  'organisations.meti.note':
    'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
  'organisations.jp-defence.name': 'Ministère de la Défense du Japon',
  'organisations.jp-defence.note':
    'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
  'organisations.jaxa.name': 'Agence japonaise d’exploration aérospatiale',
  'organisations.jaxa.note':
    'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
  'people.cousin.name': 'Vincent COUSIN',
  'people.cousin.title': 'secrétaire général adjoint de la défense et de la sécurité nationale',
  'people.cousin.rank': 'général de corps aérien',
  'people.kasai.name': 'KASAI Yasuyuki',
  'people.kasai.title':
    'directeur général du Secrétariat national de la politique spatiale, Bureau du Cabinet',
  'people.ishizuki.name': 'ISHIZUKI Hideo',
  'people.ishizuki.title':
    'ambassadeur chargé de la politique de sécurité internationale, ministère des Affaires étrangères',
  'people.kishida.name': 'KISHIDA Fumio',
  'people.kishida.title': 'Premier ministre du Japon',
  'people.macron.name': 'Emmanuel MACRON',
  'people.macron.title': 'président de la République française',
  'sources.VERIFIED': 'Vérifié dans la fiche de vérification du projet.',
  'sources.ENCYCLOPEDIC':
    'Source encyclopédique, vérifiée dans la fiche de vérification du projet.',
  'sources.press-release.title': 'Communiqué de presse conjoint, 19 janvier 2023',
  'sources.press-release.confidence': 'Source primaire, publiée en anglais.',
  'sources.arabnews-jp.title': 'Arab News Japan, compte rendu en japonais de la réunion',
  'sources.arabnews-jp.confidence':
    'Source secondaire unique\u202f; vérifié dans cette seule source.',
  'sources.mofa-2nd-round.title':
    'Ministère japonais des Affaires étrangères, page sur la 2e session',
  'sources.ambafrance-jp.title': 'Ambassade de France au Japon',
  'sources.french-official-names.title':
    'Dénominations officielles françaises (sources publiques françaises)',
  'sources.mofa-kishida-visit.title':
    'Communiqué du ministère japonais des Affaires étrangères sur la visite en France (copie)',
  'sources.rfi-kishida-visit.title': 'RFI, article sur la visite du Premier ministre à Paris',
  'sources.japan-gov-g7.title': 'Gouvernement du Japon, KIZUNA\u202f: le sommet du G7 à Hiroshima',
  'sources.cnes-ariane6.title': 'CNES, organisation d’Ariane 6',
  'sources.francetvinfo-ariane6.title': 'franceinfo, premier vol d’Ariane 6',
  'sources.spacenews-geotracker.title': 'SpaceNews, le service GeoTracker d’ArianeGroup',
  'sources.cao-4th-round.title': 'Bureau du Cabinet du Japon, 4e session',
  'sources.earlier-rounds.title':
    'Sessions précédentes du dialogue (fiche de vérification du projet)',
  'sources.earlier-rounds.confidence':
    'Vérifié dans la fiche de vérification du projet, qui ne donne pas d’adresse unique pour ces sessions.',
  'sources.wikipedia-les-mureaux.title': 'Wikipédia, Les Mureaux',
  'sources.wikipedia-space-command.title': 'Wikipédia, Commandement de l’espace',
  'topics.security-defence.label': 'Sécurité et défense dans l’espace',
  'topics.security-defence.description':
    'Les politiques de sécurité et de défense de chaque pays dans le domaine spatial.',
  'topics.civil.label': 'Coopération civile',
  'topics.civil.description': 'La coopération civile entre les deux pays.',
  'topics.multilateral.label': 'Coopération multilatérale',
  'topics.multilateral.description':
    'Travailler ensemble aux Nations unies, au G7 et dans le dialogue spatial Japon–UE.',
  'topics.industry.label': 'Industrie et start-up',
  'topics.industry.description':
    'Les échanges entre les industries des deux pays, objet de la rencontre avec des start-up spatiales françaises selon le communiqué.',
  'delegations.FR.name': 'Délégation française',
  'delegations.JP.name': 'Délégation japonaise',
  'dialogue.summary.0':
    'En janvier 2023, les délégations française et japonaise ont tenu leur dialogue spatial\u202f: une séance plénière au SGDSN, à Paris, le 19 janvier, une rencontre avec des start-up spatiales françaises organisée pour la délégation japonaise et, le 20 janvier, une visite du site d’ArianeGroup aux Mureaux.',
  'dialogue.summary.1':
    'Ils ont réaffirmé les liens qui unissent la France et le Japon et partagé leurs politiques spatiales, y compris en matière de sécurité et de défense.',
  'dialogue.summary.2':
    'Selon le communiqué, la qualité du dialogue reflète la volonté commune de renforcer le partenariat d’exception entre les deux pays pour les années à venir.',
  'dialogue.summary.3':
    'Le communiqué cite ce qui consacre cette dynamique\u202f: la visite du Premier ministre japonais à Paris, le 9 janvier 2023, et les séquences bilatérales prévues lors de la visite du président de la République au Japon pour le sommet du G7 à Hiroshima, en mai 2023.',
  'seo.DELEGATIONS_DESCRIPTION':
    'Les délégations française et japonaise au dialogue spatial de janvier 2023\u202f: coprésidents, organismes membres et événements auxquels elles ont pris part, chaque fait avec sa source.',
  'seo.IMAGE_ALT':
    'Les drapeaux français et japonais au-dessus du titre «\u202fFrance–Japan Comprehensive Space Dialogue, January 2023\u202f» et d’une frise du dialogue et de son contexte.',
}
