import { Link, useMatch } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { langParam } from '../lib/locale.ts'
import { MAIN_ID, PageMain } from './PageMain.tsx'
import styles from './AppShell.module.css'
import { Flag } from './Flag.tsx'
import { useLocale, useMessages } from './useLocale.ts'

/** Selects only whether a route is matched: the shell re-renders when that changes, not with
 * every change of the match (its search, its loader's data). */
const matched = () => true

/** Page frame: skip link, banner with navigation and the language switcher, main, footer. */
export function AppShell({ tools, children }: { tools?: ReactNode; children: ReactNode }) {
  const t = useMessages()
  const lang = langParam(useLocale())
  // A section's link is the page (aria-current="page", which the router sets) only on the
  // section's own address; on a page inside it (an event, a delegation) it says "you are in
  // this section" (aria-current="true"), so a reader on an event page still sees, and hears,
  // where they are.
  const inTimeline = useMatch({ from: '/{-$lang}/_timeline', shouldThrow: false, select: matched })
  const inDelegation = useMatch({
    from: '/{-$lang}/delegations/$delegationId',
    shouldThrow: false,
    select: matched,
  })
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href={`#${MAIN_ID}`}>
        {t.skipToContent}
      </a>
      <header className={styles.banner}>
        <div className={styles.bannerInner}>
          <Link to="/{-$lang}" params={{ lang }} className={styles.brand}>
            <span className={styles.brandFlags} aria-hidden="true">
              <Flag country="FR" />
              <Flag country="JP" />
            </span>
            <span className={styles.brandText}>
              <span className={styles.title}>{t.siteTitle}</span>
              <span className={styles.tagline}>{t.siteTagline}</span>
            </span>
          </Link>
          <nav aria-label={t.mainNav} className={styles.nav}>
            <ul>
              <li>
                <Link
                  to="/{-$lang}"
                  params={{ lang }}
                  activeOptions={{ exact: true, includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                  aria-current={inTimeline === true ? 'true' : undefined}
                >
                  {t.navTimeline}
                </Link>
              </li>
              <li>
                <Link
                  to="/{-$lang}/delegations"
                  params={{ lang }}
                  activeOptions={{ exact: true, includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                  aria-current={inDelegation === true ? 'true' : undefined}
                >
                  {t.navDelegations}
                </Link>
              </li>
              <li>
                <Link
                  to="/{-$lang}/rounds"
                  params={{ lang }}
                  activeOptions={{ includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {t.navRounds}
                </Link>
              </li>
              <li>
                <Link
                  to="/{-$lang}/source"
                  params={{ lang }}
                  activeOptions={{ includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {t.navSource}
                </Link>
              </li>
            </ul>
          </nav>
          {tools}
        </div>
      </header>
      <PageMain className={styles.main}>{children}</PageMain>
    </div>
  )
}
