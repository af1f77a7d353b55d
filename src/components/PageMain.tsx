import type { ReactNode } from 'react'
import { Announcer } from './Announcer.tsx'

/** The page's `<main>`: the skip link's target, and where the timeline's keys still work. */
export const MAIN_ID = 'main'

/**
 * The main region of every page frame (the site's and an embed's), and the app's one live
 * region after it. Focusable by script only (tabIndex -1), so that following the skip link
 * moves focus there, not just the scroll position.
 */
export function PageMain({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <>
      <main id={MAIN_ID} tabIndex={-1} className={className}>
        {children}
      </main>
      <Announcer />
    </>
  )
}
