import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allDelegations, findEvent, findPerson } from '../../src/content/queries.ts'
import { sentencesText } from '../../src/content/sentences.ts'
import { messages } from '../../src/lib/messages.ts'
import { browserPath, type Page } from '../../src/lib/seo.ts'
import { documentOf, fileOf, manifest, OUT_DIR, SITE, onScreen, textOf } from './site'

// What a reader gets from the files alone, before or without any script: every page's content
// is in its markup, and every link on every page leads straight to a page or file that
// exists: no redirect on the way, no missing #fragment. (That the markup is drawn and can
// be followed in a browser without scripts: tests/e2e/nojs.spec.ts.)

const texts = (document: Document, selector: string) =>
  onScreen(document, selector).map((element) => textOf(element))

describe.each(manifest.pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
  const t = messages[page.locale]

  it('has its content in the prerendered markup', () => {
    const document = documentOf(fileOf(page))
    expect(document.querySelector('#root')?.getAttribute('data-path')).toBe(browserPath(SITE, path))
    const h1 = texts(document, 'h1')
    const headings = texts(document, 'h1, h2, h3, h4')
    const view = page.view
    switch (view.route) {
      case '/{-$lang}/events/$eventId': {
        const eventId = view.params?.eventId ?? ''
        const event = findEvent(eventId)
        if (!event) throw new Error(`no event ${eventId}`)
        // The open event beside the whole list, which links every event.
        expect(h1).toEqual([t.timelineHeading])
        expect(texts(document, 'h2')).toContain(event.title[page.locale])
        expect(texts(document, 'p')).toContain(sentencesText(event.summary, page.locale))
        expect(texts(document, 'dt')).toContain(t.participantsHeading)
        expect(headings).toContain(t.sourcesHeading)
        const links = texts(document, 'a[href]')
        for (const participant of event.participants) {
          if (participant.kind !== 'person') continue
          expect(links).toContain(findPerson(participant.id)?.name[page.locale])
        }
        break
      }
      case '/{-$lang}/delegations/$delegationId': {
        const delegationId = view.params?.delegationId
        const delegation = allDelegations.find((d) => d.country.toLowerCase() === delegationId)
        if (!delegation) throw new Error(`no delegation ${delegationId}`)
        expect(h1).toEqual([delegation.name[page.locale]])
        expect(headings).toEqual(expect.arrayContaining([t.coChairsHeading, t.membersHeading]))
        const all = textOf(document.querySelector('#main'))
        for (const id of delegation.coChairs)
          expect(all).toContain(findPerson(id)?.name[page.locale])
        break
      }
      case '/{-$lang}/delegations/':
        expect(h1).toEqual([t.navDelegations])
        for (const d of allDelegations) expect(headings).toContain(d.name[page.locale])
        break
      case '/{-$lang}/':
        expect(h1).toEqual([t.timelineHeading])
        // The calendar feed of this language, to subscribe to from the page itself.
        expect(
          onScreen(document, 'a[href]')
            .filter((a) => textOf(a) === t.subscribeCalendar)
            .map((a) => a.getAttribute('href')),
        ).toEqual([`${SITE.basePath}calendar/${page.locale}.ics`])
        break
      case '/{-$lang}/source':
        expect(h1).toEqual([t.sourceTitle])
        break
    }
  })
})

// ---- Links ---------------------------------------------------------------------------------

/** Every page a link may name, by the path the browser shows (base path included). */
const pagesByAddress = new Map<string, Page>(
  [...manifest.pages, ...manifest.embedPages].map((page) => [browserPath(SITE, page.path), page]),
)

/** The files whose links are checked: every page, every embed, and the not-found page. */
const sources = [
  ...[...manifest.pages, ...manifest.embedPages].map((page) => ({
    file: fileOf(page),
    address: browserPath(SITE, page.path),
  })),
  { file: '404.html', address: `${SITE.basePath}404` },
]

/**
 * Why a link's target is not reached in one step, or undefined when it is: a page's own
 * address (not a typed form that a host redirects, such as a trailing slash, `.html` or
 * capitals) or a file of the build that is not a page (a feed, an image), and, for a
 * #fragment, an element with that id on the target page.
 */
function problemWith(link: URL, from: { file: string; address: string }): string | undefined {
  if (link.pathname === from.address) {
    // A link within the page (the skip link): only its fragment can be wrong.
    const id = decodeURIComponent(link.hash.slice(1))
    return id && !documentOf(from.file).getElementById(id) ? `no element #${id} here` : undefined
  }
  const page = pagesByAddress.get(link.pathname)
  const target = page ? fileOf(page) : undefined
  if (!target) {
    if (!link.pathname.startsWith(SITE.basePath)) return 'outside the site'
    const file = resolve(OUT_DIR, decodeURIComponent(link.pathname.slice(SITE.basePath.length)))
    if (!existsSync(file) || !statSync(file).isFile()) return 'no such page or file'
    if (file.endsWith('.html')) return 'a page’s file, which hosts redirect to its address'
    if (link.hash) return 'a #fragment on a file that is not a page'
    return undefined
  }
  if (link.hash) {
    const id = decodeURIComponent(link.hash.slice(1))
    const document = documentOf(target)
    if (!document.getElementById(id)) return `no element #${id} on ${target}`
  }
  return undefined
}

describe('links', () => {
  for (const source of sources) {
    it(`every link on ${source.file} leads straight to a page or file that exists`, () => {
      const base = new URL(source.address, SITE.origin)
      const problems: string[] = []
      let internal = 0
      for (const anchor of documentOf(source.file).querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href') ?? ''
        const link = new URL(href, base)
        if (link.origin !== SITE.origin) continue
        internal += 1
        const problem = problemWith(link, source)
        if (problem) problems.push(`${href}: ${problem}`)
      }
      expect(problems).toEqual([])
      // Every page links at least the three languages and the main navigation.
      expect(internal).toBeGreaterThan(3)
    })
  }

  it('together reach every page', () => {
    const reached = new Set<string>()
    for (const source of sources) {
      for (const anchor of documentOf(source.file).querySelectorAll('a[href]')) {
        const link = new URL(
          anchor.getAttribute('href') ?? '',
          new URL(source.address, SITE.origin),
        )
        if (link.origin === SITE.origin) reached.add(link.pathname)
      }
    }
    for (const page of manifest.pages)
      expect(reached, page.path).toContain(browserPath(SITE, page.path))
  })
})
