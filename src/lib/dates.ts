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
      return formatDayRange(days, value.start, value.end, locale)
    case 'month':
      return cached(monthFormat, locale, { month: 'long', year: 'numeric' }).format(
        utc(`${value.month}-01`),
      )
  }
}

/**
 * Day ranges are composed from single-date parts rather than Intl's formatRange: ICU builds
 * differ (Node's gives "2023/05/19～2023/05/21" in Japanese), and the prerendered HTML must
 * match what the browser renders to the letter.
 */
function formatDayRange(
  days: Intl.DateTimeFormat,
  start: string,
  end: string,
  locale: Locale,
): string {
  const dash = locale === 'ja' ? '～' : '–'
  const from = days.formatToParts(utc(start))
  const to = days.formatToParts(utc(end))
  const sameMonth = start.slice(0, 7) === end.slice(0, 7)
  const lastDay = to.find((p) => p.type === 'day')?.value
  if (!sameMonth || lastDay === undefined || start === end) {
    return start === end
      ? days.format(utc(start))
      : `${days.format(utc(start))} ${dash} ${days.format(utc(end))}`
  }
  // Same month: keep the first date's wording and widen its day, e.g. 19–21 May 2023,
  // 19–21 mai 2023, 2023年5月19日～21日.
  return from
    .map((part) => {
      if (part.type !== 'day') return part.value
      return locale === 'ja' ? `${part.value}日${dash}${lastDay}` : `${part.value}${dash}${lastDay}`
    })
    .join('')
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
