import { LOCALES } from '../core/locales.ts'
import { facets } from './facets.ts'

/**
 * The part of the data file's JSON Schema (public/data/schema.json) that the facet registry
 * decides: `view.filter`, one key per facet carried into exports, with its possible values.
 * The build writes it into the schema file (vite.config.ts), so a new facet is documented
 * without an edit there.
 */
export function filterSchema() {
  const exported = facets.filter((facet) => facet.inExports)
  return {
    type: 'object',
    description:
      'The filters that chose the events: each one’s value, or null when it was not set.',
    required: exported.map((facet) => facet.id),
    additionalProperties: false,
    properties: Object.fromEntries(
      exported.map((facet) => [
        facet.id,
        { oneOf: [{ enum: [...facet.options] }, { type: 'null' }] },
      ]),
    ),
  }
}

/**
 * The parts of the same schema that the locale table decides: the languages a data file's
 * texts are written in (`$defs.locale`, and `$defs.localized`'s keys). Written in by the build
 * with `view.filter`, so a new language needs no edit of the schema file.
 */
export function localeSchemas() {
  return {
    locale: { enum: [...LOCALES] },
    localizedKeys: {
      required: [...LOCALES],
      properties: Object.fromEntries(LOCALES.map((locale) => [locale, { type: 'string' }])),
    },
  }
}
