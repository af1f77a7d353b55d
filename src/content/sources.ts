import { localized } from './localized.ts'
import type { Source } from './types.ts'

export const VERIFIED = localized('sources.VERIFIED')

const ENCYCLOPEDIC = localized('sources.ENCYCLOPEDIC')

export const sources = [
  {
    id: 'press-release',
    title: localized('sources.press-release.title'),
    language: 'en',
    kind: 'primary',
    confidence: localized('sources.press-release.confidence'),
  },
  {
    id: 'arabnews-jp',
    title: localized('sources.arabnews-jp.title'),
    language: 'ja',
    kind: 'secondary',
    url: 'https://www.arabnews.jp/article/features/article_84420',
    confidence: localized('sources.arabnews-jp.confidence'),
  },
  {
    id: 'mofa-2nd-round',
    title: localized('sources.mofa-2nd-round.title'),
    language: 'ja',
    kind: 'secondary',
    url: 'https://www.mofa.go.jp/mofaj/fp/sp/page23_001966.html',
    confidence: VERIFIED,
  },
  {
    id: 'ambafrance-jp',
    title: localized('sources.ambafrance-jp.title'),
    language: 'ja',
    kind: 'secondary',
    url: 'https://jp.ambafrance.org/article11326',
    confidence: VERIFIED,
  },
  {
    id: 'french-official-names',
    title: localized('sources.french-official-names.title'),
    language: 'fr',
    kind: 'secondary',
    confidence: VERIFIED,
  },
  {
    id: 'mofa-kishida-visit',
    title: localized('sources.mofa-kishida-visit.title'),
    language: 'ja',
    kind: 'secondary',
    url: 'https://gov-base.info/2023/01/11/179743',
    confidence: VERIFIED,
  },
  {
    id: 'rfi-kishida-visit',
    title: localized('sources.rfi-kishida-visit.title'),
    language: 'en',
    kind: 'secondary',
    url: 'https://www.rfi.fr/en/france/20230109-japan-s-pm-to-meet-president-macron-visit-notre-dame-cathedral',
    confidence: VERIFIED,
  },
  {
    id: 'japan-gov-g7',
    title: localized('sources.japan-gov-g7.title'),
    language: 'en',
    kind: 'secondary',
    url: 'https://japan.go.jp/kizuna/2023/07/historical_significance_of_g7.html',
    confidence: VERIFIED,
  },
  {
    id: 'cnes-ariane6',
    title: localized('sources.cnes-ariane6.title'),
    language: 'en',
    kind: 'secondary',
    url: 'https://ariane6.cnes.fr/en/organization-13',
    confidence: VERIFIED,
  },
  {
    id: 'francetvinfo-ariane6',
    title: localized('sources.francetvinfo-ariane6.title'),
    language: 'fr',
    kind: 'secondary',
    url: 'https://www.francetvinfo.fr/sciences/espace/ariane-6-la-fusee-europeenne-a-reussi-son-premier-vol_6656508.html',
    confidence: VERIFIED,
  },
  {
    id: 'spacenews-geotracker',
    title: localized('sources.spacenews-geotracker.title'),
    language: 'en',
    kind: 'secondary',
    url: 'https://spacenews.com/arianegroup-stands-up-geotracker-service-to-watch-geostationary-arc/',
    confidence: VERIFIED,
  },
  {
    id: 'cao-4th-round',
    title: localized('sources.cao-4th-round.title'),
    language: 'ja',
    kind: 'secondary',
    url: 'https://www8.cao.go.jp/space/kokusai/20260119/260119.html',
    confidence: VERIFIED,
  },
  {
    id: 'earlier-rounds',
    title: localized('sources.earlier-rounds.title'),
    language: 'en',
    kind: 'secondary',
    confidence: localized('sources.earlier-rounds.confidence'),
  },
  {
    id: 'wikipedia-les-mureaux',
    title: localized('sources.wikipedia-les-mureaux.title'),
    language: 'fr',
    kind: 'secondary',
    url: 'https://fr.wikipedia.org/wiki/Les_Mureaux',
    confidence: ENCYCLOPEDIC,
  },
  {
    id: 'wikipedia-space-command',
    title: localized('sources.wikipedia-space-command.title'),
    language: 'fr',
    kind: 'secondary',
    url: 'https://fr.wikipedia.org/wiki/Commandement_de_l%27espace',
    confidence: ENCYCLOPEDIC,
  },
  // The dialogue in its history (facts sheet, section C).
] as const satisfies readonly Source[]
