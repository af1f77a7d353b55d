import { useEffect } from 'react'
import { useLocale } from '../../components/useLocale.ts'
import { INTL_TAG } from '../../lib/locale.ts'

/** Keeps `<html lang>` in step with the URL's language, for screen readers and CJK fonts. */
export function LanguageDocument() {
  const locale = useLocale()
  useEffect(() => {
    document.documentElement.lang = INTL_TAG[locale]
  }, [locale])
  return null
}
