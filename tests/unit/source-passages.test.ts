import { describe, expect, it } from 'vitest'
import { pressReleaseText } from '../../src/content/pressRelease.ts'
import { citedQuotes } from '../../src/features/sources/citers.ts'
import { releaseParagraphs } from '../../src/features/sources/passages.ts'
import { passageAnchor } from '../../src/lib/passageAnchor.ts'

const released = citedQuotes().filter((q) => q.source === 'press-release')
const paragraphs = releaseParagraphs(pressReleaseText, citedQuotes())

describe('source view passages', () => {
  it('gives every cited passage of the release its own anchor', () => {
    const anchors = released.map((q) => passageAnchor(q.quote))
    expect(new Set(anchors).size).toBe(anchors.length)
  })

  it('finds every cited passage in exactly one place of the text', () => {
    const located = paragraphs.flatMap((p) => p.passages)
    expect([...located].sort()).toEqual(released.map((q) => passageAnchor(q.quote)).sort())
  })

  it('keeps the text word for word, emphasis marks aside', () => {
    const shown = paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n\n')
    expect(shown).toBe(pressReleaseText.replace(/\*/g, '').trim())
    const emphasised = paragraphs.flatMap((p) => p.segments.filter((s) => s.emphasis))
    expect(emphasised.map((s) => s.text)).toEqual(['ArianeGroup', 'Ariane 6', 'GeoTracker'])
  })

  it('links each paragraph back to what cites it', () => {
    const plenary = paragraphs.find((p) =>
      p.citers.some((c) => c.kind === 'event' && c.id === 'plenary'),
    )
    expect(plenary?.id).toBe('p-2')
    const last = paragraphs.at(-1)
    expect(last?.citers).toContainEqual({ kind: 'event', id: 'ariane-group-visit' })
    expect(last?.citers).toContainEqual({ kind: 'organisation', id: 'arianegroup', country: 'FR' })
  })
})
