import { Link } from '@tanstack/react-router'
import { useMessages } from '../../components/useLocale.ts'
import { LOCALES } from '../../content/types.ts'
import { loadLocale } from '../../lib/i18n.ts'
import { INTL_TAG, langParam } from '../../lib/locale.ts'
import { localeInfo } from '../../core/locales.ts'
import styles from './LanguageSwitcher.module.css'

export const LANGUAGE_CHOICE_KEY = 'language-choice'

/** Same view, same filter, other language: only the language segment of the URL changes. */
export function LanguageSwitcher() {
  const t = useMessages()
  return (
    <nav aria-label={t.languageLabel} className={styles.switcher}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <Link
              to="."
              params={(prev) => ({ ...prev, lang: langParam(locale) })}
              search={(prev) => prev}
              hash={(prev) => prev ?? ''}
              resetScroll={false}
              hrefLang={INTL_TAG[locale]}
              lang={locale}
              className={styles.link}
              // Fetch the language's text as soon as the reader heads for it, so the switch
              // itself waits for nothing (the router preloads the route's code the same way).
              onPointerEnter={() => void loadLocale(locale)}
              onFocus={() => void loadLocale(locale)}
              onClick={() => {
                // An explicit choice: remember it so a later bare visit to / keeps it.
                try {
                  localStorage.setItem(LANGUAGE_CHOICE_KEY, locale)
                } catch {
                  // Storage may be disabled; the URL still carries the language.
                }
              }}
            >
              {localeInfo(locale).nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
