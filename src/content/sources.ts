import type { Source } from './types.ts'

const VERIFIED = {
  en: 'Verified in the project’s facts sheet.',
  fr: 'Vérifié dans la fiche de faits du projet.',
  ja: 'プロジェクトの事実確認シートで検証済み。',
} as const

const ENCYCLOPEDIC = {
  en: 'Encyclopedic source, verified in the project’s facts sheet.',
  fr: 'Source encyclopédique, vérifiée dans la fiche de faits du projet.',
  ja: '百科事典の記事。プロジェクトの事実確認シートで検証済み。',
} as const

export const sources = [
  {
    id: 'press-release',
    title: {
      en: 'Joint press release, 19 January 2023',
      fr: 'Communiqué de presse conjoint, 19 janvier 2023',
      ja: '共同プレスリリース（2023年1月19日）',
    },
    language: 'en',
    kind: 'primary',
    confidence: {
      en: 'Primary source, published in English.',
      fr: 'Source primaire, publiée en anglais.',
      ja: '一次資料（英語で発表）。',
    },
  },
  {
    id: 'arabnews-jp',
    title: {
      en: 'Arab News Japan, Japanese report of the meeting',
      fr: 'Arab News Japan, compte rendu en japonais de la réunion',
      ja: 'アラブニュース・ジャパン（会合に関する日本語記事）',
    },
    language: 'ja',
    kind: 'secondary',
    url: 'https://www.arabnews.jp/article/features/article_84420',
    confidence: {
      en: 'One secondary source; verified there only.',
      fr: 'Une seule source secondaire\u202f; vérifié uniquement là.',
      ja: '二次資料1件のみ。この資料でのみ確認。',
    },
  },
  {
    id: 'mofa-2nd-round',
    title: {
      en: 'Ministry of Foreign Affairs of Japan, page on the 2nd round',
      fr: 'Ministère japonais des Affaires étrangères, page sur la 2e session',
      ja: '外務省：第2回対話に関するページ',
    },
    language: 'ja',
    kind: 'secondary',
    url: 'https://www.mofa.go.jp/mofaj/fp/sp/page23_001966.html',
    confidence: VERIFIED,
  },
  {
    id: 'ambafrance-jp',
    title: {
      en: 'Embassy of France in Japan',
      fr: 'Ambassade de France au Japon',
      ja: '在日フランス大使館',
    },
    language: 'ja',
    kind: 'secondary',
    url: 'https://jp.ambafrance.org/article11326',
    confidence: VERIFIED,
  },
  {
    id: 'french-official-names',
    title: {
      en: 'Official French names (public French sources)',
      fr: 'Dénominations officielles françaises (sources publiques françaises)',
      ja: 'フランスの公式名称（フランスの公開資料）',
    },
    language: 'fr',
    kind: 'secondary',
    confidence: VERIFIED,
  },
  {
    id: 'mofa-kishida-visit',
    title: {
      en: 'MOFA release on the Prime Minister’s visit to France (mirror)',
      fr: 'Communiqué du ministère japonais des Affaires étrangères sur la visite en France (copie)',
      ja: '外務省発表：首相のフランス訪問（転載）',
    },
    language: 'ja',
    kind: 'secondary',
    url: 'https://gov-base.info/2023/01/11/179743',
    confidence: VERIFIED,
  },
  {
    id: 'rfi-kishida-visit',
    title: {
      en: 'RFI, report on the Prime Minister’s visit to Paris',
      fr: 'RFI, article sur la visite du Premier ministre à Paris',
      ja: 'RFI：首相のパリ訪問に関する記事',
    },
    language: 'en',
    kind: 'secondary',
    url: 'https://www.rfi.fr/en/france/20230109-japan-s-pm-to-meet-president-macron-visit-notre-dame-cathedral',
    confidence: VERIFIED,
  },
  {
    id: 'japan-gov-g7',
    title: {
      en: 'The Government of Japan, KIZUNA: the G7 Hiroshima Summit',
      fr: 'Gouvernement du Japon, KIZUNA\u202f: le sommet du G7 à Hiroshima',
      ja: '日本政府 KIZUNA：G7広島サミット',
    },
    language: 'en',
    kind: 'secondary',
    url: 'https://japan.go.jp/kizuna/2023/07/historical_significance_of_g7.html',
    confidence: VERIFIED,
  },
  {
    id: 'cnes-ariane6',
    title: {
      en: 'CNES, Ariane 6 organisation',
      fr: 'CNES, organisation d’Ariane 6',
      ja: 'CNES：Ariane 6の体制',
    },
    language: 'en',
    kind: 'secondary',
    url: 'https://ariane6.cnes.fr/en/organization-13',
    confidence: VERIFIED,
  },
  {
    id: 'francetvinfo-ariane6',
    title: {
      en: 'franceinfo, Ariane 6’s first flight',
      fr: 'franceinfo, premier vol d’Ariane 6',
      ja: 'franceinfo：Ariane 6の初飛行',
    },
    language: 'fr',
    kind: 'secondary',
    url: 'https://www.francetvinfo.fr/sciences/espace/ariane-6-la-fusee-europeenne-a-reussi-son-premier-vol_6656508.html',
    confidence: VERIFIED,
  },
  {
    id: 'spacenews-geotracker',
    title: {
      en: 'SpaceNews, ArianeGroup’s GeoTracker service',
      fr: 'SpaceNews, le service GeoTracker d’ArianeGroup',
      ja: 'SpaceNews：ArianeGroupのGeoTrackerサービス',
    },
    language: 'en',
    kind: 'secondary',
    url: 'https://spacenews.com/arianegroup-stands-up-geotracker-service-to-watch-geostationary-arc/',
    confidence: VERIFIED,
  },
  {
    id: 'cao-4th-round',
    title: {
      en: 'Cabinet Office of Japan, 4th round',
      fr: 'Bureau du Cabinet du Japon, 4e session',
      ja: '内閣府：第4回対話',
    },
    language: 'ja',
    kind: 'secondary',
    url: 'https://www8.cao.go.jp/space/kokusai/20260119/260119.html',
    confidence: VERIFIED,
  },
  {
    id: 'earlier-rounds',
    title: {
      en: 'Earlier rounds of the dialogue (project facts sheet)',
      fr: 'Sessions précédentes du dialogue (fiche de faits du projet)',
      ja: '過去の対話（プロジェクトの事実確認シート）',
    },
    language: 'en',
    kind: 'secondary',
    confidence: {
      en: 'Verified in the project’s facts sheet, which gives no single address for these rounds.',
      fr: 'Vérifié dans la fiche de faits du projet, qui ne donne pas d’adresse unique pour ces sessions.',
      ja: 'プロジェクトの事実確認シートで検証済み（これらの回について単一のアドレスの記載なし）。',
    },
  },
  {
    id: 'wikipedia-les-mureaux',
    title: {
      en: 'Wikipedia (French), Les Mureaux',
      fr: 'Wikipédia, Les Mureaux',
      ja: 'ウィキペディア（フランス語版）：レ・ミュロー',
    },
    language: 'fr',
    kind: 'secondary',
    url: 'https://fr.wikipedia.org/wiki/Les_Mureaux',
    confidence: ENCYCLOPEDIC,
  },
  {
    id: 'wikipedia-space-command',
    title: {
      en: 'Wikipedia (French), Commandement de l’espace',
      fr: 'Wikipédia, Commandement de l’espace',
      ja: 'ウィキペディア（フランス語版）：宇宙コマンド',
    },
    language: 'fr',
    kind: 'secondary',
    url: 'https://fr.wikipedia.org/wiki/Commandement_de_l%27espace',
    confidence: ENCYCLOPEDIC,
  },
] as const satisfies readonly Source[]
