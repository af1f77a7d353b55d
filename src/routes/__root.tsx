import { createRootRoute, Outlet } from '@tanstack/react-router'
import { AppShell } from '../components/AppShell.tsx'
import { ErrorView, NotFoundView } from '../components/StatusView.tsx'
import '../styles/global.css'

export const Route = createRootRoute({
  component: Outlet,
  // Paths that match no route at all still get the full frame and ways back.
  notFoundComponent: () => (
    <AppShell>
      <NotFoundView />
    </AppShell>
  ),
  errorComponent: ({ reset }) => (
    <AppShell>
      <ErrorView onRetry={reset} />
    </AppShell>
  ),
})
