// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/core/locales.ts'
import { pressReleaseText } from '../../src/content/pressRelease.ts'
import { findEvent, findSource } from '../../src/content/queries.ts'
import { normaliseForMatch } from '../../src/content/quote.ts'
import { ROUND_ROWS, rounds } from '../../src/content/rounds.ts'
import { formatDateValue } from '../../src/lib/dates.ts'
import { messages } from '../../src/lib/messages.ts'

// The rounds compared (/rounds): typed pure content, checked like the events.

describe('the rounds compared', () => {
  it('are the five meetings, in order, each with its page on the timeline', () => {
    expect(rounds.map((r) => r.eventId)).toEqual([
      'first-round-2016',
      'second-round-2017',
      'preparatory-meeting-2020',
      'plenary',
      'fourth-round-2026',
    ])
    for (const round of rounds) expect(findEvent(round.eventId), round.id).toBeDefined()
  })

  it('give every stated cell a text in each language and at least one known source', () => {
    for (const round of rounds) {
      for (const row of ROUND_ROWS) {
        const cell = round.cells[row]
        if (cell === null) continue
        expect(cell.cites.length, `${round.id} ${row}`).toBeGreaterThan(0)
        for (const locale of LOCALES)
          expect(cell.text[locale], `${round.id} ${row} ${locale}`).toBeTruthy()
        for (const cite of cell.cites) expect(findSource(cite.source), cite.source).toBeDefined()
      }
    }
  })

  it('quote the release verbatim, and only the release for the January 2023 round', () => {
    const release = normaliseForMatch(pressReleaseText)
    for (const round of rounds)
      for (const row of ROUND_ROWS)
        for (const cite of round.cells[row]?.cites ?? [])
          if (cite.source === 'press-release')
            expect(release, `${round.id} ${row}`).toContain(normaliseForMatch(cite.quote))
    const january = rounds.find((r) => r.eventId === 'plenary')
    for (const row of ['coChairs', 'bodies', 'subjects'] as const)
      expect(january?.cells[row]?.cites.every((c) => c.source === 'press-release')).toBe(true)
  })

  it('say nothing where the sources say nothing (never a guess)', () => {
    const silent = rounds.flatMap((r) =>
      ROUND_ROWS.filter((row) => r.cells[row] === null).map((row) => `${r.id}.${row}`),
    )
    expect(silent).toEqual([
      'round-2016.coChairs',
      'round-2016.bodies',
      'round-2016.subjects',
      'round-2016.documents',
      'preparatory-2020.host',
      'preparatory-2020.bodies',
      'preparatory-2020.subjects',
      'preparatory-2020.documents',
      'round-2023.documents',
      'round-2026.bodies',
      'round-2026.documents',
    ])
    for (const locale of LOCALES) expect(messages[locale].roundsNotStated).toBeTruthy()
  })

  it('date each meeting as its event does', () => {
    for (const round of rounds) {
      const stated = findEvent(round.eventId)?.dates[0]
      if (!stated) throw new Error(`no date for ${round.id}`)
      for (const locale of LOCALES)
        expect(round.cells.date?.text[locale], `${round.id} ${locale}`).toContain(
          formatDateValue(stated.value, locale),
        )
    }
  })
})
