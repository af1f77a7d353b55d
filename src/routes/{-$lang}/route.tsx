import {
  createFileRoute,
  notFound,
  Outlet,
  redirect,
  retainSearchParams,
  rootRouteId,
  stripSearchParams,
  useMatch,
  useRouterState,
} from '@tanstack/react-router'
import { AppShell } from '../../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../../components/StatusView.tsx'
import { LanguageSwitcher } from '../../features/i18n/LanguageSwitcher.tsx'
import { ShareButton } from '../../features/sharing/ShareButton.tsx'
import { RETAINED_FACETS } from '../../lib/facets.ts'
import { loadLocale } from '../../lib/i18n.ts'
import { localeFromParam, redirectsToDefault } from '../../lib/locale.ts'
import { viewSearchSchema } from '../../lib/search.ts'
import { DEFAULT_TIME } from '../../lib/timeRange.ts'
import { EmbedAction } from '../-components/EmbedAction.tsx'
import { EmbedFrame } from '../-components/EmbedFrame.tsx'
import { LanguageDocument } from '../-components/LanguageDocument.tsx'
import { retryFor } from '../../lib/retry.ts'

export const Route = createFileRoute('/{-$lang}')({
  beforeLoad: ({ params, matches }) => {
    // English lives at the unprefixed paths; an explicit /en/... goes to the same route with
    // the same params and no language. Built from the matched route, never from the address
    // text: /en//evil.example matches no page and is not found, not sent anywhere.
    if (redirectsToDefault(params.lang)) {
      const page = matches[matches.length - 1]
      if (!page || matchedInPart(matches)) {
        throw notFound({ routeId: rootRouteId })
      }
      throw redirect({
        to: '.',
        params: { lang: undefined },
        search: true,
        hash: true,
        replace: true,
      })
    }
    // Not a language we serve: the root's not-found view, which brings its own page frame.
    if (localeFromParam(params.lang) === undefined) throw notFound({ routeId: rootRouteId })
  },
  // The root's beforeLoad started fetching the language; a new language must be in before
  // the views render in it (see src/routes/__root.tsx).
  loader: ({ context }) => loadLocale(context.locale),
  validateSearch: viewSearchSchema,
  // The filters and the axis's range follow the reader from page to page until they change
  // them; the whole dialogue, the axis's default, is left out of addresses.
  search: {
    middlewares: [
      retainSearchParams([...RETAINED_FACETS, 'time']),
      stripSearchParams({ time: DEFAULT_TIME }),
    ],
  },
  component: LanguageLayout,
  // Paths under a language that match no page (/fr/nope): rendered in this layout's Outlet,
  // so inside its frame already; a second AppShell would nest two banners and mains.
  notFoundComponent: () => <NotFoundView />,
  errorComponent: ({ error, reset }) => (
    <AppShell tools={<LanguageSwitcher />}>
      <ErrorView onRetry={retryFor(error, reset)} />
    </AppShell>
  ),
})

/**
 * Whether the router matched the address only in part (/events/plenary/extra): it then marks
 * the deepest route that matched as the place for a not-found view (`_notFound`, a
 * field its match types leave out).
 */
function matchedInPart(matches: readonly object[]): boolean {
  return matches.some((match) => '_notFound' in match && match._notFound === true)
}

function LanguageLayout() {
  // An address that runs on past a page (/events/plenary/extra, /delegations/fr/x) is given
  // to that page's route as a not-found; pages that draw no Outlet would show themselves.
  // Read from the matches alone: they change in one step, where comparing them with the
  // location would see a new location with old matches mid-navigation and remount the view.
  const pastAPage = useRouterState({ select: (state) => matchedInPart(state.matches) })
  const embedded = useMatch({ from: '/{-$lang}/embed', shouldThrow: false, select: () => true })
  const timeline = useMatch({ from: '/{-$lang}/_timeline', shouldThrow: false, select: () => true })
  // An embed brings its own frame (./embed/route.tsx): no banner inside another site's page.
  if (embedded) {
    return (
      <>
        <LanguageDocument />
        {pastAPage ? (
          <EmbedFrame eventId={undefined}>
            <NotFoundView />
          </EmbedFrame>
        ) : (
          <Outlet />
        )}
      </>
    )
  }
  // Sharing sits in the banner so that every view has it, in the same place; a timeline view
  // can also be embedded.
  return (
    <AppShell
      tools={
        <>
          <ShareButton />
          {timeline && <EmbedAction />}
          <LanguageSwitcher />
        </>
      }
    >
      <LanguageDocument />
      {pastAPage ? <NotFoundView /> : <Outlet />}
    </AppShell>
  )
}
