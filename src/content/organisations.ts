import { outside, release } from './cite.ts'
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
    name: {
      en: 'Secretariat-General for National Defence and Security',
      fr: 'Secrétariat général de la défense et de la sécurité nationale',
      ja: '国防・国家安全保障事務総局',
    },
    official: {
      lang: 'fr',
      text: 'Secrétariat général de la défense et de la sécurité nationale',
      cite: outside(
        FR_NAMES,
        'Secrétariat général de la défense et de la sécurité nationale (SGDSN, service of the Prime Minister, Paris 7e)',
      ),
    },
    note: {
      en: 'A service of the French Prime Minister; host of the plenary.',
      fr: 'Service du Premier ministre\u202f; hôte de la séance plénière.',
      ja: 'フランス首相直属の機関。全体会合の会場。',
    },
    delegationMember: true,
    cite: release('the SGDSN, a service of the French Prime Minister'),
    localCites: { ja: [outside('arabnews-jp', '国防・国家安全保障事務総局 (SGDSN)')] },
  },
  {
    id: 'fr-economy',
    country: 'FR',
    name: {
      en: 'Ministry of Economics, Finance and Industrial and Digital Sovereignty',
      fr: 'Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique',
      ja: '経済・財政・産業デジタル主権省',
    },
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
    name: {
      en: 'Ministry for Europe and Foreign Affairs',
      fr: 'Ministère de l’Europe et des Affaires étrangères',
      ja: '欧州・外務省',
    },
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
    name: { en: 'Ministry of Armed Forces', fr: 'Ministère des Armées', ja: '軍事省' },
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
    name: {
      en: 'National Centre for Space Studies',
      fr: 'Centre national d’études spatiales',
      ja: 'フランス国立宇宙研究センター',
    },
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
    name: { en: 'ArianeGroup', fr: 'ArianeGroup', ja: 'ArianeGroup' },
    note: {
      en: 'Host of the 20 January visit at its Les Mureaux site.',
      fr: 'Hôte de la visite du 20 janvier sur son site des Mureaux.',
      ja: '1月20日にレ・ミュロー拠点で視察を受け入れた企業。',
    },
    delegationMember: false,
    cite: release(
      'the French and Japanese delegations were invited to visit ArianeGroup site at the Mureaux (Yvelines)',
    ),
  },
  {
    id: 'fr-space-startups',
    country: 'FR',
    name: {
      en: 'French space start-ups',
      fr: 'Start-up françaises du secteur spatial',
      ja: 'フランスの宇宙スタートアップ',
    },
    note: {
      en: 'Several companies; the release does not name them.',
      fr: 'Plusieurs entreprises\u202f; le communiqué ne les nomme pas.',
      ja: '複数社。プレスリリースに社名の記載はない。',
    },
    delegationMember: false,
    cite: release(
      'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation',
    ),
  },
  {
    id: 'jp-cabinet-office',
    country: 'JP',
    name: {
      en: 'Cabinet Office (National Space Policy Secretariat)',
      fr: 'Bureau du Cabinet (Secrétariat national de la politique spatiale)',
      ja: '内閣府（宇宙開発戦略推進事務局）',
    },
    official: {
      lang: 'ja',
      text: '内閣府（宇宙開発戦略推進事務局）',
      cite: outside(MOFA, '内閣府 (宇宙開発戦略推進事務局)'),
    },
    note: {
      en: 'The release counts it among the high-ranking officials of the Japanese delegation.',
      fr: 'Le communiqué le compte parmi les hauts responsables de la délégation japonaise.',
      ja: 'プレスリリースでは、日本代表団のうち高官を出した機関とされている。',
    },
    delegationMember: true,
    cite: release(
      'the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs',
    ),
  },
  {
    id: 'jp-foreign-affairs',
    country: 'JP',
    name: {
      en: 'Ministry of Foreign Affairs',
      fr: 'Ministère des Affaires étrangères du Japon',
      ja: '外務省',
    },
    official: { lang: 'ja', text: '外務省', cite: outside(MOFA, '外務省, 国家安全保障局') },
    note: {
      en: 'The release counts it among the high-ranking officials of the Japanese delegation.',
      fr: 'Le communiqué le compte parmi les hauts responsables de la délégation japonaise.',
      ja: 'プレスリリースでは、日本代表団のうち高官を出した機関とされている。',
    },
    delegationMember: true,
    cite: release(
      'the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs',
    ),
  },
  {
    id: 'jp-national-security',
    country: 'JP',
    name: {
      en: 'National Security Secretariat',
      fr: 'Secrétariat à la sécurité nationale',
      ja: '国家安全保障局',
    },
    official: { lang: 'ja', text: '国家安全保障局', cite: outside(MOFA, '国家安全保障局') },
    note: {
      en: 'The release lists it among the bodies that sent representatives.',
      fr: 'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
      ja: 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
    },
    delegationMember: true,
    cite: release('the National Security Secretariat'),
  },
  {
    id: 'mext',
    country: 'JP',
    abbr: 'MEXT',
    name: {
      en: 'Ministry for Education, Culture, Sports, Sciences and Technologies',
      fr: 'Ministère de l’Éducation, de la Culture, des Sports, des Sciences et de la Technologie',
      ja: '文部科学省',
    },
    official: { lang: 'ja', text: '文部科学省', cite: outside(MOFA, '文部科学省') },
    note: {
      en: 'The release lists it among the bodies that sent representatives.',
      fr: 'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
      ja: 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
    },
    delegationMember: true,
    cite: release('the Ministry for Education, Culture, Sports, Sciences and Technologies (MEXT)'),
  },
  {
    id: 'meti',
    country: 'JP',
    name: {
      en: 'Ministry of Economy, Trade and Industry',
      fr: 'Ministère de l’Économie, du Commerce et de l’Industrie',
      ja: '経済産業省',
    },
    official: { lang: 'ja', text: '経済産業省', cite: outside(MOFA, '経済産業省') },
    note: {
      en: 'The release lists it among the bodies that sent representatives.',
      fr: 'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
      ja: 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
    },
    delegationMember: true,
    cite: release('the Ministry of Economy, Trade and Industry'),
  },
  {
    id: 'jp-defence',
    country: 'JP',
    name: { en: 'Ministry of Defence', fr: 'Ministère de la Défense du Japon', ja: '防衛省' },
    official: { lang: 'ja', text: '防衛省', cite: outside(MOFA, '防衛省') },
    note: {
      en: 'The release lists it among the bodies that sent representatives.',
      fr: 'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
      ja: 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
    },
    delegationMember: true,
    cite: release('the Ministry of Defence'),
  },
  {
    id: 'jaxa',
    country: 'JP',
    abbr: 'JAXA',
    name: {
      en: 'Japan Aerospace Exploration Agency',
      fr: 'Agence japonaise d’exploration aérospatiale',
      ja: '宇宙航空研究開発機構',
    },
    official: {
      lang: 'ja',
      text: '宇宙航空研究開発機構',
      cite: outside(MOFA, '宇宙航空研究開発機構 (JAXA)'),
    },
    note: {
      en: 'The release lists it among the bodies that sent representatives.',
      fr: 'Le communiqué le compte parmi les organismes qui ont envoyé des représentants.',
      ja: 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
    },
    delegationMember: true,
    cite: release('the Japan Aerospace Exploration Agency (JAXA)'),
  },
] as const satisfies readonly Organisation[]
