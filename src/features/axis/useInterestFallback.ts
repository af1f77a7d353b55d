import { useEffect, type RefObject } from 'react'

// The markers' cards are shown by the browser itself where it has interest invokers (HTML's
// `interestfor`, AxisCards.tsx), from the prerendered page, before any script. Elsewhere
// (Firefox and Safari as this is written) ./interestFallback.ts shows them on the same cues;
// it loads only there, so the browsers that need none of it do not download it.

/** Feature detection: browsers with interest invokers show the cards without help. */
function hasInterestInvokers(): boolean {
  return 'interestForElement' in HTMLButtonElement.prototype
}

export function useInterestFallback(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current
    if (!root || hasInterestInvokers() || !('showPopover' in HTMLElement.prototype)) return
    let current = true
    let uninstall: (() => void) | undefined
    import('./interestFallback.ts').then(
      ({ installInterestFallback }) => {
        if (current) uninstall = installInterestFallback(root)
      },
      // Offline, say: the markers still open their events, and name them.
      () => undefined,
    )
    return () => {
      current = false
      uninstall?.()
    }
  }, [ref])
}
