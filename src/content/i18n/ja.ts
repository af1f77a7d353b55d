import type { LanguageText } from './en.ts'
import type { EventTextOf } from '../eventFile.ts'

// The content's Japanese text, keyed as in ./en.ts.

// Each event's Japanese text sits in the event's own file, beside its data (src/content/events/,
// see src/content/eventFile.ts); the `lang` query gives this module its own copy of those files,
// reduced to their `ja` export (vite.config.ts, eventText), and src/content/contentText.ts
// files it under the keys the records name it by.
export const events = import.meta.glob<EventTextOf>('../events/*.ts', {
  eager: true,
  import: 'ja',
  query: '?lang=ja',
})

export const content: LanguageText = {
  'organisations.sgdsn.name': '国防・国家安全保障事務総局',
  'organisations.sgdsn.note': 'フランス首相直属の機関。全体会合の会場。',
  'organisations.fr-economy.name': '経済・財政・産業デジタル主権省',
  'organisations.fr-foreign-affairs.name': '欧州・外務省',
  'organisations.fr-armed-forces.name': '軍事省',
  'organisations.cnes.name': 'フランス国立宇宙研究センター',
  'organisations.arianegroup.name': 'ArianeGroup',
  'organisations.arianegroup.note': '1月20日、両代表団がレ・ミュローの同社拠点を視察した。',
  'organisations.fr-space-startups.name': 'フランスの宇宙スタートアップ',
  'organisations.fr-space-startups.note': '複数社。プレスリリースに社名の記載はない。',
  'organisations.jp-cabinet-office.name': '内閣府（宇宙開発戦略推進事務局）',
  'organisations.jp-cabinet-office.note':
    'プレスリリースでは、日本代表団のうち高官を出した機関とされている。',
  'organisations.jp-foreign-affairs.name': '外務省',
  'organisations.jp-foreign-affairs.note':
    'プレスリリースでは、日本代表団のうち高官を出した機関とされている。',
  'organisations.jp-national-security.name': '国家安全保障局',
  'organisations.jp-national-security.note':
    'プレスリリースでは、代表者を派遣した機関の一つとされている。',
  'organisations.mext.name': '文部科学省',
  'organisations.mext.note': 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
  'organisations.meti.name': '経済産業省',
  'organisations.meti.note': 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
  'organisations.jp-defence.name': '防衛省',
  'organisations.jp-defence.note': 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
  'organisations.jaxa.name': '宇宙航空研究開発機構',
  'organisations.jaxa.note': 'プレスリリースでは、代表者を派遣した機関の一つとされている。',
  'people.cousin.name': 'ヴァンサン・クザン',
  'people.cousin.title': '国防・国家安全保障事務総局次長',
  'people.cousin.rank': '航空宇宙軍中将',
  'people.kasai.name': '河西康之',
  'people.kasai.title': '内閣府宇宙開発戦略推進事務局長',
  'people.ishizuki.name': '石月英雄',
  'people.ishizuki.title': '外務省国際安全保障担当大使',
  'people.kishida.name': '岸田文雄',
  'people.kishida.title': '内閣総理大臣',
  'people.macron.name': 'エマニュエル・マクロン',
  'people.macron.title': 'フランス共和国大統領',
  'sources.VERIFIED': 'プロジェクトの事実確認シートで検証済み。',
  'sources.ENCYCLOPEDIC': '百科事典の記事。プロジェクトの事実確認シートで検証済み。',
  'sources.press-release.title': '共同プレスリリース（2023年1月19日）',
  'sources.press-release.confidence': '一次資料（英語で発表）。',
  'sources.arabnews-jp.title': 'アラブニュース・ジャパン（会合に関する日本語記事）',
  'sources.arabnews-jp.confidence': '二次資料1件のみ。この資料でのみ確認。',
  'sources.mofa-2nd-round.title': '外務省：第2回対話に関するページ',
  'sources.ambafrance-jp.title': '在日フランス大使館',
  'sources.french-official-names.title': 'フランスの公式名称（フランスの公開資料）',
  'sources.mofa-kishida-visit.title': '外務省発表：岸田総理大臣のフランス訪問（転載）',
  'sources.rfi-kishida-visit.title': 'RFI：岸田総理大臣のパリ訪問に関する記事',
  'sources.japan-gov-g7.title': '日本政府 KIZUNA：G7広島サミット',
  'sources.cnes-ariane6.title': 'フランス国立宇宙研究センター（CNES）：Ariane 6の体制',
  'sources.francetvinfo-ariane6.title': 'franceinfo：Ariane 6の初飛行',
  'sources.spacenews-geotracker.title': 'SpaceNews：ArianeGroupのGeoTrackerサービス',
  'sources.cao-4th-round.title': '内閣府：第4回対話',
  'sources.earlier-rounds.title': '過去の対話（プロジェクトの事実確認シート）',
  'sources.earlier-rounds.confidence':
    'プロジェクトの事実確認シートで検証済み（これらの回について単一のURLの記載なし）。',
  'sources.wikipedia-les-mureaux.title': 'ウィキペディア（フランス語版）：レ・ミュロー',
  'sources.wikipedia-space-command.title': 'ウィキペディア（フランス語版）：宇宙コマンド',
  'topics.security-defence.label': '宇宙の安全保障・防衛',
  'topics.security-defence.description': '宇宙に関する両国の安全保障・防衛政策。',
  'topics.civil.label': '民生協力',
  'topics.civil.description': '両国間の民生協力。',
  'topics.multilateral.label': '多国間協力',
  'topics.multilateral.description': '国連、G7、日EU宇宙対話の枠組みでの協力。',
  'topics.industry.label': '産業・スタートアップ',
  'topics.industry.description':
    '両国の産業間の交流（プレスリリースでは、フランスの宇宙スタートアップとの会合の目的とされている）。',
  'delegations.FR.name': 'フランス代表団',
  'delegations.JP.name': '日本代表団',
  'dialogue.summary.0':
    '2023年1月、日仏両代表団は宇宙対話を行った。19日にパリの国防・国家安全保障事務総局（SGDSN）で全体会合を開いたほか、日本代表団向けにフランスの宇宙スタートアップとの会合が設けられ、20日にはレ・ミュローのArianeGroup拠点を視察した。',
  'dialogue.summary.1': '日仏を結ぶ絆を再確認し、安全保障・防衛を含む双方の宇宙政策を共有した。',
  'dialogue.summary.2':
    'プレスリリースによれば、対話の質の高さは、今後も両国の特別なパートナーシップを強化していくという共通の意思を反映している。',
  'dialogue.summary.3':
    'プレスリリースは、この機運を確かなものにするものとして、2023年1月9日の岸田総理大臣のパリ訪問と、2023年5月のG7広島サミットに合わせたフランス大統領訪日の際に予定されている二国間の日程を挙げている。',
  'seo.DELEGATIONS_DESCRIPTION':
    '2023年1月の宇宙対話に参加した日仏両代表団。共同議長、構成機関、参加した出来事を、すべて出典付きで紹介します。',
  'seo.IMAGE_ALT':
    '日仏の国旗と「France–Japan Comprehensive Space Dialogue, January 2023」の題名、対話とその前後の出来事を示す年表。',
  'sources.gov-base-2020.confidence':
    'gov-base.info（日本政府の発表を転載するサイト）による報告。プロジェクトの事実確認シートでの信頼度は中程度。',
  'sources.emb-japan-2nd-round.title':
    '在フランス日本国大使館：第2回日仏包括的宇宙対話（2017年3月）',
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
  // The rounds compared (src/content/rounds.ts): one text per cell, keyed rounds.<id>.<row>.
  'rounds.round-2016.name': '第1回（2016年）',
  'rounds.round-2016.date': '2016年3月11日',
  'rounds.round-2016.place': 'パリ',
  'rounds.round-2016.format': '包括的宇宙対話（第1回）',
  'rounds.round-2016.host': 'フランス（パリで開催）',
  'rounds.round-2017.name': '第2回（2017年）',
  'rounds.round-2017.date': '2017年3月24日',
  'rounds.round-2017.place': '東京',
  'rounds.round-2017.format': '包括的宇宙対話（第2回）',
  'rounds.round-2017.host': '日本（東京で開催）',
  'rounds.round-2017.coChairs':
    '日本：飯島俊郎外務省政策企画・国際安全保障担当大使、髙田修三内閣府宇宙開発戦略推進事務局長。フランス：ルイ・ゴティエ国防国家安全保障事務総局長。',
  'rounds.round-2017.bodies':
    '日本：外務省、内閣府、国家安全保障局、総合海洋政策本部事務局、内閣衛星情報センター、文部科学省、経済産業省、防衛省、JAXA。フランス：国防国家安全保障事務総局（首相府）、外務・国際開発省、国防省、CNES。',
  'rounds.round-2017.subjects':
    '安全保障分野（宇宙状況把握等）、民生分野（関係機関間協力、宇宙産業協力等）、国際ルール作り等。',
  'rounds.round-2017.documents':
    '包括的宇宙パートナーシップ意図表明文書、および日本側当局とフランス国防大臣の間の宇宙状況把握に係る情報共有に関する技術取決め。',
  'rounds.preparatory-2020.name': '準備会合（2020年）',
  'rounds.preparatory-2020.date': '2020年11月30日',
  'rounds.preparatory-2020.place': 'オンライン',
  'rounds.preparatory-2020.format': '準備会合（オンライン開催）',
  'rounds.preparatory-2020.coChairs':
    '日本：船越健裕外務省国際安全保障担当大使、松尾剛彦内閣府宇宙開発戦略推進事務局長。フランス：ジャン=ユーグ・シモン=ミシェル国防国家安全保障事務総局国際・戦略・技術局長（Jean-Hugues SIMON-MICHEL）。',
  'rounds.round-2023.name': '第3回（2023年）',
  'rounds.round-2023.date':
    '全体会合は2023年1月19日。外部の報道によれば、会合全体は2023年1月18日から20日。',
  'rounds.round-2023.place': 'パリ、国防国家安全保障事務総局（SGDSN）',
  'rounds.round-2023.format':
    '全体会合、フランスの宇宙スタートアップとの会合、2023年1月20日のレ・ミュローのArianeGroup施設の視察。',
  'rounds.round-2023.host': 'フランス（パリで開催）',
  'rounds.round-2023.coChairs':
    'フランス：COUSIN Vincent空軍中将（国防国家安全保障事務総局次長）。日本：KASAI Yasuyuki内閣府宇宙開発戦略推進事務局長、ISHIZUKI Hideo外務省国際安全保障政策担当大使。',
  'rounds.round-2023.bodies':
    'フランス：SGDSN、経済・財務・産業及びデジタル主権省、欧州・外務省、軍事省、CNES。日本：内閣府、外務省、国家安全保障局、文部科学省、経済産業省、防衛省、JAXA。',
  'rounds.round-2023.subjects':
    '宇宙に関する安全保障・防衛政策、民生協力、国連・G7・日EU宇宙対話の枠組みにおける多国間協力。',
  'rounds.round-2026.name': '第4回（2026年）',
  'rounds.round-2026.date': '2026年1月15日',
  'rounds.round-2026.place': '東京',
  'rounds.round-2026.format': '包括的宇宙対話（第4回）',
  'rounds.round-2026.host': '日本（東京で開催）',
  'rounds.round-2026.coChairs':
    '日本：門脇仁一外務省政策企画・国際安全保障政策・宇宙政策担当大使（総合外交政策局参事官）、風木淳内閣府宇宙開発戦略推進事務局長。フランス：アンヌ=マリー・デコット欧州・外務省事務次官、セドリック・ゴーディリエール首相府国防・国家安全保障総局次長（航空宇宙軍中将）。',
  'rounds.round-2026.subjects':
    '双方の最新の宇宙政策、国際協力、安全保障、民生・産業協力。日本は、スペースデブリ、同盟国・同志国間の国際的なルール作り、準天頂衛星システム「みちびき」の活用に関する取組を紹介。',
}
