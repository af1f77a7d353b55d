import {
  findDelegation,
  findOrganisation,
  findPerson,
  findSource,
  findTopic,
} from '../content/queries.ts'
import { sentencesText } from '../content/sentences.ts'
import { LOCALES } from '../content/types.ts'
import type {
  Citation,
  CountryCode,
  DateClaim,
  Locale,
  Localized,
  Participant,
  RoleId,
  Sentence,
  SourceId,
  TimelineEvent,
  TopicId,
} from '../content/types.ts'
import { displayQuote } from '../content/quote.ts'
import { exportedFilter, type ExportedFilter, type FacetSelection } from './facets.ts'

// The JSON download. Its shape is documented in public/data/schema.json (JSON Schema); bump
// DATA_VERSION whenever a field changes meaning or disappears.
export const DATA_VERSION = 1

export interface ExportedCitation {
  readonly source: SourceId
  readonly quote: string
  /** For the press release: the passage's address in the app's source view. */
  readonly passage?: string
}

export type ExportedDate =
  | { readonly precision: 'day'; readonly date: string; readonly citation: ExportedCitation }
  | {
      readonly precision: 'range'
      readonly start: string
      readonly end: string
      readonly citation: ExportedCitation
    }
  | { readonly precision: 'month'; readonly month: string; readonly citation: ExportedCitation }

export interface ExportedParticipant {
  readonly kind: Participant['kind']
  /** Person or organisation id; for a delegation, its country code. */
  readonly id: string
  readonly country: CountryCode | null
  readonly name: Localized
}

export interface ExportedEvent {
  readonly id: string
  readonly url: string
  readonly title: Localized
  readonly summary: Localized
  readonly summarySentences: readonly ExportedSentence[]
  readonly dates: readonly ExportedDate[]
  readonly undated: {
    readonly within: { readonly start: string; readonly end: string }
    readonly why: Localized
    readonly citation: ExportedCitation
  } | null
  readonly place: {
    readonly name: Localized
    /** Null for a meeting held online or by videoconference. */
    readonly country: CountryCode | null
    readonly online: boolean
    readonly citation: ExportedCitation
  } | null
  readonly roles: readonly {
    readonly country: CountryCode
    readonly role: RoleId
    readonly citation: ExportedCitation
  }[]
  readonly participants: readonly ExportedParticipant[]
  readonly topics: readonly { readonly id: TopicId; readonly label: Localized }[]
  readonly citation: ExportedCitation
  readonly notes: readonly ExportedSentence[]
}

/** A summary sentence or a note, with the passages behind it. */
export interface ExportedSentence {
  readonly text: Localized
  /** The first of `citations`, kept for readers of earlier files. */
  readonly citation: ExportedCitation
  readonly citations: readonly ExportedCitation[]
}

export interface ExportedSource {
  readonly id: SourceId
  readonly kind: 'primary' | 'secondary'
  readonly title: Localized
  readonly language: Locale
  readonly url: string | null
  readonly confidence: Localized
}

export interface DataExport {
  readonly $schema: string
  readonly version: typeof DATA_VERSION
  readonly generatedAt: string
  /** The view the file was downloaded from, and the filter that chose its events. */
  readonly view: {
    readonly url: string
    readonly language: Locale
    /** Every facet marked for exports (src/lib/facets.ts): its value, or null when unset. */
    readonly filter: ExportedFilter
  }
  readonly events: readonly ExportedEvent[]
  /** Every source the events cite, once. */
  readonly sources: readonly ExportedSource[]
}

export interface DataExportOptions {
  readonly now: Date
  readonly language: Locale
  readonly filter: FacetSelection
  readonly viewUrl: string
  readonly schemaUrl: string
  readonly pageUrl: (event: TimelineEvent) => string
  /** The source-view address of a press-release passage. */
  readonly passageUrl: (cite: Citation) => string
}

/** An id standing in for a name the content lacks, in every language of the table. */
function sameInEveryLanguage(text: string): Localized {
  return Object.fromEntries(LOCALES.map((locale) => [locale, text])) as Record<Locale, string>
}

function participantData(p: Participant): ExportedParticipant {
  if (p.kind === 'delegation') {
    const delegation = findDelegation(p.country)
    const name = delegation?.name ?? sameInEveryLanguage(p.country)
    return { kind: p.kind, id: p.country, country: p.country, name }
  }
  const entry = p.kind === 'person' ? findPerson(p.id) : findOrganisation(p.id)
  const name = entry?.name ?? sameInEveryLanguage(p.id)
  return { kind: p.kind, id: p.id, country: entry?.country ?? null, name }
}

export function buildDataExport(
  events: readonly TimelineEvent[],
  options: DataExportOptions,
): DataExport {
  const cited = new Set<SourceId>()
  function citation(cite: Citation): ExportedCitation {
    cited.add(cite.source)
    const quote = displayQuote(cite.quote)
    return cite.source === 'press-release'
      ? { source: cite.source, quote, passage: options.passageUrl(cite) }
      : { source: cite.source, quote }
  }
  function sentence(s: Sentence): ExportedSentence[] {
    const [first, ...rest] = s.cites.map(citation)
    return first ? [{ text: s.text, citation: first, citations: [first, ...rest] }] : []
  }
  function date(claim: DateClaim): ExportedDate {
    return { ...claim.value, citation: citation(claim.cite) }
  }
  const exported = events.map((event): ExportedEvent => ({
    id: event.id,
    url: options.pageUrl(event),
    title: event.title,
    summary: Object.fromEntries(
      LOCALES.map((locale) => [locale, sentencesText(event.summary, locale)]),
    ) as Localized,
    summarySentences: event.summary.flatMap(sentence),
    dates: event.dates.map(date),
    undated: event.undated
      ? {
          within: event.undated.within,
          why: event.undated.why,
          citation: citation(event.undated.cite),
        }
      : null,
    place: event.place
      ? {
          name: event.place.name,
          country: event.place.country ?? null,
          online: event.place.online === true,
          citation: citation(event.place.cite),
        }
      : null,
    roles: (['FR', 'JP'] as const).flatMap((country) => {
      const role = event.roles[country]
      return role ? [{ country, role: role.role, citation: citation(role.cite) }] : []
    }),
    participants: event.participants.map(participantData),
    topics: event.topics.flatMap((id) => {
      const topic = findTopic(id)
      return topic ? [{ id, label: topic.label }] : []
    }),
    citation: citation(event.cite),
    notes: event.notes.flatMap(sentence),
  }))
  const sources = [...cited].flatMap((id): ExportedSource[] => {
    const source = findSource(id)
    return source
      ? [
          {
            id: source.id,
            kind: source.kind,
            title: source.title,
            language: source.language,
            url: source.url ?? null,
            confidence: source.confidence,
          },
        ]
      : []
  })
  return {
    $schema: options.schemaUrl,
    version: DATA_VERSION,
    generatedAt: options.now.toISOString(),
    view: {
      url: options.viewUrl,
      language: options.language,
      filter: exportedFilter(options.filter),
    },
    events: exported,
    sources,
  }
}
