import { normaliseForMatch } from './quote.ts'
import type { Citation, Locale, Sentence, TimelineEvent } from './types.ts'

/** A summary as running text: Japanese sentences follow each other without a space. */
export function sentencesText(sentences: readonly Sentence[], locale: Locale): string {
  return sentences.map((s) => s.text[locale]).join(locale === 'ja' ? '' : ' ')
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

/** An event's sources section: its own passage, then those behind each summary sentence. */
export function eventCites(event: TimelineEvent): readonly Citation[] {
  return distinctCites([event.cite, ...sentencesCites(event.summary)])
}
