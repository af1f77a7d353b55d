// The markers' cards are shown by the browser itself where it has interest invokers (HTML's
// `interestfor`, AxisCards.tsx): from the prerendered page, before any script. Where it has
// not (Firefox and Safari as this is written), nothing would show them, so this shows the same
// popover on the same cues: pointer over a marker, or keyboard focus on it; hidden again when
// the pointer leaves (after a moment, so that it can move onto the card's link), on blur, on
// Esc and on scroll. It never moves focus, and it places the card itself, beside its marker
// and inside the viewport: without interest there is no implicit anchor for the stylesheet's
// anchor positioning, which these browsers may not have either.

/** Space between a marker and its card, and between a card and the viewport's edge, px. */
const GAP_PX = 6
const EDGE_PX = 8
/** Time for the pointer to cross from a marker to its card before the card goes, ms. */
const LEAVE_DELAY_MS = 300

interface Shown {
  invoker: HTMLElement
  card: HTMLElement
}

/** The card an element's `interestfor` names, if it is a hint popover (a marker's card). */
function cardOf(target: EventTarget | null): Shown | undefined {
  const invoker = target instanceof Element ? target.closest<HTMLElement>('[interestfor]') : null
  const id = invoker?.getAttribute('interestfor')
  const card = id ? document.getElementById(id) : null
  // Clusters' lists are "auto" popovers their buttons open on a click, in every browser.
  return invoker && card?.getAttribute('popover') === 'hint' ? { invoker, card } : undefined
}

/**
 * Above the marker, else below it, as the stylesheet places it (the marker's name hangs below
 * the line, and the marker's box ends above it); as far left as the marker, moved in from the
 * edges.
 */
function place({ invoker, card }: Shown) {
  const at = invoker.getBoundingClientRect()
  const { width, height } = card.getBoundingClientRect()
  const viewWidth = document.documentElement.clientWidth
  const viewHeight = document.documentElement.clientHeight
  const below = at.bottom + GAP_PX
  const above = at.top - GAP_PX - height
  const top = above >= EDGE_PX || below + height > viewHeight - EDGE_PX ? above : below
  const left = Math.max(EDGE_PX, Math.min(at.left, viewWidth - EDGE_PX - width))
  card.style.setProperty('position-area', 'none')
  card.style.margin = '0'
  card.style.top = `${Math.round(top)}px`
  card.style.left = `${Math.round(left)}px`
}

/**
 * Shows the axis's cards from `root` on pointer and focus cues; returns what takes it down.
 * Loaded only where the browser lacks interest invokers (./useInterestFallback.ts).
 */
export function installInterestFallback(root: HTMLElement): () => void {
  let shown: Shown | undefined
  let leaving: ReturnType<typeof setTimeout> | undefined

  const stay = () => clearTimeout(leaving)
  const hide = () => {
    stay()
    if (!shown) return
    const { card } = shown
    shown = undefined
    if (card.matches(':popover-open')) card.hidePopover()
    card.style.cssText = ''
  }
  const show = (next: Shown) => {
    stay()
    if (shown?.card === next.card && shown.invoker === next.invoker) return
    hide()
    next.card.showPopover()
    place(next)
    shown = next
  }

  const onPointerOver = (e: PointerEvent) => {
    // A tap opens the marker's event: a card flashed on the way would only be in the way.
    if (e.pointerType === 'touch') return
    if (shown && e.target instanceof Node && shown.card.contains(e.target)) return stay()
    const next = cardOf(e.target)
    if (next) show(next)
  }
  const onPointerOut = (e: PointerEvent) => {
    if (!shown || !(e.target instanceof Node)) return
    const { invoker, card } = shown
    const into = e.relatedTarget instanceof Node ? e.relatedTarget : null
    const from = invoker.contains(e.target) || card.contains(e.target)
    if (from && !(into && (invoker.contains(into) || card.contains(into)))) {
      stay()
      leaving = setTimeout(hide, LEAVE_DELAY_MS)
    }
  }
  const onFocusIn = (e: FocusEvent) => {
    const next = cardOf(e.target)
    if (next) show(next)
  }
  const onFocusOut = (e: FocusEvent) => {
    if (shown && e.target instanceof Node && shown.invoker.contains(e.target)) hide()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) hide()
  }

  root.addEventListener('pointerover', onPointerOver)
  root.addEventListener('pointerout', onPointerOut)
  root.addEventListener('focusin', onFocusIn)
  root.addEventListener('focusout', onFocusOut)
  document.addEventListener('keydown', onKeyDown)
  // A card fixed in the viewport would part from its marker as the page scrolls.
  window.addEventListener('scroll', hide, { passive: true })
  // A marker focused or pointed at while this code was on its way gets its card now.
  const focused = root.contains(document.activeElement) ? document.activeElement : null
  const waiting = cardOf(focused) ?? cardOf(root.querySelector(':hover[interestfor]'))
  if (waiting) show(waiting)
  return () => {
    hide()
    root.removeEventListener('pointerover', onPointerOver)
    root.removeEventListener('pointerout', onPointerOut)
    root.removeEventListener('focusin', onFocusIn)
    root.removeEventListener('focusout', onFocusOut)
    document.removeEventListener('keydown', onKeyDown)
    window.removeEventListener('scroll', hide)
  }
}
