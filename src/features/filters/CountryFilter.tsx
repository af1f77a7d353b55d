import { memo } from 'react'
import { Link } from '@tanstack/react-router'
import { Flag } from '../../components/Flag.tsx'
import { useMessages } from '../../components/useLocale.ts'
import { COUNTRIES, type CountryCode } from '../../content/types.ts'
import styles from '../../components/FilterGroup.module.css'

interface Props {
  country: CountryCode | undefined
  counts: Readonly<Record<CountryCode | 'all', number>>
  shown: number
}

/**
 * The filter is a set of links, not buttons: each choice is a URL that can be opened,
 * shared and reloaded, and it works before JavaScript has loaded.
 */
function CountryFilterView({ country, counts, shown }: Props) {
  const t = useMessages()
  const options: readonly (CountryCode | undefined)[] = [undefined, ...COUNTRIES]
  return (
    <div className={styles.filter}>
      <p className={styles.legend} id="country-filter-label">
        {t.filterLegend}
      </p>
      <ul className={styles.options} aria-labelledby="country-filter-label">
        {options.map((option) => {
          return (
            <li key={option ?? 'all'}>
              {/* Exact: by default the router counts "/" as active on "/?country=FR" too,
                  and marks the active link aria-current="page" whatever we pass. */}
              <Link
                to="."
                search={(prev) => ({ ...prev, country: option })}
                resetScroll={false}
                className={styles.option}
                activeOptions={{ exact: true }}
              >
                {option && <Flag country={option} />}
                <span>{option ? t.countryNames[option] : t.filterAll}</span>
                <span className={styles.count}>{t.filterCount(counts[option ?? 'all'])}</span>
              </Link>
            </li>
          )
        })}
      </ul>
      <p className={styles.status} role="status">
        {t.filterStatus(shown, country)}
        {country !== undefined && (
          <>
            {' '}
            <Link
              to="."
              search={(prev) => ({ ...prev, country: undefined })}
              resetScroll={false}
              className={styles.reset}
            >
              {t.filterReset}
            </Link>
          </>
        )}
      </p>
    </div>
  )
}

// Memoised: the filters and exports stay as they are while the reader moves between events.
export const CountryFilter = memo(CountryFilterView)
