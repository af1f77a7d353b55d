import type { RoundRow } from '../../content/rounds.ts'
import type { CountryCode, EventKind, RoleId } from '../../content/types.ts'

// Interface text in English. Its shape is the contract: every other language's module is typed
// `Messages`, so a missing or extra key is a type error (and a unit test checks at run time).
// Each language is its own module so that a page loads only its own (src/lib/locales.ts).

const en = {
  siteTitle: 'France–Japan Comprehensive Space Dialogue',
  // Punctuation around labels, lists and asides belongs to each language.
  labelled: (label: string) => `${label}: `,
  listSeparator: ', ',
  /** Between items that may hold commas themselves (names of ministries). */
  itemSeparator: '; ',
  aside: (text: string) => ` (${text})`,
  rankAndTitle: (rank: string, title: string) => `${rank}, ${title}`,
  /** After a person's name, before their title (the name is a link, so the two are apart). */
  titleAfterName: (title: string) => ` — ${title}`,
  /** A title or phrase on a line of its own, as the language starts one. */
  ownLine: (text: string) => text,
  /** Between two clauses of a line: a source and its passage, a filter and its count. */
  clauseJoiner: ' — ',
  siteTagline: 'The dialogue of January 2023 and its context, every fact with its source',
  skipToContent: 'Skip to content',
  mainNav: 'Main',
  navTimeline: 'Timeline',
  navDelegations: 'Delegations',
  languageLabel: 'Language',
  countryNames: { FR: 'France', JP: 'Japan' } as Record<CountryCode, string>,
  filterLegend: 'Show events for',
  filterAll: 'Both countries',
  filterReset: 'Show both countries',
  filterCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  filterStatus: (n: number, country: CountryCode | undefined) =>
    country === undefined
      ? `Showing all ${n} events`
      : `Showing ${n} ${n === 1 ? 'event' : 'events'} in which ${en.countryNames[country]} has a role`,
  timelineHeading: 'Timeline',
  timelineIntro:
    'From the Prime Minister’s visit to Paris to the G7 Summit in Hiroshima. Choose an event to read what happened and where each fact comes from.',
  axisBreak: (days: number) => `${Math.round(days / 30)} months later`,
  axisGap: (days: number) => (days === 1 ? 'next day' : `${days} days later`),
  noEvents: 'No event matches this filter.',
  roles: {
    host: 'Host',
    visiting: 'Visiting',
    guests: 'Guests',
    'host-and-visiting': 'Host country, visiting',
    'start-ups': 'Its start-ups took part',
    online: 'Took part online',
    'took-part': 'Took part',
  } as Record<RoleId, string>,
  rolesHeading: 'Countries and their roles',
  dateHeading: 'Date',
  dateNotStated: 'Date not stated',
  dateFromRelease: 'As the press release gives it',
  dateRefined: 'Exact dates from another source',
  placeHeading: 'Place',
  placeNotStated: 'Place not stated in the press release',
  placeNotStatedOutside: 'Place not stated in the sources',
  participantsHeading: 'Participants',
  participantsFiltered: (country: string) => `Participants from ${country}`,
  noParticipants: 'No one from this country is named for this event.',
  delegationWhole: (name: string) => `${name} (as a whole)`,
  topicsHeading: 'Topics',
  notesHeading: 'Context from other sources',
  sourcesHeading: 'Sources',
  sourcesCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  citationQuote: 'Passage',
  citationSummary: 'Summary of this source in the project’s facts sheet',
  sourceKind: { primary: 'Primary source', secondary: 'Outside source' },
  opensExternal: '(external site)',
  sourceLanguage: (lang: string) => `in ${lang}`,
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventPosition: (i: number, n: number) => `Event ${i} of ${n}`,
  keyboardHint: 'Tip: ← and → move between events; Home and End jump to the first and last.',
  backToTimeline: 'Back to the timeline',
  closeDetail: 'Close',
  viewDelegation: (name: string) => `${name}: panel`,
  coChairsHeading: 'Co-chairs',
  membersHeading: 'Member organisations',
  leadersHeading: 'Leaders in this timeline',
  hostsHeading: 'Companies in this timeline',
  eventsHeading: 'Events',
  delegationEventsHeading: 'Events the delegation took part in',
  officialName: 'Official name',
  tookPartIn: 'Took part in',
  withDelegation: 'with the delegation',
  nameSpelling: (lang: string) => `Name and title in ${lang}`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy failed. Select the link and copy it:',
  notFoundTitle: 'Page not found',
  notFoundEvent: (id: string) => `There is no event called “${id}” in this timeline.`,
  notFoundDelegation: (id: string) =>
    `There is no delegation called “${id}”. There are two: France and Japan.`,
  notFoundPage: 'This address does not match any page of the timeline.',
  errorTitle: 'Something went wrong',
  errorBody: 'This part of the page could not be shown. The rest of the timeline still works.',
  errorRetry: 'Try again',
  announceEvent: (title: string, date: string) => `${title}, ${date}`,
  documentTitle: (page: string | undefined) =>
    page === undefined
      ? 'France–Japan Space Dialogue 2023: timeline'
      : `${page} · France–Japan Space Dialogue 2023`,
  overviewHeading: 'About the dialogue',
  eventsCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  // Sharing, sources and exports
  share: 'Share',
  linkShared: 'Link shared',
  navRounds: 'Rounds',
  roundsTitle: 'The rounds of the dialogue compared',
  roundsIntro:
    'The five meetings of the France–Japan Comprehensive Space Dialogue since 2016, side by side: when and where, who hosted and chaired, who took part, what was discussed and signed. Each cell lists its sources; where they say nothing, the table says so.',
  roundsCaption:
    'The meetings of the France–Japan Comprehensive Space Dialogue, 2016–2026: one column per meeting, one row per fact, each cell with its sources.',
  roundsCorner: 'Meeting',
  roundsRows: {
    date: 'Date',
    place: 'Place',
    format: 'Format',
    host: 'Host',
    coChairs: 'Co-chairs',
    bodies: 'Participating bodies',
    subjects: 'Subjects',
    documents: 'Documents signed',
  } as Record<RoundRow, string>,
  roundsNotStated: 'Not stated in the sources',
  roundsOpenEvent: (name: string) => `${name}: open on the timeline`,
  navSource: 'Sources',
  sourceTitle: 'Sources',
  sourceIntro:
    'The full joint press release of 19 January 2023, as published. Highlighted passages are the ones this timeline cites; under each paragraph, the events, people and organisations that cite it.',
  sourceInEnglish: 'The release was published in English and is shown as published.',
  sourceParagraph: (n: number) => `Paragraph ${n}`,
  citedBy: 'Cited by',
  citedByKinds: {
    event: 'Events',
    person: 'People',
    organisation: 'Organisations',
    delegation: 'Delegations',
    topic: 'Topics',
    overview: 'Overview',
    rounds: 'Rounds compared',
  } as Record<
    'event' | 'person' | 'organisation' | 'delegation' | 'topic' | 'overview' | 'rounds',
    string
  >,
  overviewLink: 'About the dialogue (timeline)',
  followedPassage: 'The passage you followed',
  outsideSourcesHeading: 'Outside sources',
  outsideSourcesIntro:
    'Facts that the release does not give come from these sources, checked in the project’s facts sheet. Each is shown with its address and how far it is vouched for.',
  sourceAddress: 'Address',
  sourceNoAddress: 'No single address (public French sources)',
  sourceConfidence: 'Confidence',
  sourceUnused: 'Not cited in this timeline.',
  citationInContext: 'Read it in the press release',
  citationSourceEntry: 'About this source',
  topicLegend: 'Topic',
  topicAll: 'All topics',
  topicReset: 'Show all topics',
  topicStatus: (n: number, topic: string) => `${n === 1 ? '1 event' : `${n} events`} on “${topic}”`,
  kindLegend: 'Kind of event',
  kindAll: 'All kinds',
  kindReset: 'Show all kinds',
  kindStatus: (n: number, kind: string) =>
    `${n === 1 ? '1 event' : `${n} events`} of the kind “${kind}”`,
  kinds: {
    dialogue: 'Round of the dialogue',
    ministers: 'Ministers’ “2+2”',
    leaders: 'Leaders',
    agencies: 'Space agencies',
  } as Record<EventKind, string>,
  exportsHeading: 'Download and print',
  exportsScope: (n: number) => (n === 1 ? 'For the 1 event shown:' : `For the ${n} events shown:`),
  downloadCalendar: 'Calendar (.ics)',
  downloadData: 'Data (JSON)',
  dataSchema: 'Data format',
  printView: 'Print',
  downloadEventCalendar: 'Add to calendar (.ics)',
  calendarOmitted: (titles: string) =>
    `Left out of the calendar file because no exact day is known: ${titles}.`,
  calendarOmittedCount: (n: number) =>
    n === 1
      ? '1 event is left out of the calendar file because no exact day is known.'
      : `${n} events are left out of the calendar file because no exact day is known.`,
  calendarOmittedWhich: 'Which events',
  calendarNoDay: {
    undated: 'No calendar entry: the release gives no date for this event.',
    month: 'No calendar entry: only the month is known.',
  } as Record<'undated' | 'month', string>,
  icsDatesFrom: (dates: string, source: string, stated: string) =>
    `Dates (${dates}) from ${source}; the press release says only “${stated}”.`,
  icsSource: (sources: string) => `Sources: ${sources}`,
  icsPage: 'In the timeline:',
  printHeading: 'France–Japan Comprehensive Space Dialogue, January 2023: events',
  printFilter: (description: string) => `Shown: ${description}`,
  printAll: 'all events',
  printRoles: 'Roles',
  // Time axis (issue 12)
  axisHeading: 'Time axis',
  axisShowing: (range: string) => `Showing ${range}`,
  axisZoom: 'Zoom',
  axisZoomIn: 'Zoom in',
  axisZoomOut: 'Zoom out',
  axisWhole: 'Whole dialogue',
  axisHistory: 'Whole history',
  axisMission: 'January–May 2023',
  axisMarker: (title: string, date: string, ...delegations: readonly string[]) =>
    [title, date, ...delegations].join(', '),
  axisRole: (country: string, role: string) => `${country} (${role})`,
  // A marker's name starts with the words it shows (its short title), then its full title:
  // WCAG 2.5.3, label in name, so that "click Kishida visits Paris" finds it.
  axisTitled: (short: string, title: string) => `${short}: ${title}`,
  axisCluster: (n: number, range: string) => `${n} events, ${range}: zoom in`,
  axisClusterList: (n: number, range: string, names: string) => `${n} events, ${range}: ${names}`,
  axisMore: (n: number) => `+ ${n} more`,
  axisZoomTo: 'Zoom to these days',
  axisOpen: 'Open the event',
  axisRefined: (date: string) => `Exact dates from another source: ${date}`,
  axisLegend: 'Marker shapes',
  axisUndatedLegend: 'Date not stated, placed by order',
  axisMonthLegend: 'Only the month is known',
  axisHint:
    'On the axis: ← → move in time, ↑ ↓ change lane, + − zoom, Enter opens. Drag or Ctrl + wheel to pan and zoom.',
  toolbarLabel: 'Filters and downloads',
  toolbarAll: 'All events',
  // Link previews, structured data and the calendar feed (issue 15).
  subscribeCalendar: 'Subscribe (.ics feed)',
  subscribeCalendarHint:
    'An address for calendar apps: subscribed, they keep these events up to date.',
  calendarFeedTitle: (site: string) => `${site}: calendar`,
  previewAlt: (summary: string) => `Link preview card: ${summary}`,
  previewCountryRole: (country: string, role: string) => `${country}: ${role}`,
  // Page descriptions (src/lib/seo.ts).
  /** Between the last two names of a list in running text. */
  andJoiner: ' and ',
  delegationDescription: (name: string, n: number, chairs: string, chairCount: number) =>
    `${name} to the France–Japan space dialogue of January 2023: ${n} member organisations. ${chairCount === 1 ? 'Co-chair' : 'Co-chairs'} of the dialogue from this delegation: ${chairs}. Who took part, in which events, and the source of each fact.`,
  // Embeds (issue 15, item 3).
  embed: 'Embed',
  embedCopied: 'Embed code copied',
  embedCopyFailed: 'Copy failed. Select the code and copy it:',
  embedOpenFull: 'Open in the full timeline',
  embedNewTab: 'opens in a new tab',
}

export type Messages = typeof en

export { en as messages }
