import { normaliseForMatch } from '../../content/quote.ts'
import { passageAnchor } from '../../lib/passageAnchor.ts'
import type { Citer, CitedQuote } from './citers.ts'

/** A stretch of one paragraph with the same highlighting and emphasis throughout. */
export interface Segment {
  readonly text: string
  readonly emphasis: boolean
  /** Anchors of the cited passages covering this stretch; empty when nothing cites it. */
  readonly passages: readonly string[]
  /** Anchors of passages that begin here: the targets of citation links. */
  readonly anchors: readonly string[]
}

export interface Paragraph {
  readonly id: string
  readonly number: number
  readonly segments: readonly Segment[]
  readonly passages: readonly string[]
  readonly citers: readonly Citer[]
}

interface Mapped {
  readonly normal: string
  /** For each character of `normal`, the index of the raw character it comes from. */
  readonly origin: readonly number[]
}

/** normaliseForMatch, keeping track of where every character came from. */
function normaliseWithOrigin(raw: string): Mapped {
  let normal = ''
  const origin: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? ''
    if (char === '*') continue
    if (/\s/.test(char)) {
      if (pendingSpace === -1 && normal.length > 0) pendingSpace = i
      continue
    }
    if (pendingSpace !== -1) {
      normal += ' '
      origin.push(pendingSpace)
      pendingSpace = -1
    }
    normal += char === '’' || char === '‘' ? "'" : char
    origin.push(i)
  }
  return { normal, origin }
}

/**
 * The release as paragraphs, with every passage the app cites located in them. Matching
 * uses the same normalisation as the content integrity test, so every quote it accepts is
 * found here; *word* marks emphasis in the text and is rendered, not shown.
 */
export function releaseParagraphs(
  text: string,
  quotes: readonly CitedQuote[],
): readonly Paragraph[] {
  const released = quotes.filter((q) => q.source === 'press-release')
  return text
    .split(/\n\s*\n/)
    .map((raw) => raw.trim())
    .filter((raw) => raw.length > 0)
    .map((raw, index) => {
      const { normal, origin } = normaliseWithOrigin(raw)
      const cover: Set<string>[] = Array.from({ length: raw.length }, () => new Set())
      const starts = new Map<number, string[]>()
      const citers = new Map<string, Citer>()
      const passages: string[] = []
      for (const quote of released) {
        const needle = normaliseForMatch(quote.quote)
        const at = normal.indexOf(needle)
        if (at === -1) continue
        const anchor = passageAnchor(quote.quote)
        const from = origin[at] ?? 0
        const to = (origin[at + needle.length - 1] ?? raw.length - 1) + 1
        for (let i = from; i < to; i++) cover[i]?.add(anchor)
        starts.set(from, [...(starts.get(from) ?? []), anchor])
        passages.push(anchor)
        for (const citer of quote.citers) citers.set(JSON.stringify(citer), citer)
      }
      return {
        id: `p-${index + 1}`,
        number: index + 1,
        segments: segment(raw, cover, starts),
        passages,
        citers: [...citers.values()],
      }
    })
}

function segment(
  raw: string,
  cover: readonly Set<string>[],
  starts: ReadonlyMap<number, readonly string[]>,
): readonly Segment[] {
  const segments: Segment[] = []
  let emphasis = false
  let current: { text: string; emphasis: boolean; passages: string[]; anchors: string[] } | null =
    null
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? ''
    if (char === '*') {
      emphasis = !emphasis
      continue
    }
    const passages = [...(cover[i] ?? [])].sort()
    const anchors = starts.get(i) ?? []
    const same =
      current !== null &&
      anchors.length === 0 &&
      current.emphasis === emphasis &&
      current.passages.join() === passages.join()
    if (!same || current === null) {
      if (current) segments.push(current)
      current = { text: '', emphasis, passages, anchors: [...anchors] }
    }
    current.text += char
  }
  if (current) segments.push(current)
  return segments
}
