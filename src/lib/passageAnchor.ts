import { normaliseForMatch } from '../content/quote.ts'

/**
 * The fragment id of a cited passage in the source view (`/source#q-…`). It is derived from
 * the quote alone, so a citation anywhere can link to its passage without loading the
 * release's text, and the link stays the same as long as the quoted words do.
 */
export function passageAnchor(quote: string): string {
  // FNV-1a over the normalised quote: short, stable, and collisions are checked by a test.
  let hash = 0x811c9dc5
  for (const char of normaliseForMatch(quote)) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `q-${hash.toString(36)}`
}
