import { memo, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react'
import { useLocale } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import type { FacetSelection } from '../../lib/facets.ts'
import styles from './PrintDigest.module.css'

interface Props {
  events: readonly TimelineEvent[]
  selection: FacetSelection
}

// The print digest is on paper only, yet it holds every shown event in full: its code (about
// 1.2 kB gzip) is not part of a page's first load. A prerendered page already carries the
// digest of its own view, which prints as it is (Ctrl+P, the Print button) with or without
// scripts; the code is fetched only once the digest has to change (other filters, another
// language) or when the page was not prerendered for this view, and the digest then draws its
// events when the page starts to print (PrintDigest.tsx).

let loaded: ComponentType<Props> | undefined
let loading: Promise<ComponentType<Props>> | undefined

function loadPrintDigest(): Promise<ComponentType<Props>> {
  loading ??= import('./PrintDigest.tsx').then((module) => (loaded = module.PrintDigest))
  return loading
}

// Outside the browser bundle (the prerenderer's SSR build, unit tests, Node) every page is
// rendered whole at once, as src/lib/i18n.ts loads every language there.
if (import.meta.env === undefined || import.meta.env.SSR || import.meta.env.MODE === 'test') {
  await loadPrintDigest()
}

const subscribeNothing = () => () => {}

/**
 * True while React hydrates prerendered markup (it then reads the server snapshot), false in a
 * render of the browser's own.
 */
function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  )
}

export const PrintDigestSlot = memo(function PrintDigestSlot(props: Props) {
  const locale = useLocale()
  const hydrating = useHydrating()
  const [Digest, setDigest] = useState(() => loaded)
  // What the prerendered digest was made for, when this render took it over.
  const [markup] = useState(() => (hydrating ? { ...props, locale } : undefined))
  const markupHolds =
    markup !== undefined &&
    markup.events === props.events &&
    markup.selection === props.selection &&
    markup.locale === locale
  const needed = Digest === undefined && !markupHolds
  useEffect(() => {
    if (!needed) return
    let current = true
    loadPrintDigest().then(
      (digest) => {
        if (current) setDigest(() => digest)
      },
      // Offline, say: the page works on; printing then shows the digest it last had, if any.
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [needed])
  if (Digest) return <Digest {...props} />
  // The prerendered digest, kept as it is: React leaves markup set through innerHTML alone
  // when it hydrates. Once it no longer holds, an empty section (a new element, so that the
  // old text goes) until the code arrives, a moment later.
  return (
    <section
      key={markupHolds ? 'prerendered' : 'pending'}
      className={styles.digest}
      data-print="only"
      aria-labelledby={markupHolds ? 'print-heading' : undefined}
      dangerouslySetInnerHTML={markupHolds ? { __html: '' } : undefined}
      suppressHydrationWarning
    />
  )
})
