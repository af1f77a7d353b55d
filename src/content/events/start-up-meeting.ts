import { outside, release } from '../cite.ts'
import { STARTUP_SENTENCE } from '../releaseQuotes.ts'
import type { EventRecord, EventText } from '../eventFile.ts'

const STARTUP_QUOTE =
  'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation'

export const event = {
  id: 'start-up-meeting',
  kind: 'dialogue',
  summary: [
    {
      cites: [release(STARTUP_SENTENCE)],
    },
    {
      cites: [release(STARTUP_SENTENCE)],
    },
  ],
  dates: [],
  undated: {
    within: { start: '2023-01-18', end: '2023-01-20' },
    cite: outside(
      'arabnews-jp',
      'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
    ),
  },
  place: null,
  roles: {
    FR: { role: 'start-ups', cite: release(STARTUP_QUOTE) },
    JP: { role: 'guests', cite: release(STARTUP_QUOTE) },
  },
  participants: [
    { kind: 'organisation', id: 'fr-space-startups' },
    { kind: 'delegation', country: 'JP' },
  ],
  topics: ['industry'],
  cite: release(STARTUP_SENTENCE),
  notes: [],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Meeting with French space start-ups',
  shortTitle: 'Meeting with start-ups',
  summary: [
    'To promote exchanges between the industries of both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.',
    'The release gives neither its date nor the companies’ names.',
  ],
  undatedWhy:
    'Date not stated. The press release mentions this meeting after the plenary; a Japanese report dates the dialogue 18–20 January 2023, and the timeline places the meeting within those days.',
  notes: [],
}

export const fr: EventText<typeof event> = {
  title: 'Rencontre avec des start-up spatiales françaises',
  shortTitle: 'Rencontre avec des start-up',
  summary: [
    'Pour favoriser les échanges entre les industries des deux pays, une rencontre avec plusieurs start-up françaises du secteur spatial a également été organisée pour la délégation japonaise.',
    'Le communiqué n’en précise ni la date ni le nom des entreprises.',
  ],
  undatedWhy:
    'Date non précisée. Le communiqué mentionne cette rencontre après la séance plénière\u202f; un compte rendu japonais date le dialogue du 18 au 20 janvier 2023, et la chronologie place la rencontre dans cet intervalle.',
  notes: [],
}

export const ja: EventText<typeof event> = {
  title: 'フランスの宇宙スタートアップとの会合',
  shortTitle: 'スタートアップと会合',
  summary: [
    '両国の産業間の交流を促進するため、日本代表団向けに、フランスの宇宙分野のスタートアップ数社との会合も設けられた。',
    'プレスリリースには日付も企業名も記されていない。',
  ],
  undatedWhy:
    '日付の記載なし。プレスリリースでは、この会合への言及が全体会合の記述の後にある。日本語の記事が対話の日程を2023年1月18日～20日としているため、本年表ではその範囲内に置いている。',
  notes: [],
}
