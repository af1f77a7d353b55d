import {
  createFileRoute,
  notFound,
  Outlet,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router'
import { AppShell } from '../../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../../components/StatusView.tsx'
import { LanguageSwitcher } from '../../features/i18n/LanguageSwitcher.tsx'
import { localeFromParam } from '../../lib/locale.ts'
import { viewSearchSchema } from '../../lib/search.ts'
import { LanguageDocument } from '../-components/LanguageDocument.tsx'

export const Route = createFileRoute('/{-$lang}')({
  beforeLoad: ({ params, location }) => {
    // English lives at the unprefixed paths; an explicit /en/... goes there.
    if (params.lang === 'en') {
      throw redirect({ href: location.href.replace(/\/en(?=\/|\?|#|$)/, '') || '/', replace: true })
    }
    if (localeFromParam(params.lang) === undefined) throw notFound()
  },
  validateSearch: viewSearchSchema,
  // The filter follows the reader from page to page until they change it.
  search: { middlewares: [retainSearchParams(['country'])] },
  component: LanguageLayout,
  notFoundComponent: () => (
    <AppShell tools={<LanguageSwitcher />}>
      <NotFoundView />
    </AppShell>
  ),
  errorComponent: ({ reset }) => (
    <AppShell tools={<LanguageSwitcher />}>
      <ErrorView onRetry={reset} />
    </AppShell>
  ),
})

function LanguageLayout() {
  return (
    <AppShell tools={<LanguageSwitcher />}>
      <LanguageDocument />
      <Outlet />
    </AppShell>
  )
}
