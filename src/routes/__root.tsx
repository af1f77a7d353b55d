import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { AppShell } from '../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../components/StatusView.tsx'
import { loadLocale } from '../lib/i18n.ts'
import { notFoundHead } from '../lib/head.ts'
import { DEFAULT_LOCALE, localeFromParam } from '../lib/locale.ts'
import type { SiteConfig } from '../lib/seo.ts'
import '../styles/global.css'
import { retryFor } from '../lib/retry.ts'

export const Route = createRootRouteWithContext<{ site: SiteConfig }>()({
  // Every view, the not-found ones included, shows the text of the address's language (the
  // default one when the address names none we serve, as useLocale reads it), and only that
  // language is fetched: before anything renders, so hydration finds the text in place and
  // the prerendered markup never flashes or shifts. The fetch starts here and the loaders
  // wait for it, so it runs beside the fetch of the route's own code rather than before it.
  // Here rather than in the language route because an address that matches no route at all
  // still shows a page in a language; the language route's loader waits too, because its
  // match is new when the language changes where the root's is kept.
  beforeLoad: ({ matches }) => {
    const locale = localeFromParam(langOf(matches.at(-1)?.params)) ?? DEFAULT_LOCALE
    // A failure surfaces in the loaders, which ask again.
    loadLocale(locale).catch(() => undefined)
    return { locale }
  },
  loader: ({ context }) => loadLocale(context.locale),
  // The head of an address no page claims: each page route declares its own, which the
  // prerenderer and the tab title take instead (the deepest head wins); 404.html carries this.
  // Without the language's text (it failed to load) there is nothing to say.
  head: ({ match }) =>
    match.status === 'error' ? {} : notFoundHead(match.context.site, match.context.locale),
  component: Outlet,
  // Paths that match no route at all still get the full frame and ways back.
  notFoundComponent: () => (
    <AppShell>
      <NotFoundView />
    </AppShell>
  ),
  errorComponent: ({ error, reset }) => (
    <AppShell>
      <ErrorView onRetry={retryFor(error, reset)} />
    </AppShell>
  ),
})

/** The `{-$lang}` segment of the deepest match; the root's own params do not type it. */
function langOf(params: unknown): string | undefined {
  return typeof params === 'object' && params !== null && 'lang' in params
    ? typeof params.lang === 'string'
      ? params.lang
      : undefined
    : undefined
}
