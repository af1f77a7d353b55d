import { useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

/**
 * A popover whose content is drawn the first time it opens, unless `eager` (a prerendered page
 * and its hydration, which must match it). `beforetoggle` comes before the popover is shown,
 * and the render is flushed inside it, so it never opens empty, whoever opens it: a click
 * (`popovertarget`), the pointer's or the keyboard's interest, or useInterestFallback.ts.
 * Why: at 5,000 events the axis's hidden cards and cluster lists were two thirds of its
 * elements, and a zoom or a pan drew a new one for every marker and cluster it brought into view
 * (`node scripts/bench/attribution.js --stress --axis`).
 */
export function LazyPopover({
  eager,
  children,
  ...props
}: {
  id: string
  popover: 'auto' | 'hint'
  role?: 'tooltip'
  className: string | undefined
  eager: boolean
  children: () => ReactNode
}) {
  const [drawn, setDrawn] = useState(eager)
  return (
    <div
      {...props}
      onBeforeToggle={
        drawn
          ? undefined
          : (e) => {
              if (e.newState === 'open') flushSync(() => setDrawn(true))
            }
      }
    >
      {drawn && children()}
    </div>
  )
}
