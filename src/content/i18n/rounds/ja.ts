import type { RoundsText } from './en.ts'

// The rounds compared in Japanese, keyed as in ./en.ts.
export const content: RoundsText = {
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
