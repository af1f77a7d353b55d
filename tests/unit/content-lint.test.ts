import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { announce } from '../../src/components/Announcer.tsx'
import { allEvents, allPeople } from '../../src/content/queries.ts'
import type { Citation, TimelineEvent } from '../../src/content/types.ts'
import { buildDataExport } from '../../src/lib/dataExport.ts'
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
  return problems
}

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
  for (const name of LATIN_NAMES)
    if (new RegExp(`\\b${name}\\b`, 'i').test(t)) problems.push(`Latin-script name ${name}`)
  return problems
}

function check(locale: 'fr' | 'ja', where: string, text: string): string[] {
  const problems = locale === 'fr' ? frenchProblems(text) : japaneseProblems(text)
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
    expect(japaneseProblems('出典：ArianeGroup（https://example.test/a?b=1）')).toEqual([])
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
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Quoted English passages and official names in another language keep their own rules.
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang')
        if (lang !== undefined && lang !== null && lang !== locale) continue
        problems.push(
          ...check(locale, `${path} <${node.parentElement?.tagName}>`, node.textContent ?? ''),
        )
      }
      unmount()
      expect(problems).toEqual([])
    },
  )
})
