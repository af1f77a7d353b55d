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
  'sources.gov-base-2020.confidence':
    'Rapporté par gov-base.info, un site qui reprend les communiqués du gouvernement japonais : fiabilité moyenne selon la fiche de vérification du projet.',
  'sources.emb-japan-2nd-round.title':
    'Ambassade du Japon en France, 2e dialogue global franco-japonais sur l’espace (mars 2017)',
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
  // The rounds compared (src/content/rounds.ts): one text per cell, keyed rounds.<id>.<row>.
  'rounds.round-2016.name': '1re session, 2016',
  'rounds.round-2016.date': '11 mars 2016',
  'rounds.round-2016.place': 'Paris',
  'rounds.round-2016.format': 'Session du dialogue (la 1re)',
  'rounds.round-2016.host': 'France (tenue à Paris)',
  'rounds.round-2017.name': '2e session, 2017',
  'rounds.round-2017.date': '24 mars 2017',
  'rounds.round-2017.place': 'Tokyo',
  'rounds.round-2017.format': 'Session du dialogue (la 2e)',
  'rounds.round-2017.host': 'Japon (tenue à Tokyo)',
  'rounds.round-2017.coChairs':
    'Japon : 飯島俊郎, ambassadeur chargé de la planification politique et de la sécurité internationale, ministère des Affaires étrangères ; 髙田修三, directeur général du secrétariat de la politique spatiale nationale, Bureau du Cabinet. France : ルイ・ゴティエ, secrétaire général de la défense et de la sécurité nationale.',
  'rounds.round-2017.bodies':
    'Japon : le ministère des Affaires étrangères, le Bureau du Cabinet, le secrétariat à la sécurité nationale, le secrétariat du quartier général de la politique océanique, le centre de renseignement satellitaire du Cabinet, le MEXT, le ministère de l’Économie, du Commerce et de l’Industrie, le ministère de la Défense et la JAXA. France : le SGDSN (services du Premier ministre), le ministère des Affaires étrangères et du Développement international, le ministère de la Défense et le CNES.',
  'rounds.round-2017.subjects':
    'Sécurité (surveillance de l’espace, entre autres), domaine civil (coopération entre organismes, coopération industrielle spatiale, entre autres), élaboration de règles internationales, entre autres.',
  'rounds.round-2017.documents':
    'Une déclaration d’intention sur un partenariat spatial global, et un arrangement technique sur le partage d’informations de surveillance de l’espace, entre les autorités japonaises et le ministre français de la Défense.',
  'rounds.preparatory-2020.name': 'Réunion préparatoire, 2020',
  'rounds.preparatory-2020.date': '30 novembre 2020',
  'rounds.preparatory-2020.place': 'En ligne',
  'rounds.preparatory-2020.format': 'Réunion préparatoire, tenue en ligne',
  'rounds.preparatory-2020.coChairs':
    'Japon : 船越健裕, ambassadeur chargé de la sécurité internationale, ministère des Affaires étrangères ; 松尾剛彦, directeur général du secrétariat de la politique spatiale nationale, Bureau du Cabinet. France : M. Jean-Hugues SIMON-MICHEL, directeur des affaires internationales, stratégiques et technologiques du secrétariat général de la défense et de la sécurité nationale.',
  'rounds.round-2023.name': '3e session, 2023',
  'rounds.round-2023.date':
    'Séance plénière le 19 janvier 2023 ; du 18 au 20 janvier 2023 pour l’ensemble de la session, selon un article extérieur.',
  'rounds.round-2023.place':
    'Paris, au secrétariat général de la défense et de la sécurité nationale (SGDSN)',
  'rounds.round-2023.format':
    'Séance plénière, rencontre avec des start-up spatiales françaises, et visite du site d’ArianeGroup aux Mureaux le 20 janvier 2023.',
  'rounds.round-2023.host': 'France (tenue à Paris)',
  'rounds.round-2023.coChairs':
    'France : le général de corps aérien COUSIN Vincent, secrétaire général adjoint de la défense et de la sécurité nationale. Japon : M. KASAI Yasuyuki, directeur général du secrétariat de la politique spatiale nationale, Bureau du Cabinet ; M. ISHIZUKI Hideo, ambassadeur chargé de la politique de sécurité internationale, ministère des Affaires étrangères.',
  'rounds.round-2023.bodies':
    'France : le SGDSN ; le ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique ; le ministère de l’Europe et des Affaires étrangères ; le ministère des Armées ; le CNES. Japon : le Bureau du Cabinet ; le ministère des Affaires étrangères ; le secrétariat à la sécurité nationale ; le MEXT ; le ministère de l’Économie, du Commerce et de l’Industrie ; le ministère de la Défense ; la JAXA.',
  'rounds.round-2023.subjects':
    'Politiques de sécurité et de défense relatives à l’espace, coopération civile, et coopération multilatérale dans le cadre des Nations unies, du G7 et du dialogue spatial entre le Japon et l’UE.',
  'rounds.round-2026.name': '4e session, 2026',
  'rounds.round-2026.date': '15 janvier 2026',
  'rounds.round-2026.place': 'Tokyo',
  'rounds.round-2026.format': 'Session du dialogue (la 4e)',
  'rounds.round-2026.host': 'Japon (tenue à Tokyo)',
  'rounds.round-2026.coChairs':
    'Japon : 門脇仁一, ambassadeur chargé de la planification politique, de la politique de sécurité internationale et de la politique spatiale, ministère des Affaires étrangères ; 風木淳, directeur général du secrétariat de la politique spatiale nationale, Bureau du Cabinet. France : アンヌ=マリー・デコット, secrétaire générale du ministère de l’Europe et des Affaires étrangères ; セドリック・ゴーディリエール, secrétaire général adjoint de la défense et de la sécurité nationale (général de corps aérien).',
  'rounds.round-2026.subjects':
    'La politique spatiale la plus récente de chaque partie, la coopération internationale, la sécurité, la coopération civile et industrielle. Le Japon a présenté ses travaux sur les débris spatiaux, sur l’élaboration de règles internationales entre alliés et pays partageant les mêmes valeurs, et sur l’utilisation de son système de positionnement par satellite Michibiki.',
}
