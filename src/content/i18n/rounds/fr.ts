import type { RoundsText } from './en.ts'

// The rounds compared in French, keyed as in ./en.ts.
export const content: RoundsText = {
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
