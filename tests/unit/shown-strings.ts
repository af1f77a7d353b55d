import { dialogue } from '../../src/content/dialogue.ts'
import {
  allDelegations,
  allEvents,
  allOrganisations,
  allPeople,
  allSources,
  allTopics,
} from '../../src/content/queries.ts'
import type { Localized } from '../../src/content/types.ts'
import type { Messages } from '../../src/lib/messages.ts'

/** Flattens a message catalogue into strings, calling functions with sample arguments. */
export function flattenMessages(catalogue: Messages): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out.set(prefix, value)
    else if (typeof value === 'function') {
      for (const args of [
        [3, 'FR'],
        [1, 'JP'],
        [120, undefined],
      ]) {
        out.set(
          `${prefix}(${args.join(',')})`,
          String((value as (...a: unknown[]) => unknown)(...args)),
        )
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(`${prefix}.${k}`, v)
    }
  }
  for (const [k, v] of Object.entries(catalogue)) visit(k, v)
  return out
}

/** Every text of the content that the app shows, with where it lives. */
export function contentTexts(): { where: string; text: Localized }[] {
  const out: { where: string; text: Localized }[] = []
  for (const e of allEvents) {
    out.push({ where: `${e.id}.title`, text: e.title })
    e.summary.forEach((s, i) => out.push({ where: `${e.id}.summary[${i}]`, text: s.text }))
    e.notes.forEach((n, i) => out.push({ where: `${e.id}.notes[${i}]`, text: n.text }))
    if (e.place) out.push({ where: `${e.id}.place`, text: e.place.name })
    if (e.undated) out.push({ where: `${e.id}.undated`, text: e.undated.why })
  }
  dialogue.summary.forEach((s, i) => out.push({ where: `dialogue[${i}]`, text: s.text }))
  for (const p of allPeople) {
    out.push({ where: `${p.id}.name`, text: p.name }, { where: `${p.id}.title`, text: p.title })
    if (p.rank) out.push({ where: `${p.id}.rank`, text: p.rank })
  }
  for (const o of allOrganisations) {
    out.push({ where: `${o.id}.name`, text: o.name })
    if (o.note) out.push({ where: `${o.id}.note`, text: o.note })
  }
  for (const d of allDelegations) out.push({ where: `delegation ${d.country}`, text: d.name })
  for (const t of allTopics)
    out.push({ where: `${t.id}.label`, text: t.label }, { where: t.id, text: t.description })
  for (const s of allSources)
    out.push({ where: `${s.id}.title`, text: s.title }, { where: s.id, text: s.confidence })
  return out
}
