import * as v from 'valibot'
import { topics } from '../content/topics.ts'
import { COUNTRIES, EVENT_KINDS, type Locale, type TimelineEvent } from '../content/types.ts'
import type { Messages } from './messages.ts'

// The filters, declared once. The URL schema (search.ts), the keys kept from page to page
// (the language route), filtering and counts (below), the filter chips, the toolbar's summary,
// the exports and the printed digest all read this list: a new filter is one entry here, its
// content and its messages, and nothing else names it.

/** Interface strings a facet names by key: plain text in every language. */
type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages]

export interface Facet<Id extends string = string, Value extends string = string> {
  /** The URL's query key, and the key of the facet's value wherever a filter is passed. */
  readonly id: Id
  /**
   * Anyone's URL text → a value, or undefined for anything that is not exactly one: the
   * schema must fall back rather than fail, so that a bad address shows the unfiltered view.
   */
  readonly schema: v.GenericSchema<unknown, Value | undefined>
  /** The choices, in the order the chips show them. */
  readonly options: readonly Value[]
  /** Whether an event stays when this value is chosen. */
  matches(event: TimelineEvent, value: Value): boolean
  /** A choice's name, as on its chip, in the toolbar's summary and on paper. */
  label(value: Value, t: Messages, locale: Locale): string
  /** A longer description of a choice, shown as its chip's tooltip. */
  hint?(value: Value, locale: Locale): string
  readonly text: {
    /** Names the group of chips. */
    readonly legend: TextKey
    /** The chip that clears this facet. */
    readonly all: TextKey
    /** The link beside the status line that clears this facet. */
    readonly reset: TextKey
  }
  /**
   * The line under the chips: how many events show, given this facet's choice (its label
   * too). Undefined: no line, for this choice.
   */
  status(
    t: Messages,
    shown: number,
    value: Value | undefined,
    label: string | undefined,
  ): string | undefined
  /**
   * This facet's status line is the page's live region for what the filters show: it is
   * always drawn and announced. Only one facet may have it, or a change is read out twice.
   */
  readonly announcesShown: boolean
  /** Kept in the address when the reader moves to another page, until they change it. */
  readonly retained: boolean
  /** Named in downloaded files (their names, the JSON's `view.filter`). */
  readonly inExports: boolean
  /** Named in the printed digest's heading. */
  readonly inPrint: boolean
  /**
   * Offered only on the view of the dialogue's whole history (src/lib/timeRange.ts), or while
   * it has a value (so that it can be cleared): the mission's view stays as it always was.
   */
  readonly historyOnly?: boolean
}

/** Keeps an entry's literal id and exact schema type, which the search type is built from. */
function defineFacet<
  const Id extends string,
  Value extends string,
  Schema extends v.GenericSchema<unknown, Value | undefined>,
>(
  facet: Facet<Id, Value> & { readonly schema: Schema },
): Facet<Id, Value> & { readonly schema: Schema } {
  return facet
}

const country = defineFacet({
  id: 'country',
  // Wrong case is forgiven; anything else (a longer text, a padded one) is not a country.
  schema: v.fallback(
    v.optional(v.pipe(v.string(), v.maxLength(8), v.toUpperCase(), v.picklist(COUNTRIES))),
    undefined,
  ),
  options: COUNTRIES,
  // The country has a role in the event (hosts it, visits, takes part).
  matches: (event, value) => event.roles[value] !== undefined,
  label: (value, t) => t.countryNames[value],
  text: { legend: 'filterLegend', all: 'filterAll', reset: 'filterReset' },
  status: (t, shown, value) => t.filterStatus(shown, value),
  announcesShown: true,
  retained: true,
  inExports: true,
  inPrint: true,
})

const topicIds = topics.map((topic) => topic.id)

const topic = defineFacet({
  id: 'topic',
  schema: v.fallback(
    v.optional(v.pipe(v.string(), v.maxLength(32), v.toLowerCase(), v.picklist(topicIds))),
    undefined,
  ),
  options: topicIds,
  matches: (event, value) => event.topics.includes(value),
  label: (value, _t, locale) => topics.find((item) => item.id === value)?.label[locale] ?? value,
  hint: (value, locale) => topics.find((item) => item.id === value)?.description[locale] ?? '',
  text: { legend: 'topicLegend', all: 'topicAll', reset: 'topicReset' },
  status: (t, shown, _value, label) =>
    label === undefined ? undefined : t.topicStatus(shown, label),
  announcesShown: false,
  retained: true,
  inExports: true,
  inPrint: true,
})

const kind = defineFacet({
  id: 'kind',
  schema: v.fallback(
    v.optional(v.pipe(v.string(), v.maxLength(16), v.toLowerCase(), v.picklist(EVENT_KINDS))),
    undefined,
  ),
  options: EVENT_KINDS,
  matches: (event, value) => event.kind === value,
  label: (value, t) => t.kinds[value],
  text: { legend: 'kindLegend', all: 'kindAll', reset: 'kindReset' },
  status: (t, shown, _value, label) =>
    label === undefined ? undefined : t.kindStatus(shown, label),
  announcesShown: false,
  retained: true,
  inExports: true,
  inPrint: true,
  // The mission's five events are of two kinds only (the round and its visits, the leaders'):
  // on the default view the chips would offer ministers and agencies at 0 and add a row that
  // `/` never had, so the kind is the history's filter, where every kind has its events.
  historyOnly: true,
})

/** Every filter, in the order the toolbar, addresses and file names list them. */
export const facets = [country, topic, kind] as const

type AnyFacet = (typeof facets)[number]
export type FacetId = AnyFacet['id']
type ValueOf<F> = F extends Facet<string, infer Value> ? Value : never

/** The filters' state: each facet's value, or unset. The URL's search type includes it. */
export type FacetSelection = {
  readonly [F in AnyFacet as F['id']]?: ValueOf<F> | undefined
}

/** Every facet, unset: for links that must not carry the current view's filters. */
export const NO_FACETS = Object.fromEntries(facets.map((facet) => [facet.id, undefined])) as {
  readonly [F in AnyFacet as F['id']]: undefined
}

/** The facets' URL schemas by key, for the search schema (src/lib/search.ts). */
export const facetSchemas = Object.fromEntries(facets.map((facet) => [facet.id, facet.schema])) as {
  readonly [F in AnyFacet as F['id']]: F['schema']
}

/** The facets kept from page to page, for the language route's search middleware. */
export const RETAINED_FACETS: readonly FacetId[] = facets.flatMap((f) => (f.retained ? [f.id] : []))

// Generic code handles facets through this one widening: each entry's functions take its own
// values, and a selection only ever holds values its facet's schema let through.
function valueIn(facet: Facet, selection: FacetSelection): string | undefined {
  return (selection as Readonly<Record<string, string | undefined>>)[facet.id]
}

/** A facet with its current value and that value's name: what summaries and files list. */
export interface ChosenFacet {
  readonly facet: Facet
  readonly value: string
  readonly label: string
}

/** The facets that have a value, in registry order. */
export function chosenFacets(
  selection: FacetSelection,
  t: Messages,
  locale: Locale,
): readonly ChosenFacet[] {
  return (facets as readonly Facet[]).flatMap((facet) => {
    const value = valueIn(facet, selection)
    return value === undefined ? [] : [{ facet, value, label: facet.label(value, t, locale) }]
  })
}

const filterCache = new WeakMap<readonly TimelineEvent[], Map<string, readonly TimelineEvent[]>>()

/** The one filter: an event stays when it matches every facet that has a value. */
export function filterEvents(
  list: readonly TimelineEvent[],
  filter: FacetSelection,
): readonly TimelineEvent[] {
  // The same list and filter give the same array, so that views memoised on it (the windowed
  // timeline, its axis layout) survive a re-render, and 5,000 events are not filtered again on
  // every navigation.
  const key = facets.map((facet) => valueIn(facet, filter) ?? '').join('|')
  let cache = filterCache.get(list)
  if (!cache) filterCache.set(list, (cache = new Map()))
  const cached = cache.get(key)
  if (cached) return cached
  const active = (facets as readonly Facet[]).flatMap((facet) => {
    const value = valueIn(facet, filter)
    return value === undefined ? [] : [(event: TimelineEvent) => facet.matches(event, value)]
  })
  const result = list.filter((event) => active.every((matches) => matches(event)))
  cache.set(key, result)
  return result
}

/** Events per choice of one facet, keyed by value, with `all` for the facet unset. */
export type FacetCounts = Readonly<Record<string, number>>

const countCache = new WeakMap<readonly TimelineEvent[], Map<string, FacetCounts>>()

/**
 * What each of a facet's chips would show: the other facets as they are, this one set to each
 * choice in turn. The same inputs give the same object, so memoised chips skip re-renders.
 */
export function facetCounts(
  list: readonly TimelineEvent[],
  facet: Facet,
  selection: FacetSelection,
): FacetCounts {
  const others = { ...selection, [facet.id]: undefined } as FacetSelection
  const key = `${facet.id}:${facets.map((f) => valueIn(f, others) ?? '').join('|')}`
  let cache = countCache.get(list)
  if (!cache) countCache.set(list, (cache = new Map()))
  const cached = cache.get(key)
  if (cached) return cached
  const counts: Record<string, number> = { all: filterEvents(list, others).length }
  for (const option of facet.options)
    counts[option] = filterEvents(list, { ...others, [facet.id]: option } as FacetSelection).length
  cache.set(key, counts)
  return counts
}

/** The facets a view offers: all on the whole history's, and on the mission's all but the
 * history's own (src/lib/timeRange.ts), unless the address gives one a value. */
export function offeredFacets(
  history: boolean,
  selection: FacetSelection,
): readonly (typeof facets)[number][] {
  return facets.filter((entry) => {
    const facet = entry as Facet
    return history || !facet.historyOnly || valueIn(facet, selection) !== undefined
  })
}

/** Events per country, within the other filters: the country chips' counts. */
export function countByCountry(
  list: readonly TimelineEvent[],
  filter: Omit<FacetSelection, 'country'> = {},
): Readonly<Record<(typeof COUNTRIES)[number] | 'all', number>> {
  return facetCounts(list, country, filter) as Record<(typeof COUNTRIES)[number] | 'all', number>
}

/** The facets' values out of validated search params, for views that take only the filters. */
export function selectFacets(search: FacetSelection): FacetSelection {
  return Object.fromEntries(
    facets.flatMap((facet) => {
      const value = valueIn(facet, search)
      return value === undefined ? [] : [[facet.id, value]]
    }),
  ) as FacetSelection
}

/** What a downloaded file records of the filters: each exported facet, its value or null. */
export type ExportedFilter = {
  readonly [F in AnyFacet as F['id']]?: ValueOf<F> | null
}

export function exportedFilter(selection: FacetSelection): ExportedFilter {
  return Object.fromEntries(
    facets.flatMap((facet) =>
      facet.inExports ? [[facet.id, valueIn(facet, selection) ?? null]] : [],
    ),
  ) as ExportedFilter
}
