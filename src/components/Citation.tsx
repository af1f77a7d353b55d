import { Link } from '@tanstack/react-router'
import { useLinkScope } from './linkScope.ts'
import { findSource } from '../content/queries.ts'
import type { Citation as CitationData } from '../content/types.ts'
import { displayQuote } from '../content/quote.ts'
import { languageInText } from '../core/locales.ts'
import { langParam } from '../lib/locale.ts'
import { passageAnchor } from '../lib/passageAnchor.ts'
import styles from './Citation.module.css'
import { useLocale, useMessages } from './useLocale.ts'

/** One source reference: which source, how far it is vouched for, and the exact passage. */
export function Citation({ cite }: { cite: CitationData }) {
  const locale = useLocale()
  const t = useMessages()
  const links = useLinkScope()
  const source = findSource(cite.source)
  if (!source) return null
  const title = source.title[locale]
  return (
    <div className={styles.citation} data-kind={source.kind}>
      <p className={styles.head}>
        <span className={styles.kind}>{t.sourceKind[source.kind]}</span>{' '}
        {source.url !== undefined ? (
          <a href={source.url} rel="external noreferrer" target="_blank">
            {title} <span className="visually-hidden">{t.opensExternal}</span>
          </a>
        ) : (
          <cite>{title}</cite>
        )}
        {source.language !== locale && (
          <span className={styles.lang}>
            {t.aside(t.sourceLanguage(languageInText(source.language, locale)))}
          </span>
        )}
      </p>
      {source.kind === 'secondary' && (
        <p className={styles.confidence}>{source.confidence[locale]}</p>
      )}
      {/* Passages stay in the language the source sheet records them in. An outside source is
          known through the facts sheet's wording, not its own: say so instead of quoting it. */}
      {source.kind === 'primary' ? (
        <blockquote className={styles.quote} lang="en">
          {displayQuote(cite.quote)}
        </blockquote>
      ) : (
        <p className={styles.summary}>
          <span className={styles.summaryLabel}>{t.labelled(t.citationSummary)}</span>
          <span lang="en">{displayQuote(cite.quote)}</span>
        </p>
      )}
      {/* Each passage leads to its place in the source view, in context. */}
      <p className={styles.context}>
        <Link
          to="/{-$lang}/source"
          params={{ lang: langParam(locale) }}
          hash={source.kind === 'primary' ? passageAnchor(cite.quote) : `source-${source.id}`}
          {...links.outside}
        >
          {source.kind === 'primary' ? t.citationInContext : t.citationSourceEntry}
        </Link>
      </p>
    </div>
  )
}
