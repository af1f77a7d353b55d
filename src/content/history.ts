import { localized } from './localized.ts'
import { outside } from './cite.ts'
import type { TimelineEvent } from './types.ts'

// The dialogue in its history (facts sheet, section C): the rounds before and after January
// 2023, the foreign and defence ministers' "2+2" meetings that asked for it and followed it,
// the leaders' roadmap, and the CNES–JAXA milestones for context. Every passage is the facts
// sheet's line for that source, in the language it quotes it. The press release carries none
// of these, so none of them is part of the mission's view (src/lib/timeRange.ts).

const Q = {
  round1Date:
    "1st round, 11 March 2016 — « Organisée dans la continuation de la première session (qui s'est tenue le 11 mars 2016) »",
  round1Paris: 'Held in Paris: 「2016年3月にパリにて第1回日仏包括的宇宙対話を開催。」',
  round1Cnes: 'CNES: « la première réunion du Dialogue spatial franco-japonais, au mois de mars »',
  round2:
    '2nd round, 24 March 2017, Tokyo — 「平成29年(2017年)3月24日,東京において,第2回日仏包括的宇宙対話が開催されました」',
  round2Documents:
    'a statement of intent on a comprehensive space partnership (「包括的宇宙パートナーシップ 意図表明文書」) and a technical arrangement on sharing space situational awareness information (「宇宙状況把握に係る情報共有に関する技術取決め」) were signed',
  round2Ssa:
    'The SSA text is a technical arrangement between the Japanese authorities and the French Minister of Defence, not between two agencies.',
  round2Announced:
    'adds that the round had been announced in the communiqué of the 3rd 2+2 of 6 January 2017',
  preparatory:
    'Preparatory meeting, 30 November 2020, online — 「11月30日、日仏包括的宇宙対話準備会合がオンラインで開催されました。」',
  preparatoryNext: 'The 3rd round was then to be held in France.',
  round4:
    '4th round, 15 January 2026, Tokyo — 「1月15日、東京において、第4回日仏包括的宇宙対話が開催されました。」',
  round4Subjects:
    "Discussed: each side's latest space policy, international cooperation, security, civil and industrial cooperation",
  round4Japan:
    'Japan presented its work on space debris, international rule-making among allies and like-minded countries, and the use of its Michibiki (みちびき) satellite positioning system',
  round4Roadmap:
    'The same page says space is covered, for both security and science and technology, in the France–Japan roadmap 2023–2027 published in December 2023.',
  twoPlusTwo2015:
    '2+2 of March 2015 called for a stronger government dialogue on space — 「2015年3月の日仏外務・防衛閣僚会合(「2+2」)において、宇宙分野での政府間対話の強化が言及された」',
  twoPlusTwo2017:
    '3rd 2+2, 6 January 2017, Paris — « se sont réunis le 6 janvier 2017 à Paris, pour la 3e session … (« 2+2 ») »',
  twoPlusTwo2017Ssa:
    'hopes to make space cooperation concrete, SSA first — 「宇宙状況把握(SSA)を始めとする宇宙分野での協力を具体化することへの期待を表明」',
  twoPlusTwo2018: '4th 2+2, 26 January 2018, Tokyo',
  twoPlusTwo2019: '5th 2+2, 11 January 2019, Brest',
  twoPlusTwo2022: '6th 2+2, 20 January 2022, by videoconference',
  twoPlusTwo2023:
    '7th 2+2, 9 May 2023, by videoconference — « se sont réunis par visioconférence le 9 mai 2023 pour la septième session »',
  roadmap:
    'Roadmap for France–Japan cooperation 2023–2027, adopted 2 December 2023 (not May 2023) — « feuille de route bilatérale pour 2023-2027 (adoptée le 2 décembre 2023 …) »',
  roadmapLeaders:
    '「令和5年12月2日 … 両首脳は「特別なパートナーシップ」の下での日仏協力のロードマップを発出しました。」',
  cnesJaxa2015:
    'October 2015: a new CNES–JAXA cooperation agreement signed "in the presence of the French and Japanese Prime Ministers"',
  mmx2017: '10 April 2017: MMX (Martian Moons eXploration) signing ceremony with CNES',
  mmx2019:
    "26 June 2019: JAXA and CNES agree on cooperation on MMX and on analysing Hayabusa2's samples",
  rover2023: '20 June 2023, Paris Air Show: trilateral memorandum of cooperation on the MMX rover',
  idefix2024: '7 March 2024: the rover IDEFIX handed over to JAXA',
} as const

// In chronological order, as the whole list is (src/content/queries.ts merges the two).
export const historyEvents = [
  {
    id: 'two-plus-two-2015',
    kind: 'ministers',
    title: localized('events.two-plus-two-2015.title'),
    shortTitle: localized('events.two-plus-two-2015.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2015.summary.0'),
        cites: [outside('gov-base-2020', Q.twoPlusTwo2015)],
      },
    ],
    dates: [
      {
        value: { precision: 'month', month: '2015-03' },
        cite: outside('gov-base-2020', Q.twoPlusTwo2015),
      },
    ],
    place: null,
    roles: {
      FR: { role: 'took-part', cite: outside('gov-base-2020', Q.twoPlusTwo2015) },
      JP: { role: 'took-part', cite: outside('gov-base-2020', Q.twoPlusTwo2015) },
    },
    participants: [],
    topics: [],
    cite: outside('gov-base-2020', Q.twoPlusTwo2015),
    notes: [],
  },
  {
    id: 'cnes-jaxa-agreement-2015',
    kind: 'agencies',
    title: localized('events.cnes-jaxa-agreement-2015.title'),
    shortTitle: localized('events.cnes-jaxa-agreement-2015.shortTitle'),
    summary: [
      {
        text: localized('events.cnes-jaxa-agreement-2015.summary.0'),
        cites: [outside('cnes-jaxa-2015', Q.cnesJaxa2015)],
      },
    ],
    dates: [
      {
        value: { precision: 'month', month: '2015-10' },
        cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015),
      },
    ],
    place: null,
    roles: {
      FR: { role: 'took-part', cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015) },
      JP: { role: 'took-part', cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015) },
    },
    participants: [
      { kind: 'organisation', id: 'cnes' },
      { kind: 'organisation', id: 'jaxa' },
    ],
    topics: [],
    cite: outside('cnes-jaxa-2015', Q.cnesJaxa2015),
    notes: [],
  },
  {
    id: 'first-round-2016',
    kind: 'dialogue',
    title: localized('events.first-round-2016.title'),
    shortTitle: localized('events.first-round-2016.shortTitle'),
    summary: [
      {
        text: localized('events.first-round-2016.summary.0'),
        cites: [outside('emb-japan-2nd-round', Q.round1Date)],
      },
      {
        text: localized('events.first-round-2016.summary.1'),
        cites: [outside('gov-base-2020', Q.round1Paris)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2016-03-11' },
        cite: outside('emb-japan-2nd-round', Q.round1Date),
      },
    ],
    place: {
      name: localized('events.first-round-2016.place.name'),
      country: 'FR',
      cite: outside('gov-base-2020', Q.round1Paris),
    },
    roles: {
      FR: { role: 'host', cite: outside('gov-base-2020', Q.round1Paris) },
      JP: { role: 'visiting', cite: outside('gov-base-2020', Q.round1Paris) },
    },
    participants: [],
    topics: [],
    cite: outside('emb-japan-2nd-round', Q.round1Date),
    notes: [
      {
        text: localized('events.first-round-2016.notes.0'),
        cites: [outside('cnes-tokyo-meeting', Q.round1Cnes)],
      },
    ],
  },
  {
    id: 'two-plus-two-2017',
    kind: 'ministers',
    title: localized('events.two-plus-two-2017.title'),
    shortTitle: localized('events.two-plus-two-2017.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2017.summary.0'),
        cites: [outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017)],
      },
      {
        text: localized('events.two-plus-two-2017.summary.1'),
        cites: [outside('mofa-2plus2-2017', Q.twoPlusTwo2017Ssa)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2017-01-06' },
        cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
      },
    ],
    place: {
      name: localized('events.two-plus-two-2017.place.name'),
      country: 'FR',
      cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
    },
    roles: {
      FR: { role: 'host', cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017) },
      JP: { role: 'visiting', cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017) },
    },
    participants: [],
    topics: [],
    cite: outside('ambafrance-2plus2-2017', Q.twoPlusTwo2017),
    notes: [
      {
        text: localized('events.two-plus-two-2017.notes.0'),
        cites: [outside('ambafrance-jp', Q.round2Announced)],
      },
    ],
  },
  {
    id: 'second-round-2017',
    kind: 'dialogue',
    title: localized('events.second-round-2017.title'),
    shortTitle: localized('events.second-round-2017.shortTitle'),
    summary: [
      {
        text: localized('events.second-round-2017.summary.0'),
        cites: [outside('mofa-2nd-round', Q.round2)],
      },
      {
        text: localized('events.second-round-2017.summary.1'),
        cites: [outside('mofa-2nd-round', Q.round2Documents)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2017-03-24' },
        cite: outside('mofa-2nd-round', Q.round2),
      },
    ],
    place: {
      name: localized('events.second-round-2017.place.name'),
      country: 'JP',
      cite: outside('mofa-2nd-round', Q.round2),
    },
    roles: {
      JP: { role: 'host', cite: outside('mofa-2nd-round', Q.round2) },
      FR: { role: 'visiting', cite: outside('mofa-2nd-round', Q.round2) },
    },
    participants: [],
    topics: [],
    cite: outside('mofa-2nd-round', Q.round2),
    notes: [
      {
        text: localized('events.second-round-2017.notes.0'),
        cites: [outside('ambafrance-jp', Q.round2Ssa)],
      },
      {
        text: localized('events.second-round-2017.notes.1'),
        cites: [outside('ambafrance-jp', Q.round2Announced)],
      },
    ],
  },
  {
    id: 'mmx-signing-2017',
    kind: 'agencies',
    title: localized('events.mmx-signing-2017.title'),
    shortTitle: localized('events.mmx-signing-2017.shortTitle'),
    summary: [
      {
        text: localized('events.mmx-signing-2017.summary.0'),
        cites: [outside('jaxa-mmx-international', Q.mmx2017)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2017-04-10' },
        cite: outside('jaxa-mmx-international', Q.mmx2017),
      },
    ],
    place: null,
    roles: {
      FR: { role: 'took-part', cite: outside('jaxa-mmx-international', Q.mmx2017) },
      JP: { role: 'took-part', cite: outside('jaxa-mmx-international', Q.mmx2017) },
    },
    participants: [
      { kind: 'organisation', id: 'cnes' },
      { kind: 'organisation', id: 'jaxa' },
    ],
    topics: [],
    cite: outside('jaxa-mmx-international', Q.mmx2017),
    notes: [],
  },
  {
    id: 'two-plus-two-2018',
    kind: 'ministers',
    title: localized('events.two-plus-two-2018.title'),
    shortTitle: localized('events.two-plus-two-2018.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2018.summary.0'),
        cites: [outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2018-01-26' },
        cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
      },
    ],
    place: {
      name: localized('events.two-plus-two-2018.place.name'),
      country: 'JP',
      cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
    },
    roles: {
      JP: { role: 'host', cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018) },
      FR: { role: 'visiting', cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018) },
    },
    participants: [],
    topics: [],
    cite: outside('emb-japan-2plus2-2018', Q.twoPlusTwo2018),
    notes: [],
  },
  {
    id: 'two-plus-two-2019',
    kind: 'ministers',
    title: localized('events.two-plus-two-2019.title'),
    shortTitle: localized('events.two-plus-two-2019.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2019.summary.0'),
        cites: [outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2019-01-11' },
        cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
      },
    ],
    place: {
      name: localized('events.two-plus-two-2019.place.name'),
      country: 'FR',
      cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
    },
    roles: {
      FR: { role: 'host', cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019) },
      JP: { role: 'visiting', cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019) },
    },
    participants: [],
    topics: [],
    cite: outside('emb-japan-2plus2-2019', Q.twoPlusTwo2019),
    notes: [],
  },
  {
    id: 'mmx-hayabusa2-2019',
    kind: 'agencies',
    title: localized('events.mmx-hayabusa2-2019.title'),
    shortTitle: localized('events.mmx-hayabusa2-2019.shortTitle'),
    summary: [
      {
        text: localized('events.mmx-hayabusa2-2019.summary.0'),
        cites: [outside('isas-mmx-2019', Q.mmx2019)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2019-06-26' },
        cite: outside('isas-mmx-2019', Q.mmx2019),
      },
    ],
    place: null,
    roles: {
      FR: { role: 'took-part', cite: outside('isas-mmx-2019', Q.mmx2019) },
      JP: { role: 'took-part', cite: outside('isas-mmx-2019', Q.mmx2019) },
    },
    participants: [
      { kind: 'organisation', id: 'jaxa' },
      { kind: 'organisation', id: 'cnes' },
    ],
    topics: [],
    cite: outside('isas-mmx-2019', Q.mmx2019),
    notes: [],
  },
  {
    id: 'preparatory-meeting-2020',
    kind: 'dialogue',
    title: localized('events.preparatory-meeting-2020.title'),
    shortTitle: localized('events.preparatory-meeting-2020.shortTitle'),
    summary: [
      {
        text: localized('events.preparatory-meeting-2020.summary.0'),
        cites: [outside('gov-base-2020', Q.preparatory)],
      },
      {
        text: localized('events.preparatory-meeting-2020.summary.1'),
        cites: [outside('gov-base-2020', Q.preparatoryNext)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2020-11-30' },
        cite: outside('gov-base-2020', Q.preparatory),
      },
    ],
    place: {
      name: localized('events.preparatory-meeting-2020.place.name'),
      online: true,
      cite: outside('gov-base-2020', Q.preparatory),
    },
    roles: {
      FR: { role: 'online', cite: outside('gov-base-2020', Q.preparatory) },
      JP: { role: 'online', cite: outside('gov-base-2020', Q.preparatory) },
    },
    participants: [],
    topics: [],
    cite: outside('gov-base-2020', Q.preparatory),
    notes: [],
  },
  {
    id: 'two-plus-two-2022',
    kind: 'ministers',
    title: localized('events.two-plus-two-2022.title'),
    shortTitle: localized('events.two-plus-two-2022.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2022.summary.0'),
        cites: [outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2022-01-20' },
        cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
      },
    ],
    place: {
      name: localized('events.two-plus-two-2022.place.name'),
      online: true,
      cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
    },
    roles: {
      FR: { role: 'online', cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022) },
      JP: { role: 'online', cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022) },
    },
    participants: [],
    topics: [],
    cite: outside('emb-japan-2plus2-2022', Q.twoPlusTwo2022),
    notes: [],
  },
  {
    id: 'two-plus-two-2023',
    kind: 'ministers',
    title: localized('events.two-plus-two-2023.title'),
    shortTitle: localized('events.two-plus-two-2023.shortTitle'),
    summary: [
      {
        text: localized('events.two-plus-two-2023.summary.0'),
        cites: [outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2023-05-09' },
        cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
      },
    ],
    place: {
      name: localized('events.two-plus-two-2023.place.name'),
      online: true,
      cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
    },
    roles: {
      FR: { role: 'online', cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023) },
      JP: { role: 'online', cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023) },
    },
    participants: [],
    topics: [],
    cite: outside('diplomatie-2plus2-2023', Q.twoPlusTwo2023),
    notes: [],
  },
  {
    id: 'mmx-rover-2023',
    kind: 'agencies',
    title: localized('events.mmx-rover-2023.title'),
    shortTitle: localized('events.mmx-rover-2023.shortTitle'),
    summary: [
      {
        text: localized('events.mmx-rover-2023.summary.0'),
        cites: [outside('jaxa-mmx-rover-2023', Q.rover2023)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2023-06-20' },
        cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
      },
    ],
    place: {
      name: localized('events.mmx-rover-2023.place.name'),
      country: 'FR',
      cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
    },
    roles: {
      FR: { role: 'took-part', cite: outside('jaxa-mmx-rover-2023', Q.rover2023) },
      JP: { role: 'took-part', cite: outside('jaxa-mmx-rover-2023', Q.rover2023) },
    },
    participants: [],
    topics: [],
    cite: outside('jaxa-mmx-rover-2023', Q.rover2023),
    notes: [],
  },
  {
    id: 'roadmap-2023',
    kind: 'leaders',
    title: localized('events.roadmap-2023.title'),
    shortTitle: localized('events.roadmap-2023.shortTitle'),
    summary: [
      {
        text: localized('events.roadmap-2023.summary.0'),
        cites: [outside('diplomatie-japon', Q.roadmap)],
      },
      {
        text: localized('events.roadmap-2023.summary.1'),
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
  },
  {
    id: 'idefix-handover-2024',
    kind: 'agencies',
    title: localized('events.idefix-handover-2024.title'),
    shortTitle: localized('events.idefix-handover-2024.shortTitle'),
    summary: [
      {
        text: localized('events.idefix-handover-2024.summary.0'),
        cites: [outside('isas-idefix-2024', Q.idefix2024)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2024-03-07' },
        cite: outside('isas-idefix-2024', Q.idefix2024),
      },
    ],
    place: null,
    roles: {
      JP: { role: 'took-part', cite: outside('isas-idefix-2024', Q.idefix2024) },
    },
    participants: [{ kind: 'organisation', id: 'jaxa' }],
    topics: [],
    cite: outside('isas-idefix-2024', Q.idefix2024),
    notes: [],
  },
  {
    id: 'fourth-round-2026',
    kind: 'dialogue',
    title: localized('events.fourth-round-2026.title'),
    shortTitle: localized('events.fourth-round-2026.shortTitle'),
    summary: [
      {
        text: localized('events.fourth-round-2026.summary.0'),
        cites: [outside('cao-4th-round', Q.round4)],
      },
      {
        text: localized('events.fourth-round-2026.summary.1'),
        cites: [outside('cao-4th-round', Q.round4Subjects)],
      },
    ],
    dates: [
      {
        value: { precision: 'day', date: '2026-01-15' },
        cite: outside('cao-4th-round', Q.round4),
      },
    ],
    place: {
      name: localized('events.fourth-round-2026.place.name'),
      country: 'JP',
      cite: outside('cao-4th-round', Q.round4),
    },
    roles: {
      JP: { role: 'host', cite: outside('cao-4th-round', Q.round4) },
      FR: { role: 'visiting', cite: outside('cao-4th-round', Q.round4) },
    },
    participants: [],
    topics: [],
    cite: outside('cao-4th-round', Q.round4),
    notes: [
      {
        text: localized('events.fourth-round-2026.notes.0'),
        cites: [outside('cao-4th-round', Q.round4Japan)],
      },
      {
        text: localized('events.fourth-round-2026.notes.1'),
        cites: [outside('cao-4th-round', Q.round4Roadmap)],
      },
    ],
  },
] as const satisfies readonly TimelineEvent[]
