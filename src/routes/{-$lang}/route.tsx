import {
  createFileRoute,
  notFound,
  Outlet,
  redirect,
  retainSearchParams,
  rootRouteId,
  useRouterState,
} from '@tanstack/react-router'
import { AppShell } from '../../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../../components/StatusView.tsx'
import { LanguageSwitcher } from '../../features/i18n/LanguageSwitcher.tsx'
import { ShareButton } from '../../features/sharing/ShareButton.tsx'
import { runsPastPage } from '../../lib/address.ts'
import { localeFromParam } from '../../lib/locale.ts'
import { viewSearchSchema } from '../../lib/search.ts'
import { LanguageDocument } from '../-components/LanguageDocument.tsx'

export const Route = createFileRoute('/{-$lang}')({
  beforeLoad: ({ params, matches, location }) => {
    // English lives at the unprefixed paths; an explicit /en/... goes to the same route with
    // the same params and no language. Built from the matched route, never from the address
    // text: /en//evil.example matches no page and is not found, not sent anywhere.
    if (params.lang === 'en') {
      const page = matches[matches.length - 1]
      if (!page || runsPastPage(page.pathname, location.pathname)) {
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
  validateSearch: viewSearchSchema,
  // The filter follows the reader from page to page until they change it.
  search: { middlewares: [retainSearchParams(['country', 'topic'])] },
  component: LanguageLayout,
  // Paths under a language that match no page (/fr/nope): rendered in this layout's Outlet,
  // so inside its frame already; a second AppShell would nest two banners and mains.
  notFoundComponent: () => <NotFoundView />,
  errorComponent: ({ reset }) => (
    <AppShell tools={<LanguageSwitcher />}>
      <ErrorView onRetry={reset} />
    </AppShell>
  ),
})

function LanguageLayout() {
  // An address that runs on past a page (/events/plenary/extra, /delegations/fr/x) is given
  // to that page's route as a not-found; pages that draw no Outlet would show themselves.
  const pastAPage = useRouterState({
    select: (state) => {
      const page = state.matches[state.matches.length - 1]
      return page !== undefined && runsPastPage(page.pathname, state.location.pathname)
    },
  })
  // Sharing sits in the banner so that every view has it, in the same place.
  return (
    <AppShell
      tools={
        <>
          <ShareButton />
          <LanguageSwitcher />
        </>
      }
    >
      <LanguageDocument />
      {pastAPage ? <NotFoundView /> : <Outlet />}
    </AppShell>
  )
}
