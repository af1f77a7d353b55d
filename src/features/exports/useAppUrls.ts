import { useRouter } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useLocale } from '../../components/useLocale.ts'
import type { Citation, TimelineEvent } from '../../content/types.ts'
import { NO_FACETS } from '../../lib/facets.ts'
import { langParam } from '../../lib/locale.ts'
import { passageAnchor } from '../../lib/passageAnchor.ts'

// Filters are cleared explicitly (every facet in the registry): otherwise the router would
// carry the current ones over, and an exported link to one event should not depend on the
// view it was exported from.

/** Absolute addresses for files that leave the app; only call these in event handlers. */
export function useAppUrls() {
  const router = useRouter()
  const lang = langParam(useLocale())
  return useMemo(() => {
    const absolute = (href: string) => new URL(href, window.location.origin).href
    return {
      page: (event: TimelineEvent) =>
        absolute(
          router.buildLocation({
            to: '/{-$lang}/events/$eventId',
            params: { lang, eventId: event.id },
            search: NO_FACETS,
          }).publicHref,
        ),
      passage: (cite: Citation) =>
        absolute(
          router.buildLocation({
            to: '/{-$lang}/source',
            params: { lang },
            search: NO_FACETS,
            hash: passageAnchor(cite.quote),
          }).publicHref,
        ),
      schema: () => absolute(`${import.meta.env.BASE_URL}data/schema.json`),
    }
  }, [router, lang])
}
