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
import { ShareButton } from '../../features/sharing/ShareButton.tsx'
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
  search: { middlewares: [retainSearchParams(['country', 'topic'])] },
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
