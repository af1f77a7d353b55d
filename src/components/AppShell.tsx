import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { langParam } from '../lib/locale.ts'
import { MAIN_ID, PageMain } from './PageMain.tsx'
import styles from './AppShell.module.css'
import { Flag } from './Flag.tsx'
import { useLocale, useMessages } from './useLocale.ts'

/** Page frame: skip link, banner with navigation and the language switcher, main, footer. */
export function AppShell({ tools, children }: { tools?: ReactNode; children: ReactNode }) {
  const t = useMessages()
  const lang = langParam(useLocale())
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
                >
                  {t.navTimeline}
                </Link>
              </li>
              <li>
                <Link
                  to="/{-$lang}/delegations"
                  params={{ lang }}
                  activeOptions={{ includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {t.navDelegations}
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
