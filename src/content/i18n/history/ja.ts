import type { EventTextOf } from '../../eventFile.ts'
import type { HistoryText } from './en.ts'

// The history's events' Japanese text (src/content/events/history/), as ../ja.ts holds the
// mission's: fetched with the history (src/content/contentText.ts, loadHistoryText), so that a
// page that does not show the history does not download it.
export const events = import.meta.glob<EventTextOf>('../../events/history/*.ts', {
  eager: true,
  import: 'ja',
  query: '?lang=ja',
})

// The titles of the outside sources only the history cites, keyed as in ./en.ts.
export const content: HistoryText = {
  'sources.emb-japan-2nd-round.title':
    '在フランス日本国大使館：第2回日仏包括的宇宙対話（2017年3月）',
  'sources.gov-base-2020.confidence':
    'gov-base.info（日本政府の発表を転載するサイト）による報告。プロジェクトの事実確認シートでの信頼度は中程度。',
  'sources.gov-base-2020.title': 'gov-base.info（日本政府の発表の転載）：準備会合（2020年11月）',
  'sources.cnes-tokyo-meeting.title':
    'フランス国立宇宙研究センター（CNES）プレスリリース：東京での日仏宇宙協力の会合',
  'sources.ambafrance-2plus2-2017.title': '在日フランス大使館：第3回日仏「2+2」',
  'sources.mofa-2plus2-2017.title': '外務省：第3回「2+2」（2017年1月）',
  'sources.emb-japan-2plus2-2018.title': '在フランス日本国大使館：第4回「2+2」（2018年1月）',
  'sources.emb-japan-2plus2-2019.title': '在フランス日本国大使館：第5回「2+2」（2019年1月）',
  'sources.emb-japan-2plus2-2022.title': '在フランス日本国大使館：第6回「2+2」（2022年1月）',
  'sources.diplomatie-2plus2-2023.title':
    'フランス欧州・外務省：第7回「2+2」の共同声明（2023年5月）',
  'sources.diplomatie-japon.title': 'フランス欧州・外務省：日仏二国間関係',
  'sources.mofa-roadmap-2023.title': '外務省：日仏協力のロードマップ（2023年12月）',
  'sources.cnes-jaxa-2015.title':
    'フランス国立宇宙研究センター（CNES）プレスリリース：東京での日本のパートナーとの会合',
  'sources.jaxa-mmx-international.title': '宇宙航空研究開発機構（JAXA）：MMXの国際協力',
  'sources.isas-mmx-2019.title':
    '宇宙航空研究開発機構（JAXA）宇宙科学研究所：MMXと「はやぶさ2」での協力（2019年6月）',
  'sources.jaxa-mmx-rover-2023.title':
    '宇宙航空研究開発機構（JAXA）：MMXローバーの覚書（2023年6月）',
  'sources.isas-idefix-2024.title':
    '宇宙航空研究開発機構（JAXA）宇宙科学研究所：ローバーIDEFIXの引き渡し（2024年3月）',
}
