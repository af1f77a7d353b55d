import type { Citation, SourceId } from './types.ts'

/** A passage of the joint press release, quoted verbatim. */
export function release(quote: string): Citation {
  return { source: 'press-release', quote }
}

/** An outside fact, quoted verbatim from the facts sheet entry that names its source. */
export function outside(source: Exclude<SourceId, 'press-release'>, quote: string): Citation {
  return { source, quote }
}
