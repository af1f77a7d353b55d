// The content model: plain readonly data, no React. Every claim carries a Citation so
// that the UI can always say where a fact comes from.

import { LOCALES, type Locale } from '../core/locales.ts'

// The languages are the locale table's rows; re-exported because the content is typed by them.
export { LOCALES, type Locale }
/** A text written for each interface language (not machine-transliterated). */
export type Localized = Readonly<Record<Locale, string>>

export const COUNTRIES = ['FR', 'JP'] as const
export type CountryCode = (typeof COUNTRIES)[number]

export type SourceId =
  | 'press-release'
  | 'arabnews-jp'
  | 'mofa-2nd-round'
  | 'ambafrance-jp'
  | 'french-official-names'
  | 'mofa-kishida-visit'
  | 'rfi-kishida-visit'
  | 'japan-gov-g7'
  | 'cnes-ariane6'
  | 'francetvinfo-ariane6'
  | 'spacenews-geotracker'
  | 'cao-4th-round'
  | 'wikipedia-les-mureaux'
  | 'wikipedia-space-command'
  | 'earlier-rounds'
  | 'emb-japan-2nd-round'
  | 'gov-base-2020'
  | 'cnes-tokyo-meeting'
  | 'ambafrance-2plus2-2017'
  | 'mofa-2plus2-2017'
  | 'emb-japan-2plus2-2018'
  | 'emb-japan-2plus2-2019'
  | 'emb-japan-2plus2-2022'
  | 'diplomatie-2plus2-2023'
  | 'diplomatie-japon'
  | 'mofa-roadmap-2023'
  | 'cnes-jaxa-2015'
  | 'jaxa-mmx-international'
  | 'isas-mmx-2019'
  | 'jaxa-mmx-rover-2023'
  | 'isas-idefix-2024'

export interface Source {
  readonly id: SourceId
  readonly title: Localized
  /** Language the source itself is written in. */
  readonly language: Locale
  readonly kind: 'primary' | 'secondary'
  readonly url?: string
  /** How far the fact sheet vouches for it; shown beside every citation of it. */
  readonly confidence: Localized
}

/**
 * A pointer to an exact passage. For the press release the quote occurs verbatim in its
 * text; for outside sources it occurs verbatim in the verified facts sheet, which names the
 * address. (Whitespace and markdown emphasis are ignored when matching.)
 */
export interface Citation {
  readonly source: SourceId
  readonly quote: string
}

export type DateValue =
  | { readonly precision: 'day'; readonly date: string }
  | { readonly precision: 'range'; readonly start: string; readonly end: string }
  | { readonly precision: 'month'; readonly month: string }

export interface DateClaim {
  readonly value: DateValue
  readonly cite: Citation
}

export const ROLES = [
  'host',
  'visiting',
  'guests',
  'host-and-visiting',
  'start-ups',
  'online',
  'took-part',
] as const
export type RoleId = (typeof ROLES)[number]

export type PersonId = 'cousin' | 'kasai' | 'ishizuki' | 'kishida' | 'macron'
export type OrganisationId =
  | 'sgdsn'
  | 'fr-economy'
  | 'fr-foreign-affairs'
  | 'fr-armed-forces'
  | 'cnes'
  | 'arianegroup'
  | 'fr-space-startups'
  | 'jp-cabinet-office'
  | 'jp-foreign-affairs'
  | 'jp-national-security'
  | 'mext'
  | 'meti'
  | 'jp-defence'
  | 'jaxa'
export type TopicId = 'security-defence' | 'civil' | 'multilateral' | 'industry'
/** An event's id: its file's name in src/content/events/ and its address (/events/<id>). */
export type EventId = string

/**
 * What an event is in the dialogue's history: a round (or part of one), a meeting of the
 * foreign and defence ministers ("2+2"), the leaders', or the space agencies' (for context).
 */
export const EVENT_KINDS = ['dialogue', 'ministers', 'leaders', 'agencies'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export interface Person {
  readonly id: PersonId
  readonly country: CountryCode
  /** Co-chairs sit on the dialogue; leaders appear in its context events. */
  readonly standing: 'co-chair' | 'leader'
  /** In the order each language writes names; FAMILY names in capitals as the release does. */
  readonly name: Localized
  readonly title: Localized
  readonly rank?: Localized
  readonly cite: Citation
  /** Where a language's spelling of the name or title comes from another source. */
  readonly localCites?: Partial<Record<Locale, readonly Citation[]>>
}

export interface Organisation {
  readonly id: OrganisationId
  readonly country: CountryCode
  readonly abbr?: string
  readonly name: Localized
  /** The body's own name in its own language, when one is verified. */
  readonly official?: { readonly lang: Locale; readonly text: string; readonly cite: Citation }
  readonly note?: Localized
  /** The passage behind the note, where the body's own citation does not carry it. */
  readonly noteCite?: Citation
  /** True for bodies in a delegation; false for hosts and groups met on the way. */
  readonly delegationMember: boolean
  readonly cite: Citation
  readonly localCites?: Partial<Record<Locale, readonly Citation[]>>
}

export interface Delegation {
  readonly country: CountryCode
  readonly name: Localized
  readonly coChairs: readonly PersonId[]
  readonly members: readonly OrganisationId[]
  readonly cite: Citation
}

export interface Topic {
  readonly id: TopicId
  readonly label: Localized
  readonly description: Localized
  readonly cite: Citation
}

export type Participant =
  | { readonly kind: 'person'; readonly id: PersonId }
  | { readonly kind: 'organisation'; readonly id: OrganisationId }
  | { readonly kind: 'delegation'; readonly country: CountryCode }

/**
 * One sentence of a summary, written for each language, with the passages that carry it: a
 * summary is a list of these so that no sentence can say more than its sources.
 */
export interface Sentence {
  readonly text: Localized
  readonly cites: readonly Citation[]
}

/** A further fact about an event, with its sources: context, later history, differing accounts. */
export type Note = Sentence

export interface TimelineEvent {
  readonly id: EventId
  readonly kind: EventKind
  readonly title: Localized
  /**
   * The title cut down for the time axis, where every event is named beside its marker: at
   * most 28 characters in Latin scripts, 14 in Japanese (tests/unit/short-titles.test.ts).
   */
  readonly shortTitle: Localized
  readonly summary: readonly Sentence[]
  /** First claim is the press release's; later ones refine it from outside sources. Empty: not stated. */
  readonly dates: readonly DateClaim[]
  /**
   * Where the release states no date: the day range an outside source gives (the axis places
   * the event there), why, and that source.
   */
  readonly undated?: {
    readonly within: { readonly start: string; readonly end: string }
    readonly why: Localized
    readonly cite: Citation
  }
  /** Where it sat; a meeting held online or by videoconference has no country. */
  readonly place:
    | {
        readonly name: Localized
        readonly country: CountryCode
        readonly online?: undefined
        readonly cite: Citation
      }
    | {
        readonly name: Localized
        readonly online: true
        readonly country?: undefined
        readonly cite: Citation
      }
    | null
  readonly roles: Readonly<
    Partial<Record<CountryCode, { readonly role: RoleId; readonly cite: Citation }>>
  >
  readonly participants: readonly Participant[]
  readonly topics: readonly TopicId[]
  readonly cite: Citation
  /** Further facts, each with its own source: context, later history, differing accounts. */
  readonly notes: readonly Note[]
}
