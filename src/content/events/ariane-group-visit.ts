import { outside, release } from '../cite.ts'
import { ARIANE_QUOTE, PLENARY_QUOTE } from '../releaseQuotes.ts'
import type { EventRecord, EventText } from '../eventFile.ts'

const PRESENTATION_QUOTE =
  'where they were given a presentation of the programme and production line of the Ariane 6 launcher and their GeoTracker space surveillance network'

export const event = {
  id: 'ariane-group-visit',
  kind: 'dialogue',
  summary: [
    {
      // "The day after the plenary" needs both dates.
      cites: [release(ARIANE_QUOTE), release(PLENARY_QUOTE)],
    },
    {
      cites: [release(PRESENTATION_QUOTE)],
    },
  ],
  dates: [{ value: { precision: 'day', date: '2023-01-20' }, cite: release(ARIANE_QUOTE) }],
  place: {
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
  // Not 'industry': the release gives that purpose for the start-up meeting only.
  topics: [],
  cite: release(PRESENTATION_QUOTE),
  notes: [
    {
      cites: [
        outside(
          'wikipedia-les-mureaux',
          'a commune of the Yvelines (Île-de-France) on the Seine, about 39 km west of Paris, where ArianeGroup assembles Ariane launchers',
        ),
      ],
    },
    {
      cites: [outside('cnes-ariane6', 'Ariane 6 main (lower) stage is assembled at Les Mureaux')],
    },
    {
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
      cites: [outside('francetvinfo-ariane6', 'Ariane 6 first flight: 9 July 2024 from Kourou')],
    },
  ],
} as const satisfies EventRecord

export const en: EventText<typeof event> = {
  title: 'Visit to the ArianeGroup site at Les Mureaux',
  shortTitle: 'ArianeGroup, Les Mureaux',
  summary: [
    'On 20 January 2023, the day after the plenary, the French and Japanese delegations were invited to visit the ArianeGroup site at Les Mureaux (Yvelines).',
    'They were given a presentation of the programme and production line of the Ariane 6 launcher, and of the GeoTracker space surveillance network.',
  ],
  place: 'ArianeGroup site, Les Mureaux (Yvelines)',
  notes: [
    'Les Mureaux is a commune of the Yvelines, on the Seine about 39 km west of Paris, where ArianeGroup assembles Ariane launchers.',
    'The main (lower) stage of Ariane 6 is assembled at Les Mureaux.',
    'GeoTracker is ArianeGroup’s network of ground telescopes watching the geostationary orbit, operated from Les Mureaux and in service since 2017; France’s Joint Space Command was its first customer.',
    'Later, Ariane 6 made its first flight from Kourou on 9 July 2024.',
  ],
}

export const fr: EventText<typeof event> = {
  title: 'Visite du site d’ArianeGroup aux Mureaux',
  shortTitle: 'ArianeGroup aux Mureaux',
  summary: [
    'Le 20 janvier 2023, au lendemain de la séance plénière, les délégations française et japonaise ont été invitées à visiter le site d’ArianeGroup aux Mureaux (Yvelines).',
    'On leur a présenté le programme et la chaîne de production du lanceur Ariane 6, ainsi que le réseau de surveillance de l’espace GeoTracker.',
  ],
  place: 'Site d’ArianeGroup, Les Mureaux (Yvelines)',
  notes: [
    'Les Mureaux est une commune des Yvelines, sur la Seine, à environ 39\u00a0km à l’ouest de Paris, où ArianeGroup assemble les lanceurs Ariane.',
    'L’étage principal (inférieur) d’Ariane 6 est assemblé aux Mureaux.',
    'GeoTracker est le réseau de télescopes au sol d’ArianeGroup qui surveille l’orbite géostationnaire\u202f; exploité depuis Les Mureaux, il est en service depuis 2017, et le Commandement interarmées de l’espace en a été le premier client.',
    'Par la suite, Ariane 6 a effectué son premier vol depuis Kourou le 9 juillet 2024.',
  ],
}

export const ja: EventText<typeof event> = {
  title: 'レ・ミュローのArianeGroup拠点を視察',
  shortTitle: 'ArianeGroupを視察',
  summary: [
    '全体会合翌日の2023年1月20日、日仏両代表団はイヴリーヌ県レ・ミュローにあるArianeGroupの拠点に招かれ、視察を行った。',
    '一行は、Ariane 6ロケットの計画と生産ライン、および宇宙監視ネットワークGeoTrackerについて説明を受けた。',
  ],
  place: 'イヴリーヌ県レ・ミュロー、ArianeGroup拠点',
  notes: [
    'レ・ミュローはパリの西約39キロメートル、セーヌ川沿いにあるイヴリーヌ県のコミューンで、ArianeGroupはここでArianeロケットを組み立てている。',
    'Ariane 6の主段はレ・ミュローで組み立てられている。',
    'GeoTrackerは静止軌道を監視するArianeGroupの地上望遠鏡網で、レ・ミュローから運用され、2017年から稼働している。最初の顧客はフランスの統合宇宙コマンドだった。',
    'その後、Ariane 6は2024年7月9日にクールーから初飛行を行った。',
  ],
}
