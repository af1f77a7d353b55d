import type { DateValue, Locale } from '../content/types.ts'
import { INTL_TAG } from './locale.ts'

// One place formats dates. UTC throughout: content dates are calendar days, and formatting
// them in a reader's local zone could move them by a day.
const dayFormat = new Map<Locale, Intl.DateTimeFormat>()
const monthFormat = new Map<Locale, Intl.DateTimeFormat>()

function cached(
  cache: Map<Locale, Intl.DateTimeFormat>,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { ...options, timeZone: 'UTC' })
    cache.set(locale, format)
  }
  return format
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

export function formatDateValue(value: DateValue, locale: Locale): string {
  const days = cached(dayFormat, locale, { day: 'numeric', month: 'long', year: 'numeric' })
  switch (value.precision) {
    case 'day':
      return days.format(utc(value.date))
    case 'range':
      return days.formatRange(utc(value.start), utc(value.end))
    case 'month':
      return cached(monthFormat, locale, { month: 'long', year: 'numeric' }).format(
        utc(`${value.month}-01`),
      )
  }
}

/** The machine-readable form for `<time datetime>`: a day, a month, or the range's first day. */
export function datetimeAttribute(value: DateValue): string {
  switch (value.precision) {
    case 'day':
      return value.date
    case 'range':
      return value.start
    case 'month':
      return value.month
  }
}
