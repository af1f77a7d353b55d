import { localized } from './localized.ts'
import { outside, release } from './cite.ts'
import { ARIANE_QUOTE, PLENARY_QUOTE } from './releaseQuotes.ts'
import type { Organisation } from './types.ts'

const FR_NAMES = 'french-official-names'
const MOFA = 'mofa-2nd-round'

// English names are the release's. French bodies carry their verified French names; Japanese
// bodies their official Japanese names. Japanese renderings of French bodies come from one
// secondary report and say so; French renderings of Japanese bodies are our translations.
export const organisations = [
  {
    id: 'sgdsn',
    country: 'FR',
    abbr: 'SGDSN',
    name: localized('organisations.sgdsn.name'),
    official: {
      lang: 'fr',
      text: 'Secrétariat général de la défense et de la sécurité nationale',
      cite: outside(
        FR_NAMES,
        'Secrétariat général de la défense et de la sécurité nationale (SGDSN, service of the Prime Minister, Paris 7e)',
      ),
    },
    note: localized('organisations.sgdsn.note'),
    noteCite: release(PLENARY_QUOTE),
    delegationMember: true,
    cite: release('the SGDSN, a service of the French Prime Minister'),
    localCites: { ja: [outside('arabnews-jp', '国防・国家安全保障事務総局 (SGDSN)')] },
  },
  {
    id: 'fr-economy',
    country: 'FR',
    name: localized('organisations.fr-economy.name'),
    official: {
      lang: 'fr',
      text: 'Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique',
      cite: outside(
        FR_NAMES,
        "Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique",
      ),
    },
    delegationMember: true,
    cite: release('the Ministry of Economics, Finance and Industrial and Digital Sovereignty'),
    localCites: {
      ja: [
        outside(
          'arabnews-jp',
          '経済・財政・産業デジタル主権省 (rendering; no official Japanese name found)',
        ),
      ],
    },
  },
  {
    id: 'fr-foreign-affairs',
    country: 'FR',
    name: localized('organisations.fr-foreign-affairs.name'),
    official: {
      lang: 'fr',
      text: 'Ministère de l’Europe et des Affaires étrangères',
      cite: outside(FR_NAMES, "Ministère de l'Europe\net des Affaires étrangères"),
    },
    delegationMember: true,
    cite: release('the Ministry for Europe and Foreign Affairs'),
    localCites: { ja: [outside('arabnews-jp', '欧州・外務省')] },
  },
  {
    id: 'fr-armed-forces',
    country: 'FR',
    name: localized('organisations.fr-armed-forces.name'),
    official: {
      lang: 'fr',
      text: 'Ministère des Armées',
      cite: outside(FR_NAMES, 'Ministère des Armées'),
    },
    delegationMember: true,
    cite: release('the Ministry of Armed Forces'),
    localCites: { ja: [outside('arabnews-jp', '軍事省')] },
  },
  {
    id: 'cnes',
    country: 'FR',
    abbr: 'CNES',
    name: localized('organisations.cnes.name'),
    official: {
      lang: 'fr',
      text: 'Centre national d’études spatiales',
      cite: outside(FR_NAMES, "Centre national d'études spatiales (CNES)"),
    },
    delegationMember: true,
    cite: release('the National Centre for Space Studies (CNES)'),
    localCites: {
      ja: [
        outside(
          'ambafrance-jp',
          'the French embassy in Japan writes\n  フランス国立宇宙研究センター',
        ),
      ],
    },
  },
  {
    id: 'arianegroup',
    country: 'FR',
    name: localized('organisations.arianegroup.name'),
    note: localized('organisations.arianegroup.note'),
    delegationMember: false,
    cite: release(ARIANE_QUOTE),
  },
  {
    id: 'fr-space-startups',
    country: 'FR',
    name: localized('organisations.fr-space-startups.name'),
    note: localized('organisations.fr-space-startups.note'),
    delegationMember: false,
    cite: release(
      'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation',
    ),
  },
  {
    id: 'jp-cabinet-office',
    country: 'JP',
    name: localized('organisations.jp-cabinet-office.name'),
    official: {
      lang: 'ja',
      text: '内閣府（宇宙開発戦略推進事務局）',
      cite: outside(MOFA, '内閣府 (宇宙開発戦略推進事務局)'),
    },
    note: localized('organisations.jp-cabinet-office.note'),
    delegationMember: true,
    cite: release(
      'the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs',
    ),
  },
  {
    id: 'jp-foreign-affairs',
    country: 'JP',
    name: localized('organisations.jp-foreign-affairs.name'),
    official: { lang: 'ja', text: '外務省', cite: outside(MOFA, '外務省, 国家安全保障局') },
    note: localized('organisations.jp-foreign-affairs.note'),
    delegationMember: true,
    cite: release(
      'the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs',
    ),
  },
  {
    id: 'jp-national-security',
    country: 'JP',
    name: localized('organisations.jp-national-security.name'),
    official: { lang: 'ja', text: '国家安全保障局', cite: outside(MOFA, '国家安全保障局') },
    note: localized('organisations.jp-national-security.note'),
    delegationMember: true,
    cite: release('the National Security Secretariat'),
  },
  {
    id: 'mext',
    country: 'JP',
    abbr: 'MEXT',
    name: localized('organisations.mext.name'),
    official: { lang: 'ja', text: '文部科学省', cite: outside(MOFA, '文部科学省') },
    note: localized('organisations.mext.note'),
    delegationMember: true,
    cite: release('the Ministry for Education, Culture, Sports, Sciences and Technologies (MEXT)'),
  },
  {
    id: 'meti',
    country: 'JP',
    name: localized('organisations.meti.name'),
    official: { lang: 'ja', text: '経済産業省', cite: outside(MOFA, '経済産業省') },
    note: localized('organisations.meti.note'),
    delegationMember: true,
    cite: release('the Ministry of Economy, Trade and Industry'),
  },
  {
    id: 'jp-defence',
    country: 'JP',
    name: localized('organisations.jp-defence.name'),
    official: { lang: 'ja', text: '防衛省', cite: outside(MOFA, '防衛省') },
    note: localized('organisations.jp-defence.note'),
    delegationMember: true,
    cite: release('the Ministry of Defence'),
  },
  {
    id: 'jaxa',
    country: 'JP',
    abbr: 'JAXA',
    name: localized('organisations.jaxa.name'),
    official: {
      lang: 'ja',
      text: '宇宙航空研究開発機構',
      cite: outside(MOFA, '宇宙航空研究開発機構 (JAXA)'),
    },
    note: localized('organisations.jaxa.note'),
    delegationMember: true,
    cite: release('the Japan Aerospace Exploration Agency (JAXA)'),
  },
] as const satisfies readonly Organisation[]
