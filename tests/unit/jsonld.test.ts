import { describe, expect, it } from 'vitest'
import { allDelegations, allEvents, findPerson } from '../../src/content/queries.ts'
import { LOCALES } from '../../src/content/types.ts'
import {
  delegationPageJsonLd,
  delegationsJsonLd,
  eventPageJsonLd,
  jsonLdScript,
  timelineJsonLd,
} from '../../src/lib/jsonld.ts'
import { passageAnchor } from '../../src/lib/passageAnchor.ts'
import { siteConfig } from '../../src/lib/seo.ts'
import { sitePages, structuredDataScript } from '../../src/pages.ts'

// The pages the route tree declares (src/pages.ts), as the prerenderer writes them.
const PAGES = await sitePages()

const SITE = siteConfig({ SITE_ORIGIN: 'https://example.test', BASE_PATH: '/sub/' })

/** The parsed data, as a crawler reads it back out of the page's script element. */
function parsed(script: string): Record<string, unknown> {
  const match = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(script)
  const json = match?.[1]
  if (json === undefined) throw new Error(`not a JSON-LD script: ${script.slice(0, 60)}`)
  return JSON.parse(json) as Record<string, unknown>
}

describe('structured data', () => {
  it('describes each event page as a schema.org Event, named in the page language', () => {
    for (const locale of LOCALES) {
      for (const event of allEvents) {
        const data = parsed(jsonLdScript(eventPageJsonLd(SITE, event.id, locale)))
        expect(data['@context']).toBe('https://schema.org')
        expect(data['@type']).toBe('Event')
        expect(data.name).toBe(event.title[locale])
        expect(data.eventStatus).toBe('https://schema.org/EventScheduled')
        // A meeting held online or by videoconference is one, at a virtual location.
        expect(data.eventAttendanceMode).toBe(
          `https://schema.org/${event.place?.online ? 'Online' : 'Offline'}EventAttendanceMode`,
        )
        expect(data.subjectOf).toMatchObject({ '@type': 'CreativeWork' })
      }
    }
  })

  it('gives dates at their stated precision, and none where the release states none', () => {
    const byId = (id: string) => {
      const event = allEvents.find((e) => e.id === id)
      if (!event) throw new Error(id)
      return eventPageJsonLd(SITE, event.id, 'en')
    }
    expect(byId('plenary')).toMatchObject({ startDate: '2023-01-19', endDate: '2023-01-19' })
    // The release says "May 2023"; the exact days come from another source and stay out.
    expect(byId('g7-hiroshima')).toMatchObject({ startDate: '2023-05', endDate: '2023-05' })
    expect(byId('start-up-meeting')).not.toHaveProperty('startDate')
    expect(byId('start-up-meeting')).not.toHaveProperty('location')
  })

  it('names the place, the attendees and the cited passage of the plenary', () => {
    const data = eventPageJsonLd(SITE, 'plenary', 'fr')
    expect(data).toMatchObject({
      url: 'https://example.test/sub/fr/events/plenary',
      inLanguage: 'fr-FR',
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'FR' },
      },
    })
    expect(data).not.toHaveProperty('organizer')
    const cousin = findPerson('cousin')
    expect(data?.attendee).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          '@type': 'Person',
          name: cousin?.name.fr,
          nationality: { '@type': 'Country', name: 'France' },
        }),
      ]),
    )
    const subject = data?.subjectOf as { url: string }
    expect(subject.url).toMatch(/^https:\/\/example\.test\/sub\/fr\/source#q-[0-9a-z]+$/)
    const plenary = allEvents.find((e) => e.id === 'plenary')
    expect(subject.url.endsWith(`#${passageAnchor(plenary?.cite.quote ?? '')}`)).toBe(true)
  })

  it('names no organizer, which no source states for any event', () => {
    const organizers = allEvents.map((event) => [
      event.id,
      eventPageJsonLd(SITE, event.id, 'en')?.organizer,
    ])
    expect(organizers.filter(([, o]) => o !== undefined).map(([id]) => id)).toEqual([])
  })

  it('lists the delegations with their co-chairs and member bodies', () => {
    for (const delegation of allDelegations) {
      const data = delegationPageJsonLd(SITE, delegation.country.toLowerCase(), 'ja')
      expect(data).toMatchObject({ '@type': 'GovernmentOrganization', name: delegation.name.ja })
      const members = data?.member as readonly { '@type': string }[]
      expect(members).toHaveLength(delegation.coChairs.length + delegation.members.length)
      expect(members.filter((m) => m['@type'] === 'Person')).toHaveLength(
        delegation.coChairs.length,
      )
    }
    const index = delegationsJsonLd(SITE, 'en')
    expect(index?.['@graph']).toHaveLength(allDelegations.length)
  })

  it('makes the timeline an ItemList of the events with their addresses', () => {
    const data = timelineJsonLd(SITE, 'ja')
    expect(data).toMatchObject({ '@type': 'ItemList', numberOfItems: allEvents.length })
    expect(data?.itemListElement).toEqual(
      allEvents.map((event, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: event.title.ja,
        url: `https://example.test/sub/ja/events/${event.id}`,
      })),
    )
  })

  it('cannot close its script element, and every page that describes a thing has one', () => {
    // The page routes declare their structured data; only the release says it has none.
    for (const page of PAGES.filter((p) => p.locale === 'en')) {
      const script = structuredDataScript(SITE, page)
      expect(script === '', page.path).toBe(page.view.route === '/{-$lang}/source')
      const body = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')
      expect(body).not.toContain('<')
    }
  })
})
