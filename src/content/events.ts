import { outside, release } from './cite.ts'
import type { TimelineEvent } from './types.ts'

const PLENARY_QUOTE =
  'A plenary session of the bilateral French-Japanese Space dialogue was held on Thursday, 19th January 2023 at the Secretariat-General for National Defence and Security (SGDSN), in Paris.'
const ARIANE_QUOTE =
  'On Friday, 20th January 2023, the French and Japanese delegations were invited to visit ArianeGroup site at the Mureaux (Yvelines)'
const G7_QUOTE =
  'the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'
const STARTUP_QUOTE =
  'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation'
const KISHIDA_QUOTE =
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023'

// In chronological order; the start-up meeting sits where the release tells it, between
// the plenary and the Les Mureaux visit, because no date is given for it.
export const events = [
  {
    id: 'kishida-paris-visit',
    title: {
      en: 'Prime Minister Kishida visits Paris',
      fr: 'Le Premier ministre Kishida en visite à Paris',
      ja: 'KISHIDA首相がパリを訪問',
    },
    summary: {
      en: 'Ten days before the dialogue, Japan’s Prime Minister came to Paris. The joint press release names this visit as one of the moments that give the partnership its momentum.',
      fr: 'Dix jours avant le dialogue, le Premier ministre japonais se rend à Paris. Le communiqué conjoint cite cette visite parmi les temps forts qui donnent son élan au partenariat.',
      ja: '対話の10日前、日本の首相がパリを訪れた。共同プレスリリースは、この訪問を両国のパートナーシップに弾みを与える出来事の一つに挙げている。',
    },
    dates: [{ value: { precision: 'day', date: '2023-01-09' }, cite: release(KISHIDA_QUOTE) }],
    place: {
      name: { en: 'Paris', fr: 'Paris', ja: 'パリ' },
      country: 'FR',
      cite: release(KISHIDA_QUOTE),
    },
    roles: {
      FR: { role: 'host', cite: release(KISHIDA_QUOTE) },
      JP: { role: 'visiting', cite: release(KISHIDA_QUOTE) },
    },
    participants: [
      { kind: 'person', id: 'kishida' },
      { kind: 'person', id: 'macron' },
    ],
    topics: [],
    cite: release(KISHIDA_QUOTE),
    notes: [
      {
        text: {
          en: 'It was his first visit to Paris as Prime Minister. He and President Macron held a working dinner at the Élysée.',
          fr: 'C’était sa première visite à Paris en tant que Premier ministre. Il a partagé un dîner de travail avec le président Macron à l’Élysée.',
          ja: '首相として初のパリ訪問。MACRON大統領とエリゼ宮でワーキングディナーを行った。',
        },
        cite: outside(
          'mofa-kishida-visit',
          'working dinner with President Macron at the Élysée; first visit to Paris as Prime Minister',
        ),
      },
      {
        text: {
          en: 'The two leaders agreed to aim for a “2+2” meeting of foreign and defence ministers in the first half of 2023, and for a new cooperation roadmap. Together they visited the Notre-Dame building site.',
          fr: 'Les deux dirigeants sont convenus de viser une réunion « 2+2 » des ministres des Affaires étrangères et de la Défense au premier semestre 2023, ainsi qu’une nouvelle feuille de route de coopération. Ils ont ensemble visité le chantier de Notre-Dame.',
          ja: '両首脳は、2023年前半の外務・防衛閣僚会合「2+2」の開催と、新たな協力ロードマップの策定を目指すことで一致した。また、ともにノートルダム大聖堂の工事現場を訪れた。',
        },
        cite: outside(
          'rfi-kishida-visit',
          'they agreed to aim for a "2+2" foreign and defence ministers\' meeting in the first half of 2023 and a new cooperation roadmap; they visited the Notre-Dame building site',
        ),
      },
    ],
  },
  {
    id: 'plenary',
    title: {
      en: 'Plenary of the space dialogue at the SGDSN',
      fr: 'Séance plénière du dialogue spatial au SGDSN',
      ja: 'SGDSNで宇宙対話の全体会合',
    },
    summary: {
      en: 'The two delegations met in plenary in Paris to restate the ties between France and Japan and to present their space policies to each other, security and defence included. They covered security and defence policy in space, civil cooperation, and working together at the United Nations, in the G7 and in the Japan–EU space dialogue.',
      fr: 'Les deux délégations se sont réunies en séance plénière à Paris pour réaffirmer les liens entre la France et le Japon et se présenter mutuellement leurs politiques spatiales, y compris en matière de sécurité et de défense. Les échanges ont porté sur la sécurité et la défense dans l’espace, la coopération civile et l’action commune aux Nations unies, au G7 et dans le dialogue spatial Japon–UE.',
      ja: '両代表団はパリで全体会合を開き、日仏の絆を再確認するとともに、安全保障・防衛を含む互いの宇宙政策を共有した。議題は宇宙における安全保障・防衛政策、民生協力、そして国連・G7・日EU宇宙対話における多国間協力に及んだ。',
    },
    dates: [{ value: { precision: 'day', date: '2023-01-19' }, cite: release(PLENARY_QUOTE) }],
    place: {
      name: {
        en: 'Secretariat-General for National Defence and Security (SGDSN), Paris',
        fr: 'Secrétariat général de la défense et de la sécurité nationale (SGDSN), Paris',
        ja: '国防・国家安全保障事務総局（SGDSN）、パリ',
      },
      country: 'FR',
      cite: release(PLENARY_QUOTE),
    },
    roles: {
      FR: { role: 'host', cite: release(PLENARY_QUOTE) },
      JP: {
        role: 'visiting',
        cite: release('the Japanese delegation included representatives from'),
      },
    },
    participants: [
      { kind: 'person', id: 'cousin' },
      { kind: 'person', id: 'kasai' },
      { kind: 'person', id: 'ishizuki' },
      { kind: 'delegation', country: 'FR' },
      { kind: 'delegation', country: 'JP' },
    ],
    topics: ['security-defence', 'civil', 'multilateral'],
    cite: release(PLENARY_QUOTE),
    notes: [
      {
        text: {
          en: 'A Japanese report of the meeting calls it the 3rd France–Japan Comprehensive Space Dialogue and dates the dialogue 18–20 January 2023; the press release itself dates only the 19th and the 20th.',
          fr: 'Un compte rendu japonais de la réunion la présente comme le 3e dialogue global franco-japonais sur l’espace et le date du 18 au 20 janvier 2023 ; le communiqué lui-même ne date que le 19 et le 20.',
          ja: '会合に関する日本語の記事は、これを「第3回日仏包括的宇宙対話」と呼び、対話の日程を2023年1月18日〜20日としている。プレスリリース自体が日付を示すのは19日と20日のみである。',
        },
        cite: outside(
          'arabnews-jp',
          'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023',
        ),
      },
      {
        text: {
          en: 'Earlier rounds: the 1st in Paris on 11 March 2016; the 2nd in Tokyo on 24 March 2017, where a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed; a preparatory meeting online on 30 November 2020.',
          fr: 'Sessions précédentes : la 1re à Paris le 11 mars 2016 ; la 2e à Tokyo le 24 mars 2017, où ont été signés une déclaration d’intention sur un partenariat spatial global et un arrangement sur le partage d’informations de surveillance de l’espace ; une réunion préparatoire en ligne le 30 novembre 2020.',
          ja: 'これまでの対話：第1回は2016年3月11日にパリで、第2回は2017年3月24日に東京で開かれ、包括的宇宙パートナーシップに関する意図表明と宇宙状況監視情報の共有に関する取決めが署名された。2020年11月30日にはオンラインで準備会合が行われた。',
        },
        cite: outside(
          'mofa-2nd-round',
          '2nd round: 24 March 2017, Tokyo; a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed',
        ),
      },
      {
        text: {
          en: 'Later: the 4th round was held in Tokyo on 15 January 2026.',
          fr: 'Par la suite : la 4e session s’est tenue à Tokyo le 15 janvier 2026.',
          ja: 'その後、第4回は2026年1月15日に東京で開催された。',
        },
        cite: outside('cao-4th-round', '4th round: 15 January 2026, Tokyo'),
      },
    ],
  },
  {
    id: 'start-up-meeting',
    title: {
      en: 'Meeting with French space start-ups',
      fr: 'Rencontre avec des start-up spatiales françaises',
      ja: 'フランスの宇宙スタートアップとの会合',
    },
    summary: {
      en: 'To encourage exchanges between the two countries’ industries, a meeting with several French space start-ups was arranged for the Japanese delegation. The release gives neither its date nor the companies’ names.',
      fr: 'Pour favoriser les échanges entre les industries des deux pays, une rencontre avec plusieurs start-up françaises du secteur spatial a été organisée pour la délégation japonaise. Le communiqué n’en précise ni la date ni le nom des entreprises.',
      ja: '両国の産業間の交流を促すため、日本代表団のためにフランスの宇宙スタートアップ数社との会合が設けられた。プレスリリースには日付も企業名も記されていない。',
    },
    dates: [],
    undated: {
      within: { start: '2023-01-19', end: '2023-01-20' },
      why: {
        en: 'Date not stated. The release reports this meeting as part of the dialogue, between the plenary and the Les Mureaux visit.',
        fr: 'Date non précisée. Le communiqué présente cette rencontre comme un volet du dialogue, entre la plénière et la visite aux Mureaux.',
        ja: '日付の記載なし。プレスリリースは全体会合とレ・ミュロー視察の間に、対話の一部としてこの会合を記している。',
      },
    },
    place: null,
    roles: {
      FR: { role: 'host', cite: release(STARTUP_QUOTE) },
      JP: { role: 'guests', cite: release(STARTUP_QUOTE) },
    },
    participants: [
      { kind: 'organisation', id: 'fr-space-startups' },
      { kind: 'delegation', country: 'JP' },
    ],
    topics: ['industry'],
    cite: release(
      'In order to promote exchanges between industries from both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.',
    ),
    notes: [],
  },
  {
    id: 'ariane-group-visit',
    title: {
      en: 'Visit to ArianeGroup at Les Mureaux',
      fr: 'Visite d’ArianeGroup aux Mureaux',
      ja: 'レ・ミュローのArianeGroupを視察',
    },
    summary: {
      en: 'The day after the plenary, both delegations visited ArianeGroup’s site at Les Mureaux, west of Paris. They were shown the Ariane 6 launcher programme and its production line, and GeoTracker, ArianeGroup’s space surveillance network.',
      fr: 'Au lendemain de la plénière, les deux délégations ont visité le site d’ArianeGroup aux Mureaux, dans les Yvelines. On leur a présenté le programme du lanceur Ariane 6 et sa chaîne de production, ainsi que GeoTracker, le réseau de surveillance de l’espace d’ArianeGroup.',
      ja: '全体会合の翌日、両代表団はイヴリーヌ県レ・ミュローにあるArianeGroupの拠点を訪れ、Ariane 6ロケットの計画と生産ライン、そして同社の宇宙監視ネットワークGeoTrackerについて説明を受けた。',
    },
    dates: [{ value: { precision: 'day', date: '2023-01-20' }, cite: release(ARIANE_QUOTE) }],
    place: {
      name: {
        en: 'ArianeGroup site, Les Mureaux (Yvelines)',
        fr: 'Site d’ArianeGroup, Les Mureaux (Yvelines)',
        ja: 'ArianeGroup拠点、レ・ミュロー（イヴリーヌ県）',
      },
      country: 'FR',
      cite: release(ARIANE_QUOTE),
    },
    roles: {
      FR: { role: 'host-and-visiting', cite: release(ARIANE_QUOTE) },
      JP: { role: 'visiting', cite: release(ARIANE_QUOTE) },
    },
    participants: [
      { kind: 'organisation', id: 'arianegroup' },
      { kind: 'delegation', country: 'FR' },
      { kind: 'delegation', country: 'JP' },
    ],
    topics: ['industry', 'security-defence'],
    cite: release(
      'where they were given a presentation of the programme and production line of the Ariane 6 launcher and their GeoTracker space surveillance network',
    ),
    notes: [
      {
        text: {
          en: 'The main (lower) stage of Ariane 6 is assembled at Les Mureaux.',
          fr: 'L’étage principal (inférieur) d’Ariane 6 est assemblé aux Mureaux.',
          ja: 'Ariane 6のメイン（下段）ステージはレ・ミュローで組み立てられている。',
        },
        cite: outside('cnes-ariane6', 'Ariane 6 main (lower) stage is assembled at Les Mureaux'),
      },
      {
        text: {
          en: 'GeoTracker is ArianeGroup’s network of ground telescopes watching the geostationary orbit, operated from Les Mureaux and in service since 2017; France’s Joint Space Command was its first customer.',
          fr: 'GeoTracker est le réseau de télescopes au sol d’ArianeGroup qui surveille l’orbite géostationnaire ; opéré depuis Les Mureaux, il est en service depuis 2017 et le Commandement de l’espace français en a été le premier client.',
          ja: 'GeoTrackerは静止軌道を監視するArianeGroupの地上望遠鏡網で、レ・ミュローから運用され、2017年から稼働している。最初の顧客はフランスの統合宇宙コマンドだった。',
        },
        cite: outside(
          'spacenews-geotracker',
          "GeoTracker: ArianeGroup's network of ground telescopes watching the geostationary orbit, operated from Les Mureaux, in service since 2017, with France's Joint Space Command as first customer",
        ),
      },
      {
        text: {
          en: 'Later, after this timeline: Ariane 6 made its first flight from Kourou on 9 July 2024.',
          fr: 'Plus tard, après cette chronologie : Ariane 6 a effectué son premier vol depuis Kourou le 9 juillet 2024.',
          ja: 'その後（本年表の範囲外）：Ariane 6は2024年7月9日にクールーから初飛行を行った。',
        },
        cite: outside('francetvinfo-ariane6', 'Ariane 6 first flight: 9 July 2024 from Kourou'),
      },
    ],
  },
  {
    id: 'g7-hiroshima',
    title: {
      en: 'G7 Summit in Hiroshima',
      fr: 'Sommet du G7 à Hiroshima',
      ja: 'G7広島サミット',
    },
    summary: {
      en: 'The release looks ahead to the French President’s visit to Japan for the G7 Summit in Hiroshima, with bilateral meetings planned around it, as the next step for the partnership.',
      fr: 'Le communiqué annonce la visite du président de la République au Japon pour le sommet du G7 à Hiroshima, accompagnée de séquences bilatérales, comme la prochaine étape du partenariat.',
      ja: 'プレスリリースは、G7広島サミットに合わせたフランス大統領の訪日と、その際に予定される二国間の日程を、パートナーシップの次の段階として挙げている。',
    },
    dates: [
      { value: { precision: 'month', month: '2023-05' }, cite: release(G7_QUOTE) },
      {
        value: { precision: 'range', start: '2023-05-19', end: '2023-05-21' },
        cite: outside(
          'japan-gov-g7',
          'G7 Hiroshima Summit: 19–21 May 2023, attended by President Macron',
        ),
      },
    ],
    place: {
      name: { en: 'Hiroshima, Japan', fr: 'Hiroshima (Japon)', ja: '広島' },
      country: 'JP',
      cite: release(G7_QUOTE),
    },
    roles: {
      JP: { role: 'host', cite: release(G7_QUOTE) },
      FR: { role: 'visiting', cite: release(G7_QUOTE) },
    },
    participants: [{ kind: 'person', id: 'macron' }],
    topics: ['multilateral'],
    cite: release(
      'the bilateral sequences planned during the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima',
    ),
    notes: [],
  },
] as const satisfies readonly TimelineEvent[]
