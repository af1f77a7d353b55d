import { useLocation } from '@tanstack/react-router'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { findSource } from '../../content/queries.ts'
import { citedQuotes } from './citers.ts'
import { OutsideSources } from './OutsideSources.tsx'
import { releaseParagraphs } from './passages.ts'
import { ReleaseText } from './ReleaseText.tsx'
import styles from './SourceView.module.css'

const noSubscription = () => () => {}

/**
 * The sources as documents: the full release with every cited passage marked and anchored,
 * then the outside sources. A citation elsewhere links to `#q-…` (its passage) or
 * `#source-…` (an outside source); arriving there focuses the paragraph or entry.
 */
export function SourceView({ releaseText }: { releaseText: string }) {
  const t = useMessages()
  const locale = useLocale()
  const hash = useLocation({ select: (location) => location.hash })
  // Prerendered markup has no fragment: the followed passage is marked only once hydrated,
  // so the first client render matches the server's.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  // Kept across renders: locating every cited passage in the release is the page's dearest
  // computation, and hydration renders this view twice (the markup's snapshot, then the
  // browser's, synchronously, where it counts as blocking time).
  const quotes = citedQuotes()
  const paragraphs = useMemo(() => releaseParagraphs(releaseText, quotes), [releaseText, quotes])
  const release = findSource('press-release')

  useEffect(() => {
    if (!hash) return
    const target = document.getElementById(hash)
    // A passage anchor is an empty marker: land on its paragraph, which has the words.
    const focusable = target?.closest<HTMLElement>('[tabindex="-1"]')
    if (!focusable) return
    focusable.focus({ preventScroll: true })
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
    focusable.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' })
  }, [hash])

  return (
    <article className={styles.view} aria-labelledby="source-title">
      <h1 id="source-title">{t.sourceTitle}</h1>
      <p className={styles.intro}>{t.sourceIntro}</p>
      <section aria-labelledby="release-title" className={styles.section}>
        <h2 id="release-title">{release?.title[locale]}</h2>
        {release && locale !== release.language && (
          <p className={styles.muted}>{t.sourceInEnglish}</p>
        )}
        <ReleaseText paragraphs={paragraphs} current={hydrated ? hash : ''} />
      </section>
      <OutsideSources quotes={quotes} />
    </article>
  )
}
