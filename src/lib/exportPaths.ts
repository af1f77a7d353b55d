import type { Locale } from '../content/types.ts'

// The addresses of the site's downloadable files, which links on the page show before any
// file is made: apart from the code that writes the files, which loads on demand.

/** The feed's path inside the site, without the base path: `calendar/fr.ics`. */
export function calendarFeedPath(locale: Locale): string {
  return `calendar/${locale}.ics`
}

/** The JSON Schema of the data download, inside the site. */
export const DATA_SCHEMA_PATH = 'data/schema.json'
