import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { announce } from '../../src/components/Announcer.tsx'
import { allEvents, allOrganisations, allPeople } from '../../src/content/queries.ts'
import type { Citation, TimelineEvent } from '../../src/content/types.ts'
import { buildDataExport } from '../../src/lib/dataExport.ts'
import { formatDateValue } from '../../src/lib/dates.ts'
import { eventsToCalendar } from '../../src/lib/ics.ts'
import { messages } from '../../src/lib/messages.ts'
import { siteConfig } from '../../src/lib/seo.ts'
import { renderRoute } from './render.tsx'
import { contentTexts, flattenMessages } from './shown-strings.ts'
import { sitePages } from '../../src/pages.ts'
import { headAt } from './heads.ts'

// The pages the route tree declares (src/pages.ts), as the prerenderer writes them.
const PAGES = await sitePages()

// Typography that a native reader expects, checked over every string the app shows in French
// and Japanese: interface text, content, page titles and descriptions, the calendar and JSON
// files, and the rendered screen and print digest. Passages quoted from English sources
// and names in another language (marked with their lang) and addresses are left out.

const NNBSP = '\u202f'
const URL = /https?:\/\/[^\s）)]+/g

/** French: a narrow no-break space before : ; ! ? and inside « », never a plain one. */
export function frenchProblems(text: string): string[] {
  const t = text.replace(URL, '')
  const problems: string[] = []
  for (const m of t.matchAll(/[;!?]/g)) {
    if (t[m.index - 1] !== NNBSP) problems.push(`“${m[0]}” without U+202F before it`)
  }
  // A colon inside a word or a time (10:30, .ics) is not punctuation.
  for (const m of t.matchAll(/:(?=\s|$)/g)) {
    if (t[m.index - 1] !== NNBSP) problems.push('“:” without U+202F before it')
  }
  for (const m of t.matchAll(/«/g))
    if (t[m.index + 1] !== NNBSP) problems.push('« without U+202F after it')
  for (const m of t.matchAll(/»/g))
    if (t[m.index - 1] !== NNBSP) problems.push('» without U+202F before it')
  if (/[~〜～]/.test(t)) problems.push('a wave dash: French ranges use “–” or “du … au …”')
  // The first day of a month is an ordinal: « le 1er janvier », never « le 1 janvier ».
  for (const m of t.matchAll(FIRST_OF_MONTH)) problems.push(`“${m[0].trim()}”: write “1er”`)
  return problems
}

const FIRST_OF_MONTH =
  /(?<![\d,.])1(?:\s|\u00a0|\u202f)+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/giu

// Every word of every person's name as the release or the facts sheet writes it in Latin script.
const LATIN_NAMES = [
  ...new Set(allPeople.flatMap((p) => [p.name.en, p.name.fr]).flatMap((n) => n.split(/\s+/))),
]

/** Japanese: full-width punctuation, one range mark (～), no person named in Latin letters. */
export function japaneseProblems(text: string): string[] {
  const t = text.replace(URL, '')
  const problems: string[] = []
  const ascii = t.match(/[,;:()]/g)
  if (ascii) problems.push(`ASCII punctuation ${ascii.join(' ')}`)
  if (/[~〜]/.test(t)) problems.push('range mark other than ～')
  // A title after a name goes in （）, a clause after a clause after ／ or 。; never a Latin dash.
  if (t.includes('—')) problems.push('an em dash')
  for (const name of LATIN_NAMES)
    if (new RegExp(`\\b${name}\\b`, 'i').test(t)) problems.push(`Latin-script name ${name}`)
  return problems
}

// Each organisation's acronym beside its Japanese name (国防・国家安全保障事務総局 for SGDSN):
// a Japanese reader meets the name before the letters.
const ACRONYMS = allOrganisations.flatMap((o) =>
  o.abbr === undefined ? [] : [{ abbr: o.abbr, name: o.name.ja }],
)

/** Japanese: an organisation's acronym only after its Japanese name, in the same text. */
export function acronymProblems(text: string): string[] {
  const t = text.replace(URL, '')
  const problems: string[] = []
  for (const { abbr, name } of ACRONYMS) {
    const at = t.search(new RegExp(`(?<![A-Za-z])${abbr}(?![A-Za-z])`))
    if (at === -1) continue
    const named = t.indexOf(name)
    if (named === -1 || named > at) problems.push(`${abbr} before its Japanese name ${name}`)
  }
  return problems
}

function check(locale: 'fr' | 'ja', where: string, text: string, whole = true): string[] {
  // A text node of a page is a piece of a text: acronyms are checked over the page's whole text.
  const problems =
    locale === 'fr'
      ? frenchProblems(text)
      : [...japaneseProblems(text), ...(whole ? acronymProblems(text) : [])]
  return problems.map((p) => `${where}: ${p} — ${JSON.stringify(text)}`)
}

describe('the rules themselves', () => {
  it('catch what they are meant to catch', () => {
    expect(frenchProblems('Nom officiel: SGDSN')).not.toEqual([])
    expect(frenchProblems('Source : x')).not.toEqual([])
    expect(frenchProblems('« 2+2 »')).toHaveLength(2)
    expect(frenchProblems(`Source${NNBSP}: https://a.example/x?y=1 à 10:30`)).toEqual([])
    expect(japaneseProblems('Ariane 6 (JAXA), 1月18日〜20日')).toHaveLength(2)
    expect(japaneseProblems('MACRON大統領')).toEqual(['Latin-script name MACRON'])
    expect(japaneseProblems('河西康之 — 内閣府宇宙開発戦略推進事務局長')).toEqual(['an em dash'])
    expect(japaneseProblems('出典：ArianeGroup（https://example.test/a?b=1）')).toEqual([])
    expect(frenchProblems('Le 1 janvier 2024, le 1\u00a0mai')).toHaveLength(2)
    expect(frenchProblems('Le 1er janvier, le 11 mai, 2,1 mars')).toEqual([])
    expect(acronymProblems('SGDSNで全体会合')).toEqual([
      'SGDSN before its Japanese name 国防・国家安全保障事務総局',
    ])
    expect(acronymProblems('国防・国家安全保障事務総局（SGDSN）で全体会合、JAXA')).toEqual([
      'JAXA before its Japanese name 宇宙航空研究開発機構',
    ])
    expect(acronymProblems('宇宙航空研究開発機構（JAXA）')).toEqual([])
    expect(hardCodedJoiners('<span> — {person.title[locale]}</span>')).toHaveLength(1)
    expect(hardCodedJoiners('{t.titleAfterName(title)} {/* a — b */}\n// x — y')).toEqual([])
  })
})

// The French first of the month, as the one date formatter writes it.
describe('French dates', () => {
  it('write the first of a month as an ordinal', () => {
    const problems = Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0')
      return [
        formatDateValue({ precision: 'day', date: `2023-${month}-01` }, 'fr'),
        formatDateValue(
          { precision: 'range', start: `2023-${month}-01`, end: `2023-${month}-03` },
          'fr',
        ),
      ]
    }).flatMap((dates) => dates.flatMap((d) => frenchProblems(d).map((p) => `${d}: ${p}`)))
    expect(problems).toEqual([])
  })
})

// Punctuation between a person's name and title (and between any two clauses) belongs to each
// language, so it comes from the messages: no component writes a dash of its own.
const SRC = resolve(import.meta.dirname, '../../src')
const COMPONENT_DIRS = ['features', 'components', 'routes'].map((d) => join(SRC, d))

/** Dashes written into a component's markup or strings (comments left out). */
export function hardCodedJoiners(source: string): string[] {
  const code = source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
  return code.split('\n').flatMap((line) => (/[—–]/.test(line) ? [line.trim()] : []))
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return componentFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('name and title', () => {
  it('are joined only by the messages, never by a dash in a component', () => {
    const problems = COMPONENT_DIRS.flatMap(componentFiles).flatMap((file) =>
      hardCodedJoiners(readFileSync(file, 'utf8')).map((line) => `${relative(SRC, file)}: ${line}`),
    )
    expect(problems).toEqual([])
  })
})

describe.each(['fr', 'ja'] as const)('%s typography', (locale) => {
  it('holds in the interface text', () => {
    const problems = [...flattenMessages(messages[locale])].flatMap(([key, value]) =>
      check(locale, key, value),
    )
    expect(problems).toEqual([])
  })

  it('holds in the content', () => {
    const problems = contentTexts().flatMap(({ where, text }) => check(locale, where, text[locale]))
    expect(problems).toEqual([])
  })

  it('holds in page titles and descriptions', async () => {
    const problems: string[] = []
    for (const page of PAGES.filter((p) => p.locale === locale)) {
      const head = await headAt(page.path, siteConfig({}))
      problems.push(
        ...check(locale, `${page.path} title`, head.title),
        ...check(locale, `${page.path} description`, head.description ?? ''),
      )
    }
    expect(problems).toEqual([])
  })

  it('holds in the calendar file', () => {
    const { ics } = eventsToCalendar(allEvents, {
      locale,
      now: new Date('2026-11-27T00:00:00Z'),
      pageUrl: (event) => `https://example.test/${locale}/events/${event.id}`,
    })
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const problems = calendar.getAllSubcomponents('vevent').flatMap((component) =>
      ['summary', 'description', 'location'].flatMap((name) => {
        const value = component.getFirstPropertyValue(name)
        return typeof value === 'string' ? check(locale, `ics ${name}`, value) : []
      }),
    )
    expect(problems).toEqual([])
  })

  it('holds in the JSON file', () => {
    const data = buildDataExport(allEvents, {
      now: new Date('2026-11-27T00:00:00Z'),
      language: locale,
      filter: {},
      viewUrl: 'https://example.test/',
      schemaUrl: 'https://example.test/data/schema.json',
      pageUrl: (event: TimelineEvent) => `https://example.test/events/${event.id}`,
      passageUrl: (cite: Citation) => `https://example.test/source#${cite.source}`,
    })
    const problems: string[] = []
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`))
      else if (value !== null && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (key === locale && typeof v === 'string') problems.push(...check(locale, path, v))
          else visit(v, `${path}.${key}`)
        }
    }
    visit(data, '$')
    expect(problems).toEqual([])
  })

  // The screen and the print digest (rendered in the same tree, hidden on screen): every text
  // node apart from quoted English, so punctuation hard-coded in a component shows up too.
  it.each(['', '/events/start-up-meeting', '/delegations', '/source'])(
    'holds on the rendered page %s, print digest included',
    async (path) => {
      // The live region outlives views (and tests): start it empty.
      announce('')
      const { container, unmount } = await renderRoute(`/${locale}${path}`)
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
      const problems: string[] = []
      let pageText = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Quoted English passages and official names in another language keep their own rules.
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang')
        // The page's root says "ja-JP" or "fr-FR": compare the language, not the region.
        if (lang !== undefined && lang !== null && lang.split('-')[0] !== locale) continue
        pageText += node.textContent ?? ''
        problems.push(
          ...check(
            locale,
            `${path} <${node.parentElement?.tagName}>`,
            node.textContent ?? '',
            false,
          ),
        )
      }
      if (locale === 'ja')
        problems.push(...acronymProblems(pageText).map((p) => `${path} (whole page): ${p}`))
      unmount()
      expect(problems).toEqual([])
    },
  )
})
