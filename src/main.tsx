import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { LANGUAGE_CHOICE_KEY } from './features/i18n/LanguageSwitcher.tsx'
import { preferredLocale } from './lib/locale.ts'
import { createAppRouter } from './router.tsx'

/**
 * Only a bare visit to the site root may follow the browser's languages, and only when the
 * reader has not chosen one before. The result is an explicit /fr/ or /ja/ URL, so what they
 * then share says which language it is in.
 */
function languageRedirect(): string | undefined {
  const base = import.meta.env.BASE_URL
  if (window.location.pathname !== base || window.location.search || window.location.hash)
    return undefined
  let stored: string | null = null
  try {
    stored = localStorage.getItem(LANGUAGE_CHOICE_KEY)
  } catch {
    stored = null
  }
  const locale = stored ?? preferredLocale(navigator.languages)
  return locale === 'fr' || locale === 'ja' ? `${base}${locale}` : undefined
}

const redirectTo = languageRedirect()
if (redirectTo) window.history.replaceState(null, '', redirectTo)

const router = createAppRouter()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
)

// Prerendered pages already hold the markup: hydrate it once the route's code has loaded,
// so the page never flashes. Otherwise render from scratch.
if (container.firstElementChild && !redirectTo) {
  void router.load().then(() => hydrateRoot(container, app))
} else {
  createRoot(container).render(app)
}
