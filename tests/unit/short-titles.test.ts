import { describe, expect, it } from 'vitest'
import { allEvents } from '../../src/content/queries.ts'
import { loadAllLocales } from '../../src/lib/i18n.ts'
import { LOCALES, localeInfo } from '../../src/core/locales.ts'

await loadAllLocales()

// The axis names every event beside its marker with its short title; the labels are laid out
// for these lengths (src/features/axis/labels.ts), so a longer one would crowd its neighbours.
const MAX_CHARS = { latin: 28, cjk: 14 } as const

describe('short titles', () => {
  for (const locale of LOCALES) {
    const max = MAX_CHARS[localeInfo(locale).script]
    it(`fit the axis in ${locale} (at most ${max} characters)`, () => {
      for (const event of allEvents) {
        const short = event.shortTitle[locale]
        expect(short.trim(), event.id).not.toBe('')
        expect([...short].length, `${event.id}: ${short}`).toBeLessThanOrEqual(max)
        // Shorter than the title it stands for, or the title itself.
        expect([...short].length).toBeLessThanOrEqual([...event.title[locale]].length)
      }
    })
  }
})
