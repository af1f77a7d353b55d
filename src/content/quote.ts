/**
 * Citations are matched ignoring runs of white space, markdown emphasis and the kind of
 * apostrophe, so that a quote can be written on one line and still point at the source's
 * exact words.
 */
export function normaliseForMatch(text: string): string {
  return text.replace(/\*/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

/** A quote as readers see it: no markdown emphasis marks, single spaces. */
export function displayQuote(quote: string): string {
  return quote.replace(/\*/g, '').replace(/\s+/g, ' ').trim()
}
