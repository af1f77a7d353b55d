import type { CountryCode } from '../content/types.ts'
import styles from './Flag.module.css'

// Drawn flags: flag emoji do not render on many Linux and Windows systems. Decorative
// only; the country's name always stands next to it.
export function Flag({ country }: { country: CountryCode }) {
  return (
    <svg className={styles.flag} viewBox="0 0 30 20" aria-hidden="true" focusable="false">
      {country === 'FR' ? (
        <>
          <rect width="10" height="20" fill="#002654" />
          <rect x="10" width="10" height="20" fill="#ffffff" />
          <rect x="20" width="10" height="20" fill="#ce1126" />
        </>
      ) : (
        <>
          <rect width="30" height="20" fill="#ffffff" />
          <circle cx="15" cy="10" r="6" fill="#bc002d" />
        </>
      )}
      <rect width="30" height="20" fill="none" stroke="rgb(0 0 0 / 25%)" strokeWidth="1" />
    </svg>
  )
}
