// One address per view. Forms of it that a person might type or paste (`/events/plenary/`,
// `/events/plenary.html`, `/fr/index.html`, `/delegations/FR`, `/en/source`) mean that view;
// scripts/static-host.js redirects them with a 301, and the app does the same on hosts that
// do not (src/main.tsx). Both apply one rule, written once in canonical-path.js.
import { canonicalPath } from './canonical-path.js'

/**
 * The address to show instead of `pathname` (which includes `base`), or undefined when it is
 * canonical already or is no page's address at all: empty segments (`//x/`) and encoded
 * slashes (`/events%2fplenary`) stay as they are, and the router calls them not found.
 */
export function canonicalPathname(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined
  const inside = `/${pathname.slice(base.length)}`
  if (/\/\/|%2f|%5c/i.test(inside.replace(/\/+$/, ''))) return undefined
  const canonical = canonicalPath(inside)
  return canonical === inside ? undefined : `${base}${canonical.slice(1)}`
}
