import { localized } from './localized.ts'
import { release } from './cite.ts'
import {
  ARIANE_QUOTE,
  BONDS_QUOTE,
  DYNAMIC_QUOTE,
  PLENARY_QUOTE,
  QUALITY_QUOTE,
  STARTUP_SENTENCE,
} from './releaseQuotes.ts'
import type { Sentence } from './types.ts'

/** What the whole page is about, shown before any event is chosen; each sentence cites its passage. */
export const dialogue: { readonly summary: readonly Sentence[] } = {
  summary: [
    {
      text: localized('dialogue.summary.0'),
      cites: [release(PLENARY_QUOTE), release(STARTUP_SENTENCE), release(ARIANE_QUOTE)],
    },
    {
      text: localized('dialogue.summary.1'),
      cites: [release(BONDS_QUOTE)],
    },
    {
      text: localized('dialogue.summary.2'),
      cites: [release(QUALITY_QUOTE)],
    },
    {
      text: localized('dialogue.summary.3'),
      cites: [release(DYNAMIC_QUOTE)],
    },
  ],
}
