import { useSyncExternalStore } from 'react'

// One polite live region for the whole app, rendered by the page frame. It outlives route
// changes: a region that mounts together with its text (as a view's own region does when
// the route changes) is not announced by screen readers.
let message = ''
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function announce(text: string): void {
  message = text
  for (const listener of listeners) listener()
}

export function Announcer() {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  )
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  )
}
