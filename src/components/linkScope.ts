import { createContext, useContext } from 'react'

/**
 * Where a timeline's links lead. On the site, events open at /events/…; in an embed
 * (/embed/…, framed by another site) they stay inside the embed, and links to pages that have
 * no embed (a delegation, the release) open the full site in a new tab instead of loading a
 * page into the frame that refuses to be framed. Set by the route that composes the view.
 */
export interface LinkScope {
  readonly timeline: '/{-$lang}' | '/{-$lang}/embed'
  readonly event: '/{-$lang}/events/$eventId' | '/{-$lang}/embed/events/$eventId'
  /** Spread onto links to pages outside the scope. */
  readonly outside: { readonly target?: '_blank'; readonly rel?: 'noopener' }
}

export const SITE_LINKS: LinkScope = {
  timeline: '/{-$lang}',
  event: '/{-$lang}/events/$eventId',
  outside: {},
}

export const EMBED_LINKS: LinkScope = {
  timeline: '/{-$lang}/embed',
  event: '/{-$lang}/embed/events/$eventId',
  outside: { target: '_blank', rel: 'noopener' },
}

export const LinkScopeContext = createContext<LinkScope>(SITE_LINKS)

export function useLinkScope(): LinkScope {
  return useContext(LinkScopeContext)
}
