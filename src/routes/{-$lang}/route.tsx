import {
  createFileRoute,
  notFound,
  Outlet,
  redirect,
  retainSearchParams,
  rootRouteId,
  stripSearchParams,
} from '@tanstack/react-router'
import { AppShell } from '../../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../../components/StatusView.tsx'
import { LanguageSwitcher } from '../../features/i18n/LanguageSwitcher.tsx'
import { ShareButton } from '../../features/sharing/ShareButton.tsx'
import { localeFromParam } from '../../lib/locale.ts'
import { viewSearchSchema } from '../../lib/search.ts'
import { DEFAULT_TIME } from '../../lib/timeRange.ts'
import { LanguageDocument } from '../-components/LanguageDocument.tsx'

export const Route = createFileRoute('/{-$lang}')({
  beforeLoad: ({ params, location }) => {
    // English lives at the unprefixed paths; an explicit /en/... goes there.
    if (params.lang === 'en') {
      throw redirect({ href: location.href.replace(/\/en(?=\/|\?|#|$)/, '') || '/', replace: true })
    }
    // Not a language we serve: the root's not-found view, which brings its own page frame.
    if (localeFromParam(params.lang) === undefined) throw notFound({ routeId: rootRouteId })
  },
  validateSearch: viewSearchSchema,
  // The filters and the axis's range follow the reader from page to page until they change
  // them; the whole dialogue, the axis's default, is left out of addresses.
  search: {
    middlewares: [
      retainSearchParams(['country', 'topic', 'time']),
      stripSearchParams({ time: DEFAULT_TIME }),
    ],
  },
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
      <Outlet />
    </AppShell>
  )
}
