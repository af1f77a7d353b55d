import type { DateValue, Locale } from '../content/types.ts'

// One place formats dates, from three small tables rather than Intl.DateTimeFormat: the first
// DateTimeFormat a page creates makes Chromium load its ICU data, which costs 40–70 ms of main
// thread on a fast laptop (160–280 ms under the bench's 4× CPU throttling), all of it during
// hydration. Three languages and two shapes (day, month) are small enough to write down, and
// tests/unit/i18n.test.ts checks every day of several years against Intl in en-GB, fr-FR and
// ja-JP. Content dates are calendar days (ISO strings), so no time zone can move them.

const MONTHS: Readonly<Record<Exclude<Locale, 'ja'>, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
}

interface Parts {
  year: string
  month: number
  day: number
}

function parts(iso: string): Parts {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }
}

function monthName(locale: Exclude<Locale, 'ja'>, month: number): string {
  return MONTHS[locale][month - 1] ?? String(month)
}

/** "19 January 2023", "19 janvier 2023", "2023年1月19日"; `day` may be a range of days. */
function dayText(locale: Locale, { year, month }: Parts, day: string): string {
  if (locale === 'ja') return `${year}年${month}月${day}日`
  return `${day} ${monthName(locale, month)} ${year}`
}

function formatDay(iso: string, locale: Locale): string {
  const date = parts(iso)
  return dayText(locale, date, String(date.day))
}

export function formatDateValue(value: DateValue, locale: Locale): string {
  switch (value.precision) {
    case 'day':
      return formatDay(value.date, locale)
    case 'range':
      return formatDayRange(value.start, value.end, locale)
    case 'month': {
      const { year, month } = parts(`${value.month}-01`)
      return locale === 'ja' ? `${year}年${month}月` : `${monthName(locale, month)} ${year}`
    }
  }
}

/** 19–21 May 2023, 19–21 mai 2023, 2023年5月19日～21日; across months, two full dates. */
function formatDayRange(start: string, end: string, locale: Locale): string {
  const dash = locale === 'ja' ? '～' : '–'
  if (start === end) return formatDay(start, locale)
  if (start.slice(0, 7) !== end.slice(0, 7))
    return `${formatDay(start, locale)} ${dash} ${formatDay(end, locale)}`
  const from = parts(start)
  const lastDay = parts(end).day
  return locale === 'ja'
    ? `${from.year}年${from.month}月${from.day}日${dash}${lastDay}日`
    : dayText(locale, from, `${from.day}${dash}${lastDay}`)
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
  return locale === 'ja' ? `${day}日` : String(day)
}
