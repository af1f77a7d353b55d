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
}
