import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../../components/useLocale.ts'
import styles from './CopyLinkButton.module.css'

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string }

/** Copies the address of exactly what is on screen; the URL holds the whole view state. */
export function CopyLinkButton() {
  const t = useMessages()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const fallbackRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (state.kind === 'failed') fallbackRef.current?.select()
    if (state.kind !== 'copied') return
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), 4000)
    return () => window.clearTimeout(timer)
  }, [state])

  async function copy() {
    // The address bar is the state: copying it is exact by construction.
    const url = window.location.href
    try {
      await navigator.clipboard.writeText(url)
      setState({ kind: 'copied' })
    } catch {
      setState({ kind: 'failed', url })
    }
  }

  return (
    <div className={styles.share}>
      <button type="button" className={styles.button} onClick={() => void copy()}>
        <svg viewBox="0 0 20 20" aria-hidden="true" className={styles.icon}>
          <path
            d="M8 12l4-4M7 9.5l-2 2a2.8 2.8 0 004 4l2-2M13 10.5l2-2a2.8 2.8 0 00-4-4l-2 2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        {t.copyLink}
      </button>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' && <>✓ {t.linkCopied}</>}
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
