import { localeInfo } from '../core/locales.ts'
import { normaliseForMatch } from './quote.ts'
import type { Citation, Locale, Sentence, TimelineEvent } from './types.ts'

/** A summary as running text, its sentences joined as the language joins them. */
export function sentencesText(sentences: readonly Sentence[], locale: Locale): string {
  return sentences.map((s) => s.text[locale]).join(localeInfo(locale).sentenceJoiner)
}

/** Every passage behind some sentences, each once, in the order they are first cited. */
export function sentencesCites(sentences: readonly Sentence[]): readonly Citation[] {
  return distinctCites(sentences.flatMap((s) => s.cites))
}

export function distinctCites(cites: readonly Citation[]): readonly Citation[] {
  const seen = new Set<string>()
  return cites.filter((cite) => {
    const key = `${cite.source}\u0000${normaliseForMatch(cite.quote)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** An event's sources section: the passages behind each summary sentence, in reading order,
 * then the event's own passage if none of them is it. */
export function eventCites(event: TimelineEvent): readonly Citation[] {
  return distinctCites([...sentencesCites(event.summary), event.cite])
}
