import type { DateValue } from '../content/types.ts'
import { localeInfo, type Locale } from '../core/locales.ts'

// One place formats dates, from the month names and patterns in the locale table
// (src/lib/locales.ts) rather than Intl.DateTimeFormat: the first DateTimeFormat a page
// creates makes Chromium load its ICU data, which costs 40–70 ms of main thread on a fast
// laptop (160–280 ms under the bench's 4× CPU throttling), all of it during hydration. Two
// shapes (day, month) per language are small enough to write down, and
// tests/unit/i18n.test.ts checks every day of several years against Intl in en-GB, fr-FR and
// ja-JP. Content dates are calendar days (ISO strings), so no time zone can move them.

interface Parts {
  year: string
  month: number
  day: number
}

function parts(iso: string): Parts {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }
}

/** "19 January 2023", "19 janvier 2023", "2023年1月19日". */
function formatDay(iso: string, locale: Locale): string {
  const { year, month, day } = parts(iso)
  return localeInfo(locale).dates.day(year, month, String(day))
}

export function formatDateValue(value: DateValue, locale: Locale): string {
  switch (value.precision) {
    case 'day':
      return formatDay(value.date, locale)
    case 'range':
      return formatDayRange(value.start, value.end, locale)
    case 'month': {
      const { year, month } = parts(`${value.month}-01`)
      return localeInfo(locale).dates.month(year, month)
    }
  }
}

/** 19–21 May 2023, 19–21 mai 2023, 2023年5月19日～21日; across months, two full dates. */
function formatDayRange(start: string, end: string, locale: Locale): string {
  const { dates } = localeInfo(locale)
  if (start === end) return formatDay(start, locale)
  if (start.slice(0, 7) !== end.slice(0, 7))
    return `${formatDay(start, locale)} ${dates.rangeDash} ${formatDay(end, locale)}`
  const from = parts(start)
  return dates.daysInMonth(from.year, from.month, from.day, parts(end).day)
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

/** A tick on the time axis: the day of the month alone, "19" or "19日". */
export function formatDayOfMonth(iso: string, locale: Locale): string {
  const { day } = parts(iso)
  return localeInfo(locale).dates.dayOfMonth(day)
}

/** A phone's tick where the month changes: "6 May", "6 mai", "5月6日". */
export function formatDayAndMonth(iso: string, locale: Locale): string {
  const { month, day } = parts(iso)
  return localeInfo(locale).dates.dayAndMonth(month, day)
}
