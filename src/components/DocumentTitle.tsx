import { useRouterState, type AnyRouteMatch } from '@tanstack/react-router'
import { useEffect } from 'react'
import type { Locale } from '../content/types.ts'
import { headTitle } from '../lib/head.ts'
import { interfaceText } from '../lib/i18n.ts'
import { DEFAULT_LOCALE } from '../lib/locale.ts'

/**
 * Sets the tab title after each navigation, from the heads the routes declare
 * (src/lib/head.ts): the deepest match's, the root's not-found head when the address is not
 * found, the error title when a view failed to load. Prerendered pages already carry the same
 * title in `<head>` (the prerenderer reads the same heads), so this changes nothing on first
 * load. A React `<title>` element would instead be rendered into #root by react-dom/server,
 * where it does not belong and where hydration has to skip over it.
 */
export function DocumentTitle() {
  const title = useRouterState({ select: (state) => titleOf(state.matches) })
  useEffect(() => {
    if (title !== undefined) document.title = title
  }, [title])
  return null
}

function titleOf(matches: readonly AnyRouteMatch[]): string | undefined {
  const root = matches[0]
  if (!root || matches.some((match) => match.status === 'pending')) return undefined
  if (matches.some((match) => match.status === 'notFound' || match._notFound === true))
    return headTitle(root)
  if (matches.some((match) => match.status === 'error')) {
    const t = interfaceText((root.context as { locale?: Locale }).locale ?? DEFAULT_LOCALE)
    return t.documentTitle(t.errorTitle)
  }
  const headed = matches.findLast((match) => headTitle(match) !== undefined)
  return headed && headTitle(headed)
}
