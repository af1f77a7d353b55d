import { Link } from '@tanstack/react-router'
import { useEffect, type ReactNode } from 'react'
import { langParam } from '../lib/locale.ts'
import styles from './StatusView.module.css'
import { useLocale, useMessages } from './useLocale.ts'

/** The shared frame of the not-found and error views: a heading, a message, ways back. */
export function StatusView({
  title,
  children,
  actions,
}: {
  title: string
  children: ReactNode
  actions?: ReactNode
}) {
  const t = useMessages()
  const lang = langParam(useLocale())
  return (
    <section className={styles.status} aria-labelledby="status-title">
      <h1 id="status-title">{title}</h1>
      <div className={styles.body}>{children}</div>
      <ul className={styles.actions}>
        {actions}
        <li>
          <Link to="/{-$lang}" params={{ lang }}>
            {t.backToTimeline}
          </Link>
        </li>
        <li>
          <Link to="/{-$lang}/delegations/$delegationId" params={{ lang, delegationId: 'fr' }}>
            {t.viewDelegation(t.countryNames.FR)}
          </Link>
        </li>
        <li>
          <Link to="/{-$lang}/delegations/$delegationId" params={{ lang, delegationId: 'jp' }}>
            {t.viewDelegation(t.countryNames.JP)}
          </Link>
        </li>
      </ul>
    </section>
  )
}

export function NotFoundView({ message }: { message?: string }) {
  const t = useMessages()
  return (
    <StatusView title={t.notFoundTitle}>
      <p>{message ?? t.notFoundPage}</p>
    </StatusView>
  )
}

/** Shown instead of a crashed view. Never shows the error itself: readers need a way on, not a stack. */
export function ErrorView({ onRetry }: { onRetry?: () => void }) {
  const t = useMessages()
  const title = t.documentTitle(t.errorTitle)
  // A view that throws while rendering leaves every route match as it was, so the root's title
  // reader (DocumentTitle) still has the page's title: the tab says what the screen says here,
  // and gets the page's title back when the view recovers or the reader moves on.
  useEffect(() => {
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])
  return (
    <StatusView
      title={t.errorTitle}
      actions={
        onRetry && (
          <li>
            <button type="button" onClick={onRetry} className={styles.retry}>
              {t.errorRetry}
            </button>
          </li>
        )
      }
    >
      <p role="alert">{t.errorBody}</p>
    </StatusView>
  )
}
