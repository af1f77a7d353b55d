import { allEvents } from '../../content/queries.ts'
import { eventPageJsonLd } from '../../lib/jsonld.ts'
import { prerender } from '../../lib/prerender.ts'
import { eventCard } from '../../lib/previewCard.ts'

// The event routes' static pages, read by the prerenderer, the sitemap and the tests through
// `staticData`, which the browser's bundle deletes (vite.config.ts). In a module of their own,
// apart from ./eventMatch.tsx, which the browser runs: imported from there, the structured-data
// and preview-card builders stayed in the browser's graph, and with them the rounds table's
// data (src/content/rounds.ts, whose passages are built when the module loads), 2.1 kB gzip
// on every page's first load.

/** Every event's params: one page each, on the site and in an embed. */
export function eventIds() {
  return allEvents.map((event) => ({ eventId: event.id }))
}

/** Every event's page on the site, with its preview card and its Event. */
export function eventPages() {
  return prerender({
    params: eventIds,
    card: ({ eventId }, locale) => eventCard(eventId, locale),
    structuredData: ({ eventId }, locale, site) => eventPageJsonLd(site, eventId, locale),
  })
}
