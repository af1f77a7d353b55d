import { localized } from './localized.ts'
import { outside, release } from './cite.ts'
import { PLENARY_QUOTE, STARTUP_SENTENCE, TOPICS_QUOTE, ARIANE_QUOTE } from './releaseQuotes.ts'
import type { Localized, Sentence } from './types.ts'

// The meetings of the dialogue side by side (/rounds): one record per meeting, one cell per
// row, each a sentence with the passages that carry it, or null where no source says (the page
// then says "not stated in the sources", never a guess). The January 2023 round is the press
// release's; the others are the facts sheet's section C, each passage its line for that source.
// Passages repeat some of the history events' (src/content/events/) on purpose: this table
// must not depend on how the events are stored.

export const ROUND_ROWS = [
  'date',
  'place',
  'format',
  'host',
  'coChairs',
  'bodies',
  'subjects',
  'documents',
] as const
export type RoundRow = (typeof ROUND_ROWS)[number]

export interface Round {
  readonly id: string
  /** The meeting's page on the timeline: its column heading links there. */
  readonly eventId: string
  readonly name: Localized
  readonly cells: { readonly [Row in RoundRow]: Sentence | null }
}

const Q = {
  round1Date:
    "1st round, 11 March 2016 — « Organisée dans la continuation de la première session (qui s'est tenue le 11 mars 2016) »",
  round1Paris: 'Held in Paris: 「2016年3月にパリにて第1回日仏包括的宇宙対話を開催。」',
  round2:
    '2nd round, 24 March 2017, Tokyo — 「平成29年(2017年)3月24日,東京において,第2回日仏包括的宇宙対話が開催されました」',
  round2CoChairs:
    'co-chairs 飯島俊郎外務省政策企画・国際安全保障担当大使 and 髙田修三内閣府宇宙開発戦略推進事務局長; France: ルイ・ゴティエ国防国家安全保障事務総局長',
  round2Bodies:
    'Japanese bodies: 外務省, 内閣府, 国家安全保障局, 総合海洋政策本部事務局, 内閣衛星情報センター, 文部科学省, 経済産業省, 防衛省, JAXA; French: 国防国家安全保障事務総局(首相府), 外務・国際開発省, 国防省, CNES',
  round2Subjects:
    'Discussed: 安全保障分野(宇宙状況把握等), 民生分野(関係機関間協力, 宇宙産業協力等), 国際ルール作り等',
  round2Documents:
    'a statement of intent on a comprehensive space partnership (「包括的宇宙パートナーシップ 意図表明文書」) and a technical arrangement on sharing space situational awareness information (「宇宙状況把握に係る情報共有に関する技術取決め」) were signed',
  round2Ssa:
    'The SSA text is a technical arrangement between the Japanese authorities and the French Minister of Defence, not between two agencies.',
  preparatory:
    'Preparatory meeting, 30 November 2020, online — 「11月30日、日仏包括的宇宙対話準備会合がオンラインで開催されました。」',
  preparatoryCoChairs:
    'co-chairs 船越健裕外務省国際安全保障担当大使 and 松尾剛彦内閣府宇宙開発戦略推進事務局長; France: ジャン=ユーグ・シモン=ミシェル (Mr. Jean-Hugues SIMON-MICHEL, Director for International, Strategic and Technological Affairs, General Secretariat for Defense and National Security)',
  round3Days:
    'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
  round4:
    '4th round, 15 January 2026, Tokyo — 「1月15日、東京において、第4回日仏包括的宇宙対話が開催されました。」',
  round4CoChairs:
    'co-chairs 門脇仁一外務省政策企画・国際安全保障政策・宇宙政策担当大使(総合外交政策局参事官) and 風木淳内閣府宇宙開発戦略推進事務局長; France: アンヌ=マリー・デコット欧州・外務省事務次官 and セドリック・ゴーディリエール首相府国防・国家安全保障総局次長(航空宇宙軍中将)',
  round4Subjects:
    "Discussed: each side's latest space policy, international cooperation, security, civil and industrial cooperation",
  round4Japan:
    'Japan presented its work on space debris, international rule-making among allies and like-minded countries, and the use of its Michibiki (みちびき) satellite positioning system',
} as const

// The release's own sentences on who chaired and who came (verbatim).
const CO_PRESIDENCY =
  'The dialogue was held under the co-presidency of the Deputy Secretary General for Defence and National Security, Air Marshal COUSIN Vincent and by Mr. KASAI Yasuyuki and Mr. ISHIZUKI Hideo, respectively Director-General, National Space Policy Secretariat, Cabinet Office and Ambassador, in charge of International Security Policy of the Ministry of Foreign Affairs.'
const FRENCH_DELEGATION =
  'The French delegation comprised members of the SGDSN, a service of the French Prime Minister; of the Ministry of Economics, Finance and Industrial and Digital Sovereignty; of the Ministry for Europe and Foreign Affairs; of the Ministry of Armed Forces; and of the National Centre for Space Studies (CNES).'
const JAPANESE_DELEGATION =
  'In addition to the high-ranking officials from the Cabinet Office and the Ministry of Foreign Affairs, the Japanese delegation included representatives from the National Security Secretariat, the Ministry for Education, Culture, Sports, Sciences and Technologies (MEXT); from the Ministry of Economy, Trade and Industry, from the Ministry of Defence; and from the Japan Aerospace Exploration Agency (JAXA).'

/** A cell: its text (content key `rounds.<id>.<row>`) and the passages that carry it. */
type CellKey = Parameters<typeof localized>[0]
function cell(key: CellKey, ...cites: Sentence['cites']): Sentence {
  return { text: localized(key), cites }
}

// In chronological order: the columns, left to right.
export const rounds: readonly Round[] = [
  {
    id: 'round-2016',
    eventId: 'first-round-2016',
    name: localized('rounds.round-2016.name'),
    cells: {
      date: cell('rounds.round-2016.date', outside('emb-japan-2nd-round', Q.round1Date)),
      place: cell('rounds.round-2016.place', outside('gov-base-2020', Q.round1Paris)),
      format: cell('rounds.round-2016.format', outside('gov-base-2020', Q.round1Paris)),
      host: cell('rounds.round-2016.host', outside('gov-base-2020', Q.round1Paris)),
      coChairs: null,
      bodies: null,
      subjects: null,
      documents: null,
    },
  },
  {
    id: 'round-2017',
    eventId: 'second-round-2017',
    name: localized('rounds.round-2017.name'),
    cells: {
      date: cell('rounds.round-2017.date', outside('mofa-2nd-round', Q.round2)),
      place: cell('rounds.round-2017.place', outside('mofa-2nd-round', Q.round2)),
      format: cell('rounds.round-2017.format', outside('mofa-2nd-round', Q.round2)),
      host: cell('rounds.round-2017.host', outside('mofa-2nd-round', Q.round2)),
      coChairs: cell('rounds.round-2017.coChairs', outside('mofa-2nd-round', Q.round2CoChairs)),
      bodies: cell('rounds.round-2017.bodies', outside('mofa-2nd-round', Q.round2Bodies)),
      subjects: cell('rounds.round-2017.subjects', outside('mofa-2nd-round', Q.round2Subjects)),
      documents: cell(
        'rounds.round-2017.documents',
        outside('mofa-2nd-round', Q.round2Documents),
        outside('ambafrance-jp', Q.round2Ssa),
      ),
    },
  },
  {
    id: 'preparatory-2020',
    eventId: 'preparatory-meeting-2020',
    name: localized('rounds.preparatory-2020.name'),
    cells: {
      date: cell('rounds.preparatory-2020.date', outside('gov-base-2020', Q.preparatory)),
      place: cell('rounds.preparatory-2020.place', outside('gov-base-2020', Q.preparatory)),
      format: cell('rounds.preparatory-2020.format', outside('gov-base-2020', Q.preparatory)),
      // Held online: no source says which side convened it.
      host: null,
      coChairs: cell(
        'rounds.preparatory-2020.coChairs',
        outside('gov-base-2020', Q.preparatoryCoChairs),
      ),
      bodies: null,
      subjects: null,
      documents: null,
    },
  },
  {
    id: 'round-2023',
    eventId: 'plenary',
    name: localized('rounds.round-2023.name'),
    cells: {
      date: cell(
        'rounds.round-2023.date',
        release(PLENARY_QUOTE),
        outside('arabnews-jp', Q.round3Days),
      ),
      place: cell('rounds.round-2023.place', release(PLENARY_QUOTE)),
      format: cell(
        'rounds.round-2023.format',
        release(PLENARY_QUOTE),
        release(STARTUP_SENTENCE),
        release(ARIANE_QUOTE),
      ),
      host: cell('rounds.round-2023.host', release(PLENARY_QUOTE)),
      coChairs: cell('rounds.round-2023.coChairs', release(CO_PRESIDENCY)),
      bodies: cell(
        'rounds.round-2023.bodies',
        release(FRENCH_DELEGATION),
        release(JAPANESE_DELEGATION),
      ),
      subjects: cell('rounds.round-2023.subjects', release(TOPICS_QUOTE)),
      // The release names no document signed.
      documents: null,
    },
  },
  {
    id: 'round-2026',
    eventId: 'fourth-round-2026',
    name: localized('rounds.round-2026.name'),
    cells: {
      date: cell('rounds.round-2026.date', outside('cao-4th-round', Q.round4)),
      place: cell('rounds.round-2026.place', outside('cao-4th-round', Q.round4)),
      format: cell('rounds.round-2026.format', outside('cao-4th-round', Q.round4)),
      host: cell('rounds.round-2026.host', outside('cao-4th-round', Q.round4)),
      coChairs: cell('rounds.round-2026.coChairs', outside('cao-4th-round', Q.round4CoChairs)),
      bodies: null,
      subjects: cell(
        'rounds.round-2026.subjects',
        outside('cao-4th-round', Q.round4Subjects),
        outside('cao-4th-round', Q.round4Japan),
      ),
      documents: null,
    },
  },
]
