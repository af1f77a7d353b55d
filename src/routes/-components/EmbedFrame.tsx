import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { PageMain } from '../../components/PageMain.tsx'
import { Flag } from '../../components/Flag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './EmbedFrame.module.css'

/**
 * The frame of an embed (/embed/…): no site navigation, language switcher or share buttons,
 * which make no sense inside another site's page; the site's name and one link to the same
 * view on the full site. That link opens a new tab, so that the reader keeps the page that
 * embeds the timeline; the filters and the axis's range go with it.
 */
export function EmbedFrame({
  eventId,
  children,
}: {
  eventId: string | undefined
  children: ReactNode
}) {
  const t = useMessages()
  const lang = langParam(useLocale())
  return (
    <div className={styles.frame}>
      <header className={styles.bar}>
        <p className={styles.brand}>
          <span className={styles.flags} aria-hidden="true">
            <Flag country="FR" />
            <Flag country="JP" />
          </span>
          {t.siteTitle}
        </p>
        <Link
          to={eventId === undefined ? '/{-$lang}' : '/{-$lang}/events/$eventId'}
          params={{ lang, eventId }}
          search={(prev) => prev}
          target="_blank"
          rel="noopener"
          className={styles.full}
        >
          {t.embedOpenFull}
          <span className="visually-hidden">{t.aside(t.embedNewTab)}</span>
          <span aria-hidden="true"> ↗</span>
        </Link>
      </header>
      <PageMain className={styles.main}>{children}</PageMain>
    </div>
  )
}
