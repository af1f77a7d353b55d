import type { ContentText } from './en.ts'

// The content's French text, keyed as in ./en.ts.

export const content: ContentText = {
  'events.kishida-paris-visit.title': 'Le Premier ministre Kishida en visite à Paris',
  'events.kishida-paris-visit.shortTitle': 'Kishida en visite à Paris',
  'events.kishida-paris-visit.summary.0':
    'Le 9 janvier 2023, dix jours avant la séance plénière, le Premier ministre japonais, KISHIDA Fumio, s’est rendu à Paris.',
  'events.kishida-paris-visit.summary.1':
    'Selon le communiqué conjoint, cette visite et les séquences bilatérales prévues lors de la visite du président de la République au Japon en mai 2023 consacrent la dynamique du partenariat.',
  'events.kishida-paris-visit.place.name': 'Paris',
  'events.kishida-paris-visit.notes.0':
    'C’était sa première visite à Paris en tant que Premier ministre. Il a eu un dîner de travail avec le président Macron à l’Élysée.',
  'events.kishida-paris-visit.notes.1':
    'Les deux dirigeants sont convenus de viser une réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense au premier semestre 2023, ainsi qu’une nouvelle feuille de route de coopération. Ils ont visité ensemble le chantier de Notre-Dame.',
  'events.plenary.title': 'Séance plénière du dialogue spatial au SGDSN',
  'events.plenary.shortTitle': 'Plénière au SGDSN',
  'events.plenary.summary.0':
    'Le 19 janvier 2023, les deux délégations se sont réunies en séance plénière au Secrétariat général de la défense et de la sécurité nationale (SGDSN), à Paris.',
  'events.plenary.summary.1':
    'La réunion a permis de réaffirmer les liens qui unissent la France et le Japon et de partager les politiques spatiales des deux partenaires, y compris en matière de sécurité et de défense.',
  'events.plenary.summary.2':
    'Parmi les nombreux sujets abordés, le communiqué cite les politiques de sécurité et de défense dans l’espace, la coopération civile et la coopération multilatérale dans le cadre des Nations unies, du G7 et du dialogue spatial entre le Japon et l’UE.',
  'events.plenary.place.name':
    'Secrétariat général de la défense et de la sécurité nationale (SGDSN), Paris',
  'events.plenary.notes.0':
    'Un compte rendu japonais de la réunion la présente comme le 3e dialogue global franco-japonais sur l’espace et date le dialogue du 18 au 20 janvier 2023\u202f; le communiqué lui-même ne date que le 19 et le 20.',
  'events.plenary.notes.1': 'La 1re session s’est tenue à Paris le 11 mars 2016.',
  'events.plenary.notes.2':
    'La 2e session s’est tenue à Tokyo le 24 mars 2017. Lors de cette session ont été signés une déclaration d’intention sur un partenariat spatial global et un arrangement technique sur le partage d’informations relatives à la connaissance de la situation spatiale.',
  'events.plenary.notes.3': 'Une réunion préparatoire s’est tenue en ligne le 30 novembre 2020.',
  'events.plenary.notes.4': 'Par la suite, la 4e session s’est tenue à Tokyo le 15 janvier 2026.',
  'events.start-up-meeting.title': 'Rencontre avec des start-up spatiales françaises',
  'events.start-up-meeting.shortTitle': 'Rencontre avec des start-up',
  'events.start-up-meeting.summary.0':
    'Pour favoriser les échanges entre les industries des deux pays, une rencontre avec plusieurs start-up françaises du secteur spatial a également été organisée pour la délégation japonaise.',
  'events.start-up-meeting.summary.1':
    'Le communiqué n’en précise ni la date ni le nom des entreprises.',
  'events.start-up-meeting.undated.why':
    'Date non précisée. Le communiqué mentionne cette rencontre après la séance plénière\u202f; un compte rendu japonais date le dialogue du 18 au 20 janvier 2023, et la chronologie place la rencontre dans cet intervalle.',
  'events.ariane-group-visit.title': 'Visite du site d’ArianeGroup aux Mureaux',
  'events.ariane-group-visit.shortTitle': 'ArianeGroup aux Mureaux',
  'events.ariane-group-visit.summary.0':
    'Le 20 janvier 2023, au lendemain de la séance plénière, les délégations française et japonaise ont été invitées à visiter le site d’ArianeGroup aux Mureaux (Yvelines).',
  'events.ariane-group-visit.summary.1':
    'On leur a présenté le programme et la chaîne de production du lanceur Ariane 6, ainsi que le réseau de surveillance de l’espace GeoTracker.',
  'events.ariane-group-visit.place.name': 'Site d’ArianeGroup, Les Mureaux (Yvelines)',
  'events.ariane-group-visit.notes.0':
    'Les Mureaux est une commune des Yvelines, sur la Seine, à environ 39\u00a0km à l’ouest de Paris, où ArianeGroup assemble les lanceurs Ariane.',
  'events.ariane-group-visit.notes.1':
    'L’étage principal (inférieur) d’Ariane 6 est assemblé aux Mureaux.',
  'events.ariane-group-visit.notes.2':
    'GeoTracker est le réseau de télescopes au sol d’ArianeGroup qui surveille l’orbite géostationnaire\u202f; exploité depuis Les Mureaux, il est en service depuis 2017, et le Commandement interarmées de l’espace en a été le premier client.',
  'events.ariane-group-visit.notes.3':
    'Par la suite, Ariane 6 a effectué son premier vol depuis Kourou le 9 juillet 2024.',
  'events.g7-hiroshima.title': 'Sommet du G7 à Hiroshima',
  'events.g7-hiroshima.shortTitle': 'Sommet du G7 à Hiroshima',
  'events.g7-hiroshima.summary.0':
    'Le communiqué évoque la visite du président de la République au Japon en mai 2023 pour le sommet du G7 à Hiroshima, et les séquences bilatérales prévues à cette occasion.',
  'events.g7-hiroshima.place.name': 'Hiroshima (Japon)',
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
  'events.two-plus-two-2015.title': 'Réunion « 2+2 » des ministres de mars 2015',
  'events.two-plus-two-2015.shortTitle': '« 2+2 » de mars 2015',
  'events.two-plus-two-2015.summary.0':
    'En mars 2015, la réunion des ministres des Affaires étrangères et de la Défense (« 2+2 ») a appelé à renforcer le dialogue intergouvernemental sur l’espace.',
  'events.cnes-jaxa-agreement-2015.title': 'Nouvel accord de coopération CNES–JAXA',
  'events.cnes-jaxa-agreement-2015.shortTitle': 'Accord CNES–JAXA',
  'events.cnes-jaxa-agreement-2015.summary.0':
    'En octobre 2015, le CNES et la JAXA ont signé un nouvel accord de coopération en présence des Premiers ministres français et japonais.',
  'events.first-round-2016.title': '1re session du dialogue spatial',
  'events.first-round-2016.shortTitle': '1re session, Paris',
  'events.first-round-2016.summary.0':
    'La 1re session du dialogue global franco-japonais sur l’espace s’est tenue le 11 mars 2016.',
  'events.first-round-2016.summary.1':
    'Elle s’est tenue à Paris, selon un site qui reprend les communiqués du gouvernement japonais.',
  'events.first-round-2016.place.name': 'Paris',
  'events.first-round-2016.notes.0':
    'Le CNES évoque lui aussi cette première réunion du dialogue, au mois de mars.',
  'events.two-plus-two-2017.title':
    '3e « 2+2 » des ministres des Affaires étrangères et de la Défense',
  'events.two-plus-two-2017.shortTitle': '3e « 2+2 », Paris',
  'events.two-plus-two-2017.summary.0':
    'La 3e réunion « 2+2 » des ministres des Affaires étrangères et de la Défense s’est tenue à Paris le 6 janvier 2017.',
  'events.two-plus-two-2017.summary.1':
    'Les ministres ont souhaité concrétiser la coopération spatiale, à commencer par la surveillance de l’espace (SSA).',
  'events.two-plus-two-2017.place.name': 'Paris',
  'events.two-plus-two-2017.notes.0':
    'Selon l’ambassade de France au Japon, son communiqué annonçait la 2e session du dialogue spatial.',
  'events.second-round-2017.title': '2e session du dialogue spatial',
  'events.second-round-2017.shortTitle': '2e session, Tokyo',
  'events.second-round-2017.summary.0': 'La 2e session s’est tenue à Tokyo le 24 mars 2017.',
  'events.second-round-2017.summary.1':
    'Une déclaration d’intention sur un partenariat spatial global et un arrangement technique sur le partage d’informations de surveillance de l’espace y ont été signés.',
  'events.second-round-2017.place.name': 'Tokyo',
  'events.second-round-2017.notes.0':
    'L’arrangement sur la surveillance de l’espace lie les autorités japonaises et le ministre français de la Défense, et non deux agences.',
  'events.second-round-2017.notes.1':
    'Selon l’ambassade de France au Japon, cette session avait été annoncée dans le communiqué du 3e « 2+2 », le 6 janvier 2017.',
  'events.mmx-signing-2017.title': 'Cérémonie de signature MMX avec le CNES',
  'events.mmx-signing-2017.shortTitle': 'Signature MMX avec le CNES',
  'events.mmx-signing-2017.summary.0':
    'Le 10 avril 2017, une cérémonie de signature avec le CNES s’est tenue pour la mission MMX (Martian Moons eXploration).',
  'events.two-plus-two-2018.title':
    '4e « 2+2 » des ministres des Affaires étrangères et de la Défense',
  'events.two-plus-two-2018.shortTitle': '4e « 2+2 », Tokyo',
  'events.two-plus-two-2018.summary.0':
    'La 4e réunion « 2+2 » des ministres des Affaires étrangères et de la Défense s’est tenue à Tokyo le 26 janvier 2018.',
  'events.two-plus-two-2018.place.name': 'Tokyo',
  'events.two-plus-two-2019.title':
    '5e « 2+2 » des ministres des Affaires étrangères et de la Défense',
  'events.two-plus-two-2019.shortTitle': '5e « 2+2 », Brest',
  'events.two-plus-two-2019.summary.0':
    'La 5e réunion « 2+2 » des ministres des Affaires étrangères et de la Défense s’est tenue à Brest le 11 janvier 2019.',
  'events.two-plus-two-2019.place.name': 'Brest',
  'events.mmx-hayabusa2-2019.title': 'Accord JAXA–CNES sur MMX et Hayabusa2',
  'events.mmx-hayabusa2-2019.shortTitle': 'JAXA–CNES : MMX, Hayabusa2',
  'events.mmx-hayabusa2-2019.summary.0':
    'Le 26 juin 2019, la JAXA et le CNES sont convenus de coopérer sur MMX et sur l’analyse des échantillons de Hayabusa2.',
  'events.preparatory-meeting-2020.title': 'Réunion préparatoire du dialogue spatial',
  'events.preparatory-meeting-2020.shortTitle': 'Réunion préparatoire',
  'events.preparatory-meeting-2020.summary.0':
    'Une réunion préparatoire du dialogue s’est tenue en ligne le 30 novembre 2020.',
  'events.preparatory-meeting-2020.summary.1': 'La 3e session devait alors se tenir en France.',
  'events.preparatory-meeting-2020.place.name': 'En ligne',
  'events.two-plus-two-2022.title':
    '6e « 2+2 » des ministres des Affaires étrangères et de la Défense',
  'events.two-plus-two-2022.shortTitle': '6e « 2+2 », en ligne',
  'events.two-plus-two-2022.summary.0':
    'La 6e réunion « 2+2 » des ministres des Affaires étrangères et de la Défense s’est tenue par visioconférence le 20 janvier 2022.',
  'events.two-plus-two-2022.place.name': 'Par visioconférence',
  'events.two-plus-two-2023.title':
    '7e « 2+2 » des ministres des Affaires étrangères et de la Défense',
  'events.two-plus-two-2023.shortTitle': '7e « 2+2 », en ligne',
  'events.two-plus-two-2023.summary.0':
    'La 7e réunion « 2+2 » des ministres des Affaires étrangères et de la Défense s’est tenue par visioconférence le 9 mai 2023.',
  'events.two-plus-two-2023.place.name': 'Par visioconférence',
  'events.mmx-rover-2023.title': 'Protocole sur le rover de MMX au Salon du Bourget',
  'events.mmx-rover-2023.shortTitle': 'Rover de MMX, Le Bourget',
  'events.mmx-rover-2023.summary.0':
    'Le 20 juin 2023, au Salon du Bourget, un protocole de coopération trilatéral sur le rover de MMX a été signé.',
  'events.mmx-rover-2023.place.name': 'Salon du Bourget',
  'events.roadmap-2023.title': 'Feuille de route de la coopération franco-japonaise 2023–2027',
  'events.roadmap-2023.shortTitle': 'Feuille de route 2023–2027',
  'events.roadmap-2023.summary.0':
    'Le 2 décembre 2023, la France et le Japon ont adopté une feuille de route de leur coopération pour 2023–2027.',
  'events.roadmap-2023.summary.1':
    'Selon le ministère japonais des Affaires étrangères, les deux dirigeants l’ont publiée dans le cadre de leur « partenariat spécial ».',
  'events.idefix-handover-2024.title': 'Le rover IDEFIX remis à la JAXA',
  'events.idefix-handover-2024.shortTitle': 'IDEFIX remis à la JAXA',
  'events.idefix-handover-2024.summary.0': 'Le 7 mars 2024, le rover IDEFIX a été remis à la JAXA.',
  'events.fourth-round-2026.title': '4e session du dialogue spatial',
  'events.fourth-round-2026.shortTitle': '4e session, Tokyo',
  'events.fourth-round-2026.summary.0': 'La 4e session s’est tenue à Tokyo le 15 janvier 2026.',
  'events.fourth-round-2026.summary.1':
    'Les deux parties ont évoqué leurs politiques spatiales les plus récentes, la coopération internationale, la sécurité ainsi que la coopération civile et industrielle.',
  'events.fourth-round-2026.place.name': 'Tokyo',
  'events.fourth-round-2026.notes.0':
    'Le Japon a présenté ses travaux sur les débris spatiaux, sur l’élaboration de règles internationales entre alliés et pays partageant les mêmes valeurs, et sur l’utilisation de son système de positionnement par satellite Michibiki.',
  'events.fourth-round-2026.notes.1':
    'La même page indique que l’espace figure, pour la sécurité comme pour la science et la technologie, dans la feuille de route franco-japonaise 2023–2027 publiée en décembre 2023.',
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
