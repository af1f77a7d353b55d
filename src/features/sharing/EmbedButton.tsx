import { useEffect, useRef, useState } from 'react'
import { useMessages } from '../../components/useLocale.ts'
import { embedSnippet } from '../../lib/embed.ts'
import styles from './ShareButton.module.css'

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; snippet: string }

interface Props {
  /** The embed's address for the view on screen (base path and search included), at click time. */
  embedPath: () => string
  /** The frame's title, in the page's language: what a screen reader says for the frame. */
  title: string
}

/**
 * Copies a ready `<iframe>` for the view on screen (language, filters, range, open event), to
 * paste into another site. Confirmed in a status region like "Copy link"; where the clipboard
 * is refused, the code is shown selected for copying by hand.
 */
export function EmbedButton({ embedPath, title }: Props) {
  const t = useMessages()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const fallbackRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (state.kind === 'failed') fallbackRef.current?.select()
    if (state.kind !== 'copied') return
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), 4000)
    return () => window.clearTimeout(timer)
  }, [state])

  async function copy() {
    // Absolute, from the address the reader is on: the frame must load from this site
    // wherever it is pasted.
    const src = new URL(embedPath(), window.location.href).href
    const snippet = embedSnippet({ src, title })
    try {
      await navigator.clipboard.writeText(snippet)
      setState({ kind: 'copied' })
    } catch {
      setState({ kind: 'failed', snippet })
    }
  }

  return (
    <div className={styles.share} data-print="hide">
      <button type="button" className={styles.button} onClick={() => void copy()}>
        <svg viewBox="0 0 20 20" aria-hidden="true" className={styles.icon}>
          <path
            d="M7 6l-4 4 4 4M13 6l4 4-4 4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {t.embed}
      </button>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' && <>✓ {t.embedCopied}</>}
      </span>
      {state.kind === 'failed' && (
        <label className={styles.fallback}>
          {t.embedCopyFailed}
          <textarea ref={fallbackRef} readOnly rows={3} value={state.snippet} />
        </label>
      )}
    </div>
  )
}
