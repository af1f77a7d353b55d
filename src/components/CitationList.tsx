import type { Citation as CitationData } from '../content/types.ts'
import { Citation } from './Citation.tsx'
import styles from './CitationList.module.css'
import { useMessages } from './useLocale.ts'

/**
 * Several citations behind one disclosure: lists of people and bodies stay scannable, and
 * every source is still one click (or Enter) away. Native <details> works without script.
 */
export function CitationList({ cites }: { cites: readonly CitationData[] }) {
  const t = useMessages()
  if (cites.length === 0) return null
  return (
    <details className={styles.list}>
      <summary className={styles.summary}>{t.sourcesCount(cites.length)}</summary>
      {cites.map((cite, i) => (
        <Citation key={i} cite={cite} />
      ))}
    </details>
  )
}
