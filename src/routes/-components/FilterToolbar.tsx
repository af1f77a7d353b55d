import type { ReactNode } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { chosenFacets, type FacetSelection } from '../../lib/facets.ts'
import styles from './FilterToolbar.module.css'

interface Props {
  selection: FacetSelection
  children: ReactNode
}

/**
 * Filters, topics and downloads in one toolbar. On a phone it is a disclosure whose summary
 * states the active filters ("Japan · Industry"), so that the axis and the open event reach
 * the first screen; on wider screens it is always open and the summary is not shown. A native
 * <details>: it opens and closes without scripts.
 */
export function FilterToolbar({ selection, children }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const active = chosenFacets(selection, t, locale).map((chosen) => chosen.label)
  return (
    <details className={styles.toolbar}>
      <summary className={styles.summary}>
        <span className={styles.label}>{t.toolbarLabel}</span>{' '}
        <span className={styles.active}>{active.join(' · ') || t.toolbarAll}</span>
      </summary>
      <div className={styles.content}>{children}</div>
    </details>
  )
}
