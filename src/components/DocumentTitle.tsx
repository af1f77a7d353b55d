import { useRouterState, type AnyRouteMatch } from '@tanstack/react-router'
import { useEffect } from 'react'
import { LOCALES, type Locale } from '../content/types.ts'
import { headTitle, notFoundTitle } from '../lib/head.ts'
import { interfaceText } from '../lib/i18n.ts'
import { DEFAULT_LOCALE } from '../lib/locale.ts'

/**
 * Sets the tab title after each navigation, from the heads the routes declare
 * (src/lib/head.ts): the deepest match's; the not-found title (the one the root's head and
 * 404.html carry) when the address is not found; the error title when a view failed to load
 * (a view that throws while rendering sets its own: see ErrorView). Prerendered pages already
 * carry the same title in `<head>` (the prerenderer reads the same heads), so this changes
 * nothing on first load. A React `<title>` element would instead be rendered into #root by react-dom/server,
 * where it does not belong and where hydration has to skip over it.
 */
export function DocumentTitle() {
  const title = useRouterState({ select: (state) => titleOf(state.matches) })
  useEffect(() => {
    // Not rewritten with the title it already has: on a prerendered page, hydration then
    // changes nothing in the document (tests/e2e/static.spec.ts checks that).
    if (title !== undefined && document.title !== title) document.title = title
  }, [title])
  return null
}

function titleOf(matches: readonly AnyRouteMatch[]): string | undefined {
  // The not-found and error views stand in for a page whose head never ran (the matches
  // below the not-found one stay pending) or ran for a page that then turned out to be
  // missing: their titles come from the address's language.
  if (matches.some((match) => match.status === 'notFound' || match._notFound === true))
    return notFoundTitle(localeOf(matches))
  if (matches.some((match) => match.status === 'error')) {
    const t = interfaceText(localeOf(matches))
    return t.documentTitle(t.errorTitle)
  }
  if (matches.some((match) => match.status === 'pending')) return undefined
  const headed = matches.findLast((match) => headTitle(match) !== undefined)
  return headed && headTitle(headed)
}

/** The root's beforeLoad puts the address's language (or the default) in its context. */
function localeOf(matches: readonly AnyRouteMatch[]): Locale {
  const context: unknown = matches[0]?.context
  const locale =
    typeof context === 'object' && context !== null && 'locale' in context
      ? context.locale
      : undefined
  return LOCALES.find((l) => l === locale) ?? DEFAULT_LOCALE
}
