import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useMessages } from '../../components/useLocale.ts'
import styles from './ShareButton.module.css'

type State =
  { kind: 'idle' } | { kind: 'shared' } | { kind: 'copied' } | { kind: 'failed'; url: string }

const noSubscription = () => () => {}

/**
 * Whether the browser offers its own share sheet. The server and the first (hydrating)
 * render assume it does not, so prerendered markup always matches; the label switches
 * right after hydration on browsers that have one.
 */
function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  )
}

/**
 * Shares the address of exactly what is on screen: the URL holds the whole view state, and
 * the router keeps default values out of it, so the link is both exact and minimal.
 */
export function ShareButton() {
  const t = useMessages()
  const canShare = useCanShare()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const fallbackRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (state.kind === 'failed') fallbackRef.current?.select()
    if (state.kind !== 'copied' && state.kind !== 'shared') return
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), 4000)
    return () => window.clearTimeout(timer)
  }, [state])

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setState({ kind: 'copied' })
    } catch {
      setState({ kind: 'failed', url })
    }
  }

  async function share() {
    // The address bar is the state: sharing it is exact by construction.
    const url = window.location.href
    if (canShare) {
      try {
        await navigator.share({ title: document.title, url })
        setState({ kind: 'shared' })
        return
      } catch (error) {
        // The reader closed the share sheet: nothing to confirm, nothing to fall back to.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    await copy(url)
  }

  return (
    <div className={styles.share} data-print="hide">
      <button type="button" className={styles.button} onClick={() => void share()}>
        <svg viewBox="0 0 20 20" aria-hidden="true" className={styles.icon}>
          {canShare ? (
            <path
              d="M10 3v10M6 7l4-4 4 4M4 11v5a1 1 0 001 1h10a1 1 0 001-1v-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : (
            <path
              d="M8 12l4-4M7 9.5l-2 2a2.8 2.8 0 004 4l2-2M13 10.5l2-2a2.8 2.8 0 00-4-4l-2 2"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
            />
          )}
        </svg>
        {canShare ? t.share : t.copyLink}
      </button>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' && <>✓ {t.linkCopied}</>}
        {state.kind === 'shared' && <>✓ {t.linkShared}</>}
      </span>
      {state.kind === 'failed' && (
        <label className={styles.fallback}>
          {t.copyFailed}
          <input ref={fallbackRef} readOnly value={state.url} />
        </label>
      )}
    </div>
  )
}
