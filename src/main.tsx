import { RouterProvider } from '@tanstack/react-router'
import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { LANGUAGE_CHOICE_KEY } from './features/i18n/LanguageSwitcher.tsx'
import { canonicalPathname } from './lib/address.ts'
import { parseSearch, stringifySearch } from './lib/search.ts'
import { langParam, preferredLocale, servedLocale } from './lib/locale.ts'
import { createAppRouter } from './router.tsx'

const APP_READY = 'app-ready'

/**
 * Puts the view's one address in the bar before anything reads it, and says whether to start
 * the app here. A host that serves a page for another form of its address
 * (`/events/plenary/`, `/delegations/FR`) leaves that form in the bar: the page is the view,
 * so only the address changes, as the project's own server would have redirected. A host that
 * serves 404.html for it said "not found" in the status: the browser then asks for the
 * canonical address itself, so that status and screen agree either way. Query keys the app
 * does not read are dropped; the router then drops values it does not know, but keeps the
 * query text as it came when the values parse the same.
 */
function canonicalAddress(root: HTMLElement): boolean {
  const { pathname, search, hash } = window.location
  const path = canonicalPathname(pathname, import.meta.env.BASE_URL)
  const query = stringifySearch(parseSearch(search))
  if (path !== undefined && root.dataset.path === undefined) {
    window.location.replace(`${path}${query}${hash}`)
    return false
  }
  if (path !== undefined || query !== search) {
    window.history.replaceState(null, '', `${path ?? pathname}${query}${hash}`)
  }
  return true
}

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
  const locale = stored === null ? preferredLocale(navigator.languages) : servedLocale(stored)
  const segment = locale === undefined ? undefined : langParam(locale)
  return segment === undefined ? undefined : `${base}${segment}`
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const startHere = canonicalAddress(container)
const redirectTo = startHere ? languageRedirect() : undefined
if (redirectTo) window.history.replaceState(null, '', redirectTo)

/**
 * Whether the prerendered markup is this address's view. The prerenderer marks each page with
 * the path it rendered; a static host also serves 404.html (unmarked) for any missing address,
 * and a file cannot vary with the query string (?country=JP), so those views differ.
 */
function markupIsThisView(root: HTMLElement): boolean {
  const rendered = root.dataset.path
  if (rendered === undefined || redirectTo || window.location.search) return false
  const trim = (path: string) => path.replace(/\/+$/, '')
  return trim(rendered) === trim(window.location.pathname)
}

/**
 * Lets the browser handle input and paint between start-up steps. The prerendered page is
 * readable before any script runs; splitting start-up into shorter tasks (evaluating the
 * scripts, then creating the router and its first load, then hydration, in slices of its
 * own) means a scroll meanwhile waits for one step, not for all of them.
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Calls back once its children are on screen: the app's first commit. */
function Rendered({ children, onRendered }: { children: ReactNode; onRendered: () => void }) {
  useEffect(onRendered, [onRendered])
  return children
}

/**
 * What the first commit does: the root takes input again, and a performance mark, `app-ready`,
 * says that every effect of the first commit has run (a parent's effect runs after its
 * children's), so the keyboard's listeners are attached. Hydration runs in slices (below), so
 * React's own marks on the markup appear before it has finished; the end-to-end tests and the
 * bench wait for this instead. A mark rather than an attribute: it changes nothing in the
 * document (static.spec checks that hydration writes nothing), and it shows in traces.
 */
function whenRendered(container: HTMLElement): () => void {
  return () => {
    container.inert = false
    performance.mark(APP_READY)
  }
}

async function start(container: HTMLElement) {
  const hasMarkup = container.firstElementChild !== null
  // Prerendered pages already hold the markup: hydrate it once the route's code has loaded,
  // so the page never flashes. Markup of another view is replaced in one commit, also only
  // once the code has loaded, so the page never goes blank.
  const hydrate = hasMarkup && markupIsThisView(container)
  // Only a page that hydrates may wait: React replays a click that arrives while it hydrates,
  // but markup that is about to be replaced ignores clicks until the app has rendered.
  if (hydrate) await yieldToMain()
  // Markup of another view (a filtered address, 404.html) would take clicks and focus that go
  // nowhere until the app has rendered over it; inert until then, as the app's own view.
  else if (hasMarkup) container.inert = true
  const router = createAppRouter()
  const app = (
    <Rendered onRendered={whenRendered(container)}>
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>
    </Rendered>
  )

  // Without markup (dev server), render at once.
  if (!hasMarkup) {
    createRoot(container).render(app)
    return
  }
  // The server rendering leaves out the Suspense boundary a browser-only app gets at the top;
  // marking the router as server-rendered makes it build the same tree, so hydration matches.
  if (hydrate) router.ssr = { manifest: undefined }
  await router.load()
  // The reader may have gone back or forward while the code loaded; the markup is then
  // another view's, so replace it.
  if (!hydrate || !markupIsThisView(container)) {
    createRoot(container).render(app)
    return
  }
  const hydratedHref = window.location.href
  // Hydration as a transition: React then renders the page in slices of about 5 ms and lets
  // the browser handle input and paint between them, where at its default priority it
  // hydrated the whole page in one task (React 19 time-slices transition lanes only): on `/`
  // a task of 97–113 ms at 4× CPU, now 50–54 ms (the commit, which cannot be sliced), as
  // Total Blocking Time counts them (docs/performance.md). A click or key that arrives
  // meanwhile is not lost: React hydrates the page at once, synchronously, then hands it on.
  startTransition(() => {
    hydrateRoot(container, app, {
      // The same race while hydration is under way: React then renders the new view from
      // scratch, which is the right result. Any other mismatch is a bug, reported as React
      // would by default.
      onRecoverableError(error) {
        if (window.location.href === hydratedHref) reportError(error)
      },
    })
  })
}

if (startHere) void start(container)
