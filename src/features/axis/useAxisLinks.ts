import { useLocation, useRouter } from '@tanstack/react-router'
import {
  useCallback,
  useMemo,
  useRef,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react'
import { useLinkScope } from '../../components/linkScope.ts'
import { useLocale } from '../../components/useLocale.ts'
import { langParam } from '../../lib/locale.ts'

// Every lane draws dozens of markers, six clusterings of them on a prerendered page: a router
// <Link> each built its own address (router.buildLocation) on hydration and on every
// navigation, about a quarter of hydration's render. The lane's links are plain anchors
// instead: one address is built per lane render and the event ids are put into it, and
// clicks navigate the way <Link> did.

/** A slug no event has (content ids are [a-z0-9-], see the integrity tests), to substitute. */
const PLACEHOLDER = 'axis-event-id-placeholder'

export interface AxisLinks {
  eventHref: (id: string) => string
  clusterHref: (time: string) => string
  /** The cluster's address is the page's own: <Link> marked such a link active. */
  clusterActive: (time: string) => boolean
  onClick: (e: MouseEvent<HTMLAnchorElement>) => void
  onIntent: (e: PointerEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => void
}

export function useAxisLinks(): AxisLinks {
  const router = useRouter()
  // The lane redraws with each address, as its links did: their addresses keep its filters.
  const location = useLocation()
  const scope = useLinkScope()
  const lang = langParam(useLocale())

  const eventOptions = useCallback(
    (eventId: string) => ({
      to: scope.event,
      params: { lang, eventId },
      search: (prev: object) => prev,
      _fromLocation: location,
    }),
    [scope, lang, location],
  )
  const clusterOptions = useCallback(
    (time: string) => ({
      to: '.' as const,
      search: (prev: object) => ({ ...prev, time }),
      _fromLocation: location,
    }),
    [location],
  )

  const hrefs = useMemo(() => {
    const [before, after] = router.buildLocation(eventOptions(PLACEHOLDER)).href.split(PLACEHOLDER)
    const clusters = new Map<string, { href: string; active: boolean }>()
    const cluster = (time: string) => {
      let built = clusters.get(time)
      if (!built) {
        const next = router.buildLocation(clusterOptions(time))
        built = {
          href: next.href,
          active: next.pathname === location.pathname && next.searchStr === location.searchStr,
        }
        clusters.set(time, built)
      }
      return built
    }
    return {
      clusterTime: (href: string) => {
        for (const [time, built] of clusters) if (built.href === href) return time
        return undefined
      },
      eventHref: (id: string) => `${before ?? ''}${encodeURIComponent(id)}${after ?? ''}`,
      clusterHref: (time: string) => cluster(time).href,
      clusterActive: (time: string) => cluster(time).active,
    }
  }, [router, eventOptions, clusterOptions, location])

  // What <Link> navigated to: the event or the clustered days, filters kept, no scroll jump.
  const options = useCallback(
    (a: HTMLAnchorElement) => {
      const { event } = a.dataset
      if (event) return eventOptions(event)
      const time = hrefs.clusterTime(a.getAttribute('href') ?? '')
      return time === undefined ? undefined : clusterOptions(time)
    },
    [eventOptions, clusterOptions, hrefs],
  )

  const onClick = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      // New tabs, windows and downloads are the browser's, as they were with <Link>.
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey)
        return
      const target = e.currentTarget.getAttribute('target')
      if (target && target !== '_self') return
      const to = options(e.currentTarget)
      if (!to) return
      e.preventDefault()
      void router.navigate({ ...to, resetScroll: false })
    },
    [router, options],
  )

  // Preload on intent, as the router's links do (defaultPreload 'intent'): an event's
  // route fetches its code split chunk; the router keeps what it preloaded for a while.
  // Once per address in a row: arrow keys and a pointer crossing markers ask again and again.
  const preloaded = useRef<string | null>(null)
  const onIntent = useCallback(
    (e: PointerEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
      const href = e.currentTarget.getAttribute('href')
      if (href === preloaded.current) return
      preloaded.current = href
      const to = options(e.currentTarget)
      if (to) router.preloadRoute(to).catch(() => {})
    },
    [router, options],
  )

  return {
    eventHref: hrefs.eventHref,
    clusterHref: hrefs.clusterHref,
    clusterActive: hrefs.clusterActive,
    onClick,
    onIntent,
  }
}
