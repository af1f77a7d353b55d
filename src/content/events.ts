import { outside, release } from './cite.ts'
import {
  ARIANE_QUOTE,
  BONDS_QUOTE,
  DYNAMIC_QUOTE,
  PLENARY_QUOTE,
  TOPICS_QUOTE,
} from './releaseQuotes.ts'
import type { TimelineEvent } from './types.ts'

const G7_QUOTE =
  'the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'
const STARTUP_QUOTE =
  'a meeting with several French start-ups in the space sector was also organised for the Japanese delegation'
const KISHIDA_QUOTE =
  'The visit of the Japanese Prime Minister, Mr. KISHIDA Fumio, in Paris on 9th January 2023'
const STARTUP_SENTENCE =
  'In order to promote exchanges between industries from both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.'
const PRESENTATION_QUOTE =
  'where they were given a presentation of the programme and production line of the Ariane 6 launcher and their GeoTracker space surveillance network'
const G7_SEQUENCES_QUOTE =
  'the bilateral sequences planned during the upcoming visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima'

// In chronological order of what each event's date says. The start-up meeting has no date in
// the release, which mentions it after the plenary; it keeps that place in the list, and the
// axis puts it within the days an outside report gives for the whole dialogue.
export const events = [
  {
    id: 'kishida-paris-visit',
    title: {
      en: 'Prime Minister Kishida visits Paris',
      fr: 'Le Premier ministre Kishida en visite à Paris',
      ja: '岸田総理大臣がパリを訪問',
    },
    summary: [
      {
        text: {
          en: 'On 9 January 2023, ten days before the plenary, the Prime Minister of Japan, KISHIDA Fumio, visited Paris.',
          fr: 'Le 9 janvier 2023, dix jours avant la séance plénière, le Premier ministre japonais, KISHIDA Fumio, s’est rendu à Paris.',
          ja: '2023年1月9日、全体会合の10日前に、岸田文雄内閣総理大臣がパリを訪問した。',
        },
        cites: [release(KISHIDA_QUOTE)],
      },
      {
        text: {
          en: 'The joint press release says that this visit, with the bilateral meetings planned for the visit of the President of the French Republic to Japan in May 2023, enshrines the dynamic of the partnership.',
          fr: 'Selon le communiqué conjoint, cette visite consacre la dynamique du partenariat, comme les séquences bilatérales prévues lors de la visite du président de la République au Japon en mai 2023.',
          ja: '共同プレスリリースは、この訪問と、2023年5月のフランス大統領の訪日の際に予定される二国間の日程が、両国のパートナーシップの機運を確かなものにしているとしている。',
        },
        cites: [release(DYNAMIC_QUOTE)],
      },
    ],
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
          fr: 'C’était sa première visite à Paris en tant que Premier ministre. Il a eu un dîner de travail avec le président Macron à l’Élysée.',
          ja: '首相として初めてのパリ訪問であった。エリゼ宮でマクロン大統領とワーキング・ディナーを行った。',
        },
        cites: [
          outside(
            'mofa-kishida-visit',
            'working dinner with President Macron at the Élysée; first visit to Paris as Prime Minister',
          ),
        ],
      },
      {
        text: {
          en: 'The two leaders agreed to aim for a “2+2” meeting of foreign and defence ministers in the first half of 2023, and for a new cooperation roadmap. Together they visited the Notre-Dame building site.',
          fr: 'Les deux dirigeants sont convenus de viser une réunion «\u202f2+2\u202f» des ministres des Affaires étrangères et de la Défense au premier semestre 2023, ainsi qu’une nouvelle feuille de route de coopération. Ils ont ensemble visité le chantier de Notre-Dame.',
          ja: '両首脳は、2023年前半の外務・防衛閣僚会合「2+2」の開催と、新たな協力ロードマップの策定を目指すことで一致した。また、ともにノートルダム大聖堂の工事現場を訪れた。',
        },
        // The agreement is in the ministry's own release (mirrored); the press preview adds
        // the Notre-Dame visit. The facts sheet vouches for both in one entry.
        cites: [
          outside(
            'mofa-kishida-visit',
            'they agreed to aim for a "2+2" foreign and defence ministers\' meeting in the first half of 2023 and a new cooperation roadmap',
          ),
          outside('rfi-kishida-visit', 'they visited the Notre-Dame building site'),
        ],
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
    summary: [
      {
        text: {
          en: 'On 19 January 2023, the two delegations met in plenary at the Secretariat-General for National Defence and Security (SGDSN) in Paris.',
          fr: 'Le 19 janvier 2023, les deux délégations se sont réunies en séance plénière au Secrétariat général de la défense et de la sécurité nationale (SGDSN), à Paris.',
          ja: '2023年1月19日、両代表団はパリの国防・国家安全保障事務総局（SGDSN）で全体会合を開いた。',
        },
        cites: [release(PLENARY_QUOTE)],
      },
      {
        text: {
          en: 'The meeting restated the bonds that unite France and Japan, and both partners shared their space policies, security and defence included.',
          fr: 'La réunion a permis de réaffirmer les liens qui unissent la France et le Japon et de partager les politiques spatiales des deux partenaires, y compris en matière de sécurité et de défense.',
          ja: '会合では日仏を結ぶ絆を再確認するとともに、安全保障・防衛を含む双方の宇宙政策を共有した。',
        },
        cites: [release(BONDS_QUOTE)],
      },
      {
        text: {
          en: 'Among the many subjects of the dialogue, the release names security and defence policies regarding space, civil cooperation, and multilateral cooperation within the United Nations, the G7 and the space dialogue between Japan and the EU.',
          fr: 'Parmi les nombreux sujets abordés, le communiqué cite les politiques de sécurité et de défense dans l’espace, la coopération civile et la coopération multilatérale dans le cadre des Nations unies, du G7 et du dialogue spatial entre le Japon et l’UE.',
          ja: '対話は多岐にわたる分野を取り上げた。プレスリリースはその例として、宇宙に関する安全保障・防衛政策、民生協力、そして国連・G7・日EU宇宙対話の枠組みにおける多国間協力を挙げている。',
        },
        cites: [release(TOPICS_QUOTE)],
      },
    ],
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
          fr: 'Un compte rendu japonais de la réunion la présente comme le 3e dialogue global franco-japonais sur l’espace et date le dialogue du 18 au 20 janvier 2023\u202f; le communiqué lui-même ne date que le 19 et le 20.',
          ja: '会合に関する日本語の記事は、これを「第3回日仏包括的宇宙対話」と呼び、対話の日程を2023年1月18日～20日としている。プレスリリース自体が日付を示すのは19日と20日のみである。',
        },
        cites: [
          outside(
            'arabnews-jp',
            'The same report calls this the 3rd France–Japan Comprehensive Space Dialogue (第3回日仏包括的宇宙対話) and gives 18–20 January 2023; the release itself dates only the 19th and 20th.',
          ),
        ],
      },
      {
        text: {
          en: 'The 1st round was held in Paris on 11 March 2016.',
          fr: 'La 1re session s’est tenue à Paris le 11 mars 2016.',
          ja: '第1回は2016年3月11日にパリで開催された。',
        },
        cites: [outside('earlier-rounds', '1st round: 11 March 2016, Paris.')],
      },
      {
        text: {
          en: 'The 2nd round was held in Tokyo on 24 March 2017. At that round, a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed.',
          fr: 'La 2e session s’est tenue à Tokyo le 24 mars 2017. Lors de cette session ont été signés une déclaration d’intention sur un partenariat spatial global et un arrangement sur le partage d’informations de surveillance de l’espace.',
          ja: '第2回は2017年3月24日に東京で開催された。この第2回で、包括的宇宙パートナーシップに関する意図表明と、宇宙状況監視情報の共有に関する取決めが署名された。',
        },
        cites: [
          outside(
            'mofa-2nd-round',
            '2nd round: 24 March 2017, Tokyo; a statement of intent on a comprehensive space partnership and an arrangement on sharing space situational awareness information were signed',
          ),
        ],
      },
      {
        text: {
          en: 'A preparatory meeting was held online on 30 November 2020.',
          fr: 'Une réunion préparatoire s’est tenue en ligne le 30 novembre 2020.',
          ja: '2020年11月30日には、オンラインで準備会合が行われた。',
        },
        cites: [outside('earlier-rounds', 'Preparatory meeting: 30 November 2020, online.')],
      },
      {
        text: {
          en: 'Later, the 4th round was held in Tokyo on 15 January 2026.',
          fr: 'Par la suite, la 4e session s’est tenue à Tokyo le 15 janvier 2026.',
          ja: 'その後、第4回は2026年1月15日に東京で開催された。',
        },
        cites: [outside('cao-4th-round', '4th round: 15 January 2026, Tokyo')],
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
    summary: [
      {
        text: {
          en: 'To promote exchanges between the industries of both countries, a meeting with several French start-ups in the space sector was also organised for the Japanese delegation.',
          fr: 'Pour favoriser les échanges entre les industries des deux pays, une rencontre avec plusieurs start-up françaises du secteur spatial a également été organisée pour la délégation japonaise.',
          ja: '両国の産業間の交流を促すため、日本代表団のために、フランスの宇宙分野のスタートアップ数社との会合も設けられた。',
        },
        cites: [release(STARTUP_SENTENCE)],
      },
      {
        text: {
          en: 'The release gives neither its date nor the companies’ names.',
          fr: 'Le communiqué n’en précise ni la date ni le nom des entreprises.',
          ja: 'プレスリリースには日付も企業名も記されていない。',
        },
        cites: [release(STARTUP_SENTENCE)],
      },
    ],
    dates: [],
    undated: {
      within: { start: '2023-01-18', end: '2023-01-20' },
      why: {
        en: 'Date not stated. The press release mentions this meeting after the plenary; a Japanese report dates the dialogue 18–20 January 2023, and the timeline places the meeting within those days.',
        fr: 'Date non précisée. Le communiqué mentionne cette rencontre après la séance plénière\u202f; un compte rendu japonais date le dialogue du 18 au 20 janvier 2023, et la chronologie place la rencontre dans cet intervalle.',
        ja: '日付の記載なし。プレスリリースは全体会合の後にこの会合に言及している。日本語の記事が対話の日程を2023年1月18日～20日としているため、本年表ではその範囲内に置いている。',
      },
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
  },
  {
    id: 'ariane-group-visit',
    title: {
      en: 'Visit to ArianeGroup at Les Mureaux',
      fr: 'Visite d’ArianeGroup aux Mureaux',
      ja: 'レ・ミュローのArianeGroupを視察',
    },
    summary: [
      {
        text: {
          en: 'On 20 January 2023, the day after the plenary, the French and Japanese delegations were invited to visit the ArianeGroup site at Les Mureaux (Yvelines).',
          fr: 'Le 20 janvier 2023, au lendemain de la séance plénière, les délégations française et japonaise ont été invitées à visiter le site d’ArianeGroup aux Mureaux (Yvelines).',
          ja: '全体会合翌日の2023年1月20日、日仏両代表団はイヴリーヌ県レ・ミュローにあるArianeGroupの拠点に招かれ、視察を行った。',
        },
        cites: [release(ARIANE_QUOTE)],
      },
      {
        text: {
          en: 'They were given a presentation of the programme and production line of the Ariane 6 launcher, and of the GeoTracker space surveillance network.',
          fr: 'On leur a présenté le programme et la chaîne de production du lanceur Ariane 6, ainsi que le réseau de surveillance de l’espace GeoTracker.',
          ja: '一行は、Ariane 6ロケットの計画と生産ライン、および宇宙監視ネットワークGeoTrackerについて説明を受けた。',
        },
        cites: [release(PRESENTATION_QUOTE)],
      },
    ],
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
    topics: ['industry'],
    cite: release(PRESENTATION_QUOTE),
    notes: [
      {
        text: {
          en: 'Les Mureaux is a commune of the Yvelines, on the Seine about 39 km west of Paris, where ArianeGroup assembles Ariane launchers.',
          fr: 'Les Mureaux est une commune des Yvelines, sur la Seine, à environ 39\u00a0km à l’ouest de Paris, où ArianeGroup assemble les lanceurs Ariane.',
          ja: 'レ・ミュローはパリの西約39キロメートル、セーヌ川沿いにあるイヴリーヌ県のコミューンで、ArianeGroupがArianeロケットを組み立てている。',
        },
        cites: [
          outside(
            'wikipedia-les-mureaux',
            'a commune of the Yvelines (Île-de-France) on the Seine, about 39 km west of Paris, where ArianeGroup assembles Ariane launchers',
          ),
        ],
      },
      {
        text: {
          en: 'The main (lower) stage of Ariane 6 is assembled at Les Mureaux.',
          fr: 'L’étage principal (inférieur) d’Ariane 6 est assemblé aux Mureaux.',
          ja: 'Ariane 6の主段はレ・ミュローで組み立てられている。',
        },
        cites: [outside('cnes-ariane6', 'Ariane 6 main (lower) stage is assembled at Les Mureaux')],
      },
      {
        text: {
          en: 'GeoTracker is ArianeGroup’s network of ground telescopes watching the geostationary orbit, operated from Les Mureaux and in service since 2017; France’s Joint Space Command was its first customer.',
          fr: 'GeoTracker est le réseau de télescopes au sol d’ArianeGroup qui surveille l’orbite géostationnaire\u202f; opéré depuis Les Mureaux, il est en service depuis 2017, et le Commandement interarmées de l’espace en a été le premier client.',
          ja: 'GeoTrackerは静止軌道を監視するArianeGroupの地上望遠鏡網で、レ・ミュローから運用され、2017年から稼働している。最初の顧客はフランスの統合宇宙コマンドだった。',
        },
        cites: [
          outside(
            'spacenews-geotracker',
            "GeoTracker: ArianeGroup's network of ground telescopes watching the geostationary orbit, operated from Les Mureaux, in service since 2017, with France's Joint Space Command as first customer",
          ),
          // The French name of the command in 2017: it became the Commandement de l'espace in 2019.
          outside(
            'wikipedia-space-command',
            'until September 2019 the Commandement interarmées de l\'espace (CIE; "Joint Space Command")',
          ),
        ],
      },
      {
        text: {
          en: 'Later, after this timeline, Ariane 6 made its first flight from Kourou on 9 July 2024.',
          fr: 'Plus tard, après cette chronologie, Ariane 6 a effectué son premier vol depuis Kourou le 9 juillet 2024.',
          ja: 'その後（本年表の範囲外）、Ariane 6は2024年7月9日にクールーから初飛行を行った。',
        },
        cites: [outside('francetvinfo-ariane6', 'Ariane 6 first flight: 9 July 2024 from Kourou')],
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
    summary: [
      {
        text: {
          en: 'The release looks ahead to the visit of the President of the French Republic to Japan in May 2023 for the G7 Summit in Hiroshima, and to the bilateral meetings planned during it.',
          fr: 'Le communiqué évoque la visite du président de la République au Japon en mai 2023 pour le sommet du G7 à Hiroshima, et les séquences bilatérales prévues à cette occasion.',
          ja: 'プレスリリースは、2023年5月のG7広島サミットに合わせたフランス大統領の訪日と、その際に予定される二国間の日程に言及している。',
        },
        cites: [release(G7_SEQUENCES_QUOTE)],
      },
    ],
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
    topics: [],
    cite: release(G7_SEQUENCES_QUOTE),
    notes: [],
  },
] as const satisfies readonly TimelineEvent[]
