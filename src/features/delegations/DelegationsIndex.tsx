import { useMessages } from '../../components/useLocale.ts'
import type { Delegation } from '../../content/types.ts'
import { DelegationPanel } from './DelegationPanel.tsx'
import styles from './DelegationsIndex.module.css'

/** Both panels side by side, or only the filtered country's. */
export function DelegationsIndex({ delegations }: { delegations: readonly Delegation[] }) {
  const t = useMessages()
  return (
    <div className={styles.index}>
      <h1 className={styles.heading}>{t.navDelegations}</h1>
      <div className={styles.panels} data-count={delegations.length}>
        {delegations.map((d) => (
          <DelegationPanel key={d.country} delegation={d} level={2} />
        ))}
      </div>
    </div>
  )
}
