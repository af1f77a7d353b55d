import { useEffect } from 'react'
import { useLocale } from '../../components/useLocale.ts'
import { INTL_TAG } from '../../lib/locale.ts'

/** Keeps `<html lang>` in step with the URL's language, for screen readers and CJK fonts. */
export function LanguageDocument() {
  const locale = useLocale()
  useEffect(() => {
    const root = document.documentElement
    // Written only when it changes. Blink treats any write as a change of language for the
    // whole page (the styles have `:lang()` rules), even the same value the prerendered page
    // already has: on hydration, that restyled every element, which Lighthouse's trace (it
    // records each style invalidation) counted as a 150 ms task of React's (issue 13).
    if (root.lang !== INTL_TAG[locale]) root.lang = INTL_TAG[locale]
  }, [locale])
  return null
}
