import type { CountryCode } from '../content/types.ts'
import { Flag } from './Flag.tsx'
import styles from './CountryTag.module.css'
import { useMessages } from './useLocale.ts'

/** A country's flag and name, optionally followed by its role in an event. */
export function CountryTag({ country, role }: { country: CountryCode; role?: string | undefined }) {
  const t = useMessages()
  return (
    <span className={styles.tag} data-country={country}>
      <Flag country={country} />
      <span>{t.countryNames[country]}</span>
      {role !== undefined && <span className={styles.role}>{role}</span>}
    </span>
  )
}
