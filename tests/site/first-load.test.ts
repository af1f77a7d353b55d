import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { read, SITE } from './site.ts'

// What each bench page makes the browser fetch before the app can take it over: its boot
// script (inline) and the chunks that script lists (the entry and its imports, the route's
// code, the language's text), gzip level 9 as the bench counts them. The bench's figure
// (`node scripts/bench/breakdown.js /`, docs/performance.md) is the same set as Chromium
// fetches it. A budget is the figure of the last measured build, rounded up to the next
// half kB: code that grows a page's first load past it should be loaded later (as the print
// digest and the file writers are) or say here, and in docs/performance.md, why it cannot.
// The dialogue's history (issue 33) added 9.7 kB to each: its 16 events' data and citations
// (6.5 kB), their text and the rounds table's in the page's language (2.6 kB), and its
// interface text and code (0.6 kB); docs/performance.md. The years on the axis (issue 33,
// the whole history on a phone) added 0.5–0.9 kB of axis code: it lays out the view the
// "whole history" preset shows, a link on the first screen, whose click must not wait for code.
// Ctrl/⌘ + wheel over an open card (a first-screen gesture) took `/` and the plenary 32 bytes
// past 151 (docs/performance.md).
// The event routes' prerender-only helpers moved out of the browser's graph (7 December
// 2026, evening): their imports had kept the structured-data builders and the rounds table's
// data in every page's first load, 2.1 kB; /source, which shows the rounds' passages, fetches
// that data as a chunk of its own (+0.3 kB of chunk glue). The axis then shared one copy of
// its markup among the track widths that cluster the same (−11.7 kB of HTML on `/`) for
// 0.2 kB of code on the timeline pages.
// The open event's panel became the event route's own chunk (8 December 2026): the overview
// no longer loads it (−1.5 kB with the cards' fallback for browsers without interest
// invokers, which now loads only there), and an event page loads it as a chunk of its own
// (+0.9 kB of chunk glue and separate compression).
// The history's events and their text, and the rounds table's text, became chunks that load when
// a view shows them, with the outside sources only the history cites (8 December 2026): −5.4 kB
// on the timeline and delegation pages; /source, which lists the history's events among its
// citers, fetches them as chunks of their own (+1.1 kB of chunk glue and separate compression).
const BUDGETS_KB: Readonly<Record<string, number>> = {
  'index.html': 143,
  'events/plenary.html': 145.5,
  'ja/events/ariane-group-visit.html': 146.5,
  'fr/delegations/jp.html': 125.5,
  'delegations.html': 124.5,
  'source.html': 136,
}

/** The page's boot script and the files it lists, each with its gzip size in bytes. */
function firstLoad(file: string): { name: string; gzip: number }[] {
  const html = read(file)
  const boot = /<script type="module" (data-entry="[^"]*"[^>]*)>([\s\S]*?)<\/script>/.exec(html)
  if (!boot?.[1] || boot[2] === undefined) throw new Error(`${file} has no boot script`)
  const lists = [...boot[1].matchAll(/data-(?:entry|preload|fetch)="([^"]*)"/g)]
  const chunks = lists.flatMap((list) => (list[1] ?? '').split(' ').filter(Boolean))
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length
  return [
    { name: 'boot script (inline)', gzip: gzip(boot[2]) },
    ...chunks.map((href) => {
      if (!href.startsWith(SITE.basePath)) throw new Error(`${href} is outside the site`)
      return { name: href, gzip: gzip(read(href.slice(SITE.basePath.length))) }
    }),
  ]
}

describe('first-load JavaScript', () => {
  it.each(Object.entries(BUDGETS_KB))('%s stays within %s kB gzip', (file, budget) => {
    const files = firstLoad(file)
    const total = files.reduce((sum, f) => sum + f.gzip, 0)
    const listing = files.map((f) => `${(f.gzip / 1000).toFixed(1)} kB ${f.name}`).join('\n')
    expect(total / 1000, listing).toBeLessThanOrEqual(budget)
  })

  it('never lists the print digest or the file writers, which load when they are needed', () => {
    for (const file of Object.keys(BUDGETS_KB)) {
      const names = firstLoad(file).map((f) => f.name)
      expect(
        names.filter((name) =>
          /\/(PrintDigest|ics|dataExport|interestFallback)-[^/]*\.js$/.test(name),
        ),
      ).toEqual([])
    }
  })

  it("lists the open event's panel on an event's page, not on the overview", () => {
    const panel = (file: string) =>
      firstLoad(file).filter((f) => /\/OpenEvent-[^/]*\.js$/.test(f.name)).length
    expect(panel('index.html')).toBe(0)
    expect(panel('events/plenary.html')).toBe(1)
    expect(panel('ja/events/ariane-group-visit.html')).toBe(1)
  })

  // The history (src/content/history.ts) and the rounds' text load with the views that show
  // them: a page lists them only then, beside its own language's interface and content text
  // (2 chunks; 3 with the history's text, 4 with the rounds' too).
  it("lists the history's events, and the text of the history and the rounds, only where they are shown", () => {
    const names = (file: string) => firstLoad(file).map((f) => f.name)
    const history = (file: string) => names(file).filter((n) => /\/history-[^/]*\.js$/.test(n))
    const texts = (file: string, locale: string) =>
      names(file).filter((n) => new RegExp(`/${locale}-[^/]*\\.js$`).test(n))
    for (const file of ['index.html', 'events/plenary.html', 'delegations.html']) {
      expect(history(file), file).toEqual([])
      expect(texts(file, 'en'), file).toHaveLength(2)
    }
    for (const file of ['events/first-round-2016.html', 'source.html']) {
      expect(history(file), file).toHaveLength(1)
      expect(texts(file, 'en'), file).toHaveLength(3)
    }
    expect(history('ja/embed/events/two-plus-two-2023.html')).toHaveLength(1)
    expect(texts('ja/embed/events/two-plus-two-2023.html', 'ja')).toHaveLength(3)
    // The rounds compared cite the outside sources that come with the history.
    expect(history('rounds.html')).toHaveLength(1)
    expect(texts('rounds.html', 'en')).toHaveLength(4)
    expect(texts('fr/rounds.html', 'fr')).toHaveLength(4)
  })
})
