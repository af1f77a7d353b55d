import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom has no scrolling; the router's scroll restoration calls it. Files that run in the
// node environment (// @vitest-environment node) have no window and render nothing.
if (typeof window !== 'undefined') {
  window.scrollTo = () => {}
  afterEach(() => cleanup())
}

// Content text is loaded with the interface text (src/lib/i18n.ts loads every language outside
// the browser), so a test that reads only content still finds its text in place.
await import('../../src/lib/i18n.ts')
// The history's events and the rounds' text, which the browser loads when a view shows them,
// are read by tests of every kind: in place before any test runs, as the prerenderer has them.
await import('../../src/content/queries.ts').then(({ loadAllContent }) => loadAllContent())
