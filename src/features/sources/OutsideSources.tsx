import { memo } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { allSources } from '../../content/queries.ts'
import { displayQuote } from '../../content/quote.ts'
import { CitedBy } from './CitedBy.tsx'
import type { CitedQuote } from './citers.ts'
import styles from './SourceView.module.css'

/**
 * Every outside source: its address, how far it is vouched for, and what cites it. Memoised:
 * its props never change on the page, and hydration renders the page's view twice.
 */
export const OutsideSources = memo(function OutsideSources({
  quotes,
}: {
  quotes: readonly CitedQuote[]
}) {
  const t = useMessages()
  const locale = useLocale()
  const outside = allSources.filter((source) => source.kind === 'secondary')
  return (
    <section aria-labelledby="outside-sources" className={styles.section}>
      <h2 id="outside-sources">{t.outsideSourcesHeading}</h2>
      <p className={styles.intro}>{t.outsideSourcesIntro}</p>
      <ul className={styles.sources}>
        {outside.map((source) => {
          const cited = quotes.filter((q) => q.source === source.id)
          return (
            <li key={source.id} id={`source-${source.id}`} tabIndex={-1} className={styles.source}>
              <h3 className={styles.sourceTitle}>{source.title[locale]}</h3>
              <dl className={styles.facts}>
                <div>
                  <dt>{t.sourceAddress}</dt>
                  <dd>
                    {source.url !== undefined ? (
                      <a href={source.url} rel="external noreferrer" className={styles.url}>
                        {source.url}
                      </a>
                    ) : (
                      t.sourceNoAddress
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t.sourceConfidence}</dt>
                  <dd>{source.confidence[locale]}</dd>
                </div>
              </dl>
              {cited.length === 0 ? (
                <p className={styles.muted}>{t.sourceUnused}</p>
              ) : (
                <ul className={styles.quotes}>
                  {cited.map((quote) => (
                    <li key={quote.quote}>
                      {/* The facts sheet's summary of the source (in English), not the
                          source's own words, so it is labelled and not quoted. */}
                      <p className={styles.quote}>
                        <span className={styles.muted}>{t.labelled(t.citationSummary)}</span>
                        <span lang="en">{displayQuote(quote.quote)}</span>
                      </p>
                      <CitedBy
                        citers={quote.citers}
                        label={`${t.labelled(t.citedBy)}${displayQuote(quote.quote)}`}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
})
