import { memo, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { Flag } from '../../components/Flag.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { CountryCode } from '../../content/types.ts'
import type { Facet, FacetCounts, FacetId } from '../../lib/facets.ts'
import styles from '../../components/FilterGroup.module.css'

/**
 * Pictures drawn before a choice's name, for the facets that have them. Keyed by facet, so a
 * new facet needs no entry; the name always stands beside the picture.
 */
const OPTION_ICONS: { readonly [Id in FacetId]?: (value: string) => ReactNode } = {
  // The country facet's values are country codes: its schema lets nothing else through.
  country: (value) => <Flag country={value as CountryCode} />,
}

interface Props {
  facet: Facet
  /** The facet's current value, from the address. */
  value: string | undefined
  /** Events per choice, within the other filters (`all`: this facet unset). */
  counts: FacetCounts
  /** Events the filters show now. */
  shown: number
}

/**
 * One filter from the registry (src/lib/facets.ts). The filter is a set of links, not buttons:
 * each choice is a URL that can be opened, shared and reloaded, that keeps the other filters
 * (?country=JP&topic=industry), and that works before JavaScript has loaded.
 */
function FacetFilterView({ facet, value, counts, shown }: Props) {
  const t = useMessages()
  const locale = useLocale()
  const labelId = `${facet.id}-filter-label`
  const options: readonly (string | undefined)[] = [undefined, ...facet.options]
  const icon = OPTION_ICONS[facet.id as FacetId]
  const status = facet.status(
    t,
    shown,
    value,
    value === undefined ? undefined : facet.label(value, t, locale),
  )
  return (
    <div className={styles.filter} data-print="hide">
      <p className={styles.legend} id={labelId}>
        {t[facet.text.legend]}
      </p>
      <ul className={styles.options} aria-labelledby={labelId}>
        {options.map((option) => (
          <li key={option ?? 'all'}>
            {/* Exact: by default the router counts "/" as active on "/?country=FR" too, and
                "All topics" as current on every topic; it marks the active link
                aria-current="page" whatever we pass. */}
            <Link
              to="."
              search={(prev) => ({ ...prev, [facet.id]: option })}
              resetScroll={false}
              className={styles.option}
              activeOptions={{ exact: true }}
              title={option === undefined ? undefined : facet.hint?.(option, locale)}
            >
              {option !== undefined && icon?.(option)}
              <span>
                {option === undefined ? t[facet.text.all] : facet.label(option, t, locale)}
              </span>
              <span className={styles.count}>{t.filterCount(counts[option ?? 'all'] ?? 0)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {(status !== undefined || facet.announcesShown) && (
        <p className={styles.status} role={facet.announcesShown ? 'status' : undefined}>
          {status}
          {value !== undefined && (
            <>
              {' '}
              <Link
                to="."
                search={(prev) => ({ ...prev, [facet.id]: undefined })}
                resetScroll={false}
                className={styles.reset}
              >
                {t[facet.text.reset]}
              </Link>
            </>
          )}
        </p>
      )}
    </div>
  )
}

// Memoised: the filters and exports stay as they are while the reader moves between events.
export const FacetFilter = memo(FacetFilterView)
