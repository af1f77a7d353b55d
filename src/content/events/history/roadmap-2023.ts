import { outside } from '../../cite.ts'
import type { EventRecord, EventText } from '../../eventFile.ts'

const Q = {
  roadmap:
    'Roadmap for France–Japan cooperation 2023–2027, adopted 2 December 2023 (not May 2023) — « feuille de route bilatérale pour 2023-2027 (adoptée le 2 décembre 2023 …) »',
  roadmapLeaders:
    '「令和5年12月2日 … 両首脳は「特別なパートナーシップ」の下での日仏協力のロードマップを発出しました。」',
} as const

export const event = {
  id: 'roadmap-2023',
  kind: 'leaders',
  summary: [
    {
      cites: [outside('diplomatie-japon', Q.roadmap)],
    },
    {
      cites: [outside('mofa-roadmap-2023', Q.roadmapLeaders)],
    },
  ],
  dates: [
    {
      value: { precision: 'day', date: '2023-12-02' },
      cite: outside('diplomatie-japon', Q.roadmap),
    },
  ],
  place: null,
  roles: {
    FR: { role: 'took-part', cite: outside('diplomatie-japon', Q.roadmap) },
    JP: { role: 'took-part', cite: outside('mofa-roadmap-2023', Q.roadmapLeaders) },
  },
  participants: [],
  topics: [],
  cite: outside('diplomatie-japon', Q.roadmap),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Roadmap for France–Japan cooperation 2023–2027',
  shortTitle: 'Roadmap 2023–2027',
  summary: [
    'On 2 December 2023, France and Japan adopted a roadmap for their cooperation for 2023–2027.',
    'According to the Ministry of Foreign Affairs of Japan, the two leaders issued it under their “special partnership”.',
  ],
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Feuille de route de la coopération franco-japonaise 2023–2027',
  shortTitle: 'Feuille de route 2023–2027',
  summary: [
    'Le 2 décembre 2023, la France et le Japon ont adopté une feuille de route de leur coopération pour 2023–2027.',
    'Selon le ministère japonais des Affaires étrangères, les deux dirigeants l’ont publiée dans le cadre de leur «\u202fpartenariat spécial\u202f».',
  ],
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: '日仏協力のロードマップ（2023～2027年）',
  shortTitle: 'ロードマップ発出',
  summary: [
    '2023年12月2日、日仏両国は2023～2027年の協力のロードマップを採択した。',
    '外務省によれば、両首脳は「特別なパートナーシップ」の下でこのロードマップを発出した。',
  ],
  notes: [],
}
