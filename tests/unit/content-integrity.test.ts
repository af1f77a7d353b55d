import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  allDelegations as delegations,
  allEvents as events,
  allOrganisations as organisations,
  allPeople as people,
  allSources as sources,
  allTopics as topics,
  dateBounds,
  dayNumber,
  eventSpan,
  findOrganisation,
  findPerson,
  findSource,
  findTopic,
  missionEvents,
} from '../../src/content/queries.ts'
import { normaliseForMatch } from '../../src/content/quote.ts'
import { LOCALES, type Citation, type Localized } from '../../src/content/types.ts'
import { dialogue } from '../../src/content/dialogue.ts'
import { historySources } from '../../src/content/historySources.ts'
import { historySpans } from '../../src/content/historySpans.ts'
import { sources as firstScreenSources } from '../../src/content/sources.ts'

const root = resolve(import.meta.dirname, '../..')
const release = readFileSync(resolve(root, 'src/content/text/press-release.txt'), 'utf8')
const facts = readFileSync(resolve(root, 'src/content/text/facts.md'), 'utf8')

/** Every citation anywhere in the content, with where it was found. */
function allCitations(): { where: string; cite: Citation }[] {
  const out: { where: string; cite: Citation }[] = []
  const add = (where: string, cite: Citation | undefined) => cite && out.push({ where, cite })
  for (const e of events) {
    add(`${e.id}`, e.cite)
    e.dates.forEach((d, i) => add(`${e.id}.dates[${i}]`, d.cite))
    add(`${e.id}.undated`, e.undated?.cite)
    add(`${e.id}.place`, e.place?.cite)
    for (const [c, r] of Object.entries(e.roles)) add(`${e.id}.roles.${c}`, r?.cite)
    e.summary.forEach((s, i) => s.cites.forEach((c) => add(`${e.id}.summary[${i}]`, c)))
    e.notes.forEach((n, i) => n.cites.forEach((c) => add(`${e.id}.notes[${i}]`, c)))
  }
  for (const p of people) {
    add(p.id, p.cite)
    for (const list of Object.values(p.localCites ?? {}))
      list?.forEach((c) => add(`${p.id}.local`, c))
  }
  for (const o of organisations) {
    add(o.id, o.cite)
    add(`${o.id}.official`, o.official?.cite)
    add(`${o.id}.note`, 'noteCite' in o ? o.noteCite : undefined)
    for (const list of Object.values(o.localCites ?? {}))
      list?.forEach((c) => add(`${o.id}.local`, c))
  }
  for (const d of delegations) add(`delegation ${d.country}`, d.cite)
  for (const t of topics) add(`topic ${t.id}`, t.cite)
  dialogue.summary.forEach((s, i) => s.cites.forEach((c) => add(`dialogue[${i}]`, c)))
  return out
}

function localizedTexts(): { where: string; text: Localized }[] {
  const out: { where: string; text: Localized }[] = []
  for (const e of events) {
    out.push(
      { where: `${e.id}.title`, text: e.title },
      ...e.summary.map((s, i) => ({ where: `${e.id}.summary[${i}]`, text: s.text })),
    )
    if (e.place) out.push({ where: `${e.id}.place`, text: e.place.name })
    if (e.undated) out.push({ where: `${e.id}.undated`, text: e.undated.why })
    e.notes.forEach((n, i) => out.push({ where: `${e.id}.notes[${i}]`, text: n.text }))
  }
  for (const p of people)
    out.push({ where: `${p.id}.name`, text: p.name }, { where: `${p.id}.title`, text: p.title })
  for (const o of organisations) out.push({ where: `${o.id}.name`, text: o.name })
  for (const t of topics)
    out.push({ where: t.id, text: t.label }, { where: t.id, text: t.description })
  for (const s of sources)
    out.push({ where: s.id, text: s.title }, { where: s.id, text: s.confidence })
  dialogue.summary.forEach((s, i) => out.push({ where: `dialogue[${i}]`, text: s.text }))
  return out
}

describe('source texts', () => {
  it('are the shared originals, unchanged', () => {
    const shared = resolve(root, '../shared')
    // CI and developers have shared/ beside the project; a lone clone still checks the rest.
    if (!existsSync(shared)) return
    expect(release).toBe(
      readFileSync(resolve(shared, 'source/joint-press-release-2023-01-19.txt'), 'utf8'),
    )
    expect(facts).toBe(readFileSync(resolve(shared, 'facts.md'), 'utf8'))
  })
})

describe('citations', () => {
  const cites = allCitations()

  it('cover the content', () => {
    expect(cites.length).toBeGreaterThan(40)
  })

  it.each(cites.map((c) => [c.where, c.cite] as const))(
    '%s quotes its source verbatim',
    (_where, cite) => {
      expect(findSource(cite.source), `unknown source ${cite.source}`).toBeDefined()
      const haystack = normaliseForMatch(cite.source === 'press-release' ? release : facts)
      expect(haystack).toContain(normaliseForMatch(cite.quote))
    },
  )

  it('point outside sources at a facts sheet entry that names their address', () => {
    for (const { cite } of cites) {
      const source = findSource(cite.source)
      if (!source || source.kind === 'primary' || source.url === undefined) continue
      expect(facts, `${source.id} address`).toContain(source.url)
    }
  })

  // The first screen loads src/content/sources.ts; the history's chunk brings the sources only
  // the history and the rounds cite (src/content/historySources.ts), which no first screen reads.
  it('name, outside the history, only the sources the first screen loads', () => {
    const firstScreen = new Set<string>(firstScreenSources.map((s) => s.id))
    const history = new Set(events.filter((e) => !missionEvents.includes(e)).map((e) => e.id))
    for (const { where, cite } of cites) {
      if (history.has(where.split('.')[0] ?? '')) continue
      expect(firstScreen.has(cite.source), `${where} cites ${cite.source}`).toBe(true)
    }
    for (const s of historySources) expect(firstScreen.has(s.id), s.id).toBe(false)
    expect(sources.map((s) => s.id)).toEqual(
      [...firstScreenSources, ...historySources].map((s) => s.id),
    )
  })

  it('use every source at least once', () => {
    const used = new Set(cites.map((c) => c.cite.source))
    for (const s of sources) expect(used, s.id).toContain(s.id)
  })
})

describe('ids', () => {
  it('are unique within each kind', () => {
    for (const list of [events, people, organisations, topics, sources] as const) {
      const ids = list.map((x) => x.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('resolve everywhere they are used', () => {
    for (const e of events) {
      for (const p of e.participants) {
        if (p.kind === 'person') expect(findPerson(p.id), p.id).toBeDefined()
        if (p.kind === 'organisation') expect(findOrganisation(p.id), p.id).toBeDefined()
      }
      for (const t of e.topics) expect(findTopic(t), t).toBeDefined()
    }
    for (const d of delegations) {
      for (const id of d.coChairs) expect(findPerson(id)?.country).toBe(d.country)
      for (const id of d.members) {
        expect(findOrganisation(id)?.country).toBe(d.country)
        expect(findOrganisation(id)?.delegationMember).toBe(true)
      }
    }
  })

  it('put every person and organisation on one side', () => {
    for (const p of people) expect(['FR', 'JP']).toContain(p.country)
    for (const o of organisations) expect(['FR', 'JP']).toContain(o.country)
    const members = delegations.flatMap((d) => d.members as readonly string[])
    for (const o of organisations.filter((o) => o.delegationMember)) expect(members).toContain(o.id)
  })

  it('are URL-safe slugs', () => {
    for (const e of events) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

// One file per event (src/content/eventFile.ts): what the compiler cannot see from one file.
describe('event files', () => {
  const files = import.meta.glob<Record<string, unknown>>(
    ['../../src/content/events/*.ts', '../../src/content/events/history/*.ts'],
    { eager: true },
  )

  it('are named after their event, and are the only events', () => {
    const named = Object.entries(files).map(([path, module]) => {
      const record = module.event as { readonly id: string }
      expect(path.endsWith(`/${record.id}.ts`), path).toBe(true)
      return record.id
    })
    expect(named.sort()).toEqual(events.map((e) => e.id).sort())
  })

  it('carry the event’s text in every language of the table, and nothing else', () => {
    for (const [path, module] of Object.entries(files)) {
      expect(Object.keys(module).sort(), path).toEqual(['event', ...LOCALES].sort())
    }
  })

  // The first screen loads ./events/ and the history's chunk ./events/history/ (src/content/
  // history.ts): the folder decides what a page downloads, so it must agree with the view.
  it('are the mission’s in events/ (cited to the release) and the history’s in events/history/', () => {
    for (const [path, module] of Object.entries(files)) {
      const record = module.event as { readonly cite: Citation }
      expect(record.cite.source === 'press-release', path).toBe(!path.includes('/history/'))
    }
    expect(missionEvents.map((e) => e.id).sort()).toEqual(
      Object.entries(files)
        .filter(([path]) => !path.includes('/history/'))
        .map(([, module]) => (module.event as { readonly id: string }).id)
        .sort(),
    )
  })

  // What the first screen knows of the history before it loads (vite.config.ts, eventSpan).
  it('reduce, for the history, to the same id, dates and window as the event', () => {
    const history = events.filter((e) => !missionEvents.includes(e))
    expect(history.length).toBeGreaterThan(0)
    expect([...historySpans].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...history]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((e) => ({
          id: e.id,
          dates: e.dates.map((claim) => ({ value: claim.value })),
          ...(e.undated ? { undated: { within: e.undated.within } } : {}),
        })),
    )
  })

  it('list in the order of their dates, the undated start-up meeting after the plenary', () => {
    const mission = [
      'kishida-paris-visit',
      'plenary',
      'start-up-meeting',
      'ariane-group-visit',
      'g7-hiroshima',
    ]
    expect(events.map((e) => e.id).filter((id) => mission.includes(id))).toEqual(mission)
  })
})

describe('dates', () => {
  it('are real calendar dates with ranges in order', () => {
    for (const e of events) {
      for (const { value } of e.dates) {
        const { start, end } = dateBounds(value)
        for (const iso of [start, end]) {
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso)
        }
        expect(dayNumber(start)).toBeLessThanOrEqual(dayNumber(end))
      }
    }
  })

  it('refine rather than contradict the release: outside dates fall inside its date', () => {
    for (const e of events) {
      const [first, ...rest] = e.dates
      if (!first) continue
      const outer = dateBounds(first.value)
      for (const claim of rest) {
        const inner = dateBounds(claim.value)
        expect(dayNumber(inner.start)).toBeGreaterThanOrEqual(dayNumber(outer.start))
        expect(dayNumber(inner.end)).toBeLessThanOrEqual(dayNumber(outer.end))
      }
    }
  })

  it('keep events in chronological order', () => {
    const dated = events.filter((e) => e.dates.length > 0)
    const starts = dated.map((e) => dayNumber(eventSpan(e).start))
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
  })

  it('list an undated event where its window overlaps its neighbours', () => {
    events.forEach((e, i) => {
      if (!e.undated) return
      const { start, end } = e.undated.within
      const previous = events[i - 1]
      const next = events[i + 1]
      if (previous)
        expect(dayNumber(end)).toBeGreaterThanOrEqual(dayNumber(eventSpan(previous).start))
      if (next) expect(dayNumber(start)).toBeLessThanOrEqual(dayNumber(eventSpan(next).start))
    })
  })

  it('mark undated events honestly', () => {
    for (const e of events) {
      if (e.dates.length === 0) expect(e.undated, e.id).toBeDefined()
      else expect(e.undated, e.id).toBeUndefined()
    }
  })

  it('of the mission run from Kishida’s visit to the G7 summit, within the whole history', () => {
    expect(missionEvents[0]?.id).toBe('kishida-paris-visit')
    expect(missionEvents.at(-1)?.id).toBe('g7-hiroshima')
    expect(events[0]?.id).toBe('two-plus-two-2015')
    expect(events.at(-1)?.id).toBe('fourth-round-2026')
    // The mission keeps its order inside the whole list.
    expect(events.filter((e) => missionEvents.includes(e))).toEqual(missionEvents)
  })
})

describe('languages', () => {
  it.each(localizedTexts().map((x) => [x.where, x.text] as const))(
    '%s is written in every language',
    (_w, text) => {
      for (const locale of LOCALES) expect(text[locale].trim().length, locale).toBeGreaterThan(0)
    },
  )
})
