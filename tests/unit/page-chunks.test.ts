// scripts/page-chunks.js: which chunks the prerenderer lists on a page's boot script, read from
// a manifest shaped like the one Vite writes for this app (route splits, language modules).
import { existsSync } from 'node:fs'
import { createMemoryHistory } from '@tanstack/react-router'
import { describe, expect, it } from 'vitest'
import { pageChunks, routeFiles, type Manifest } from '../../scripts/page-chunks.js'
import { createAppRouter } from '../../src/router.tsx'

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js', '_i18n.js'],
    dynamicImports: [
      'src/routes/{-$lang}/route.tsx?tsr-split=component',
      'src/routes/{-$lang}/route.tsx?tsr-split=notFoundComponent',
      'src/routes/{-$lang}/_timeline/route.tsx?tsr-split=component',
      'src/routes/{-$lang}/delegations/index.tsx?tsr-split=component',
      'src/routes/{-$lang}/source.tsx?tsr-split=component',
    ],
  },
  '_react.js': { file: 'assets/react.js' },
  '_i18n.js': {
    file: 'assets/i18n.js',
    dynamicImports: [
      'src/lib/messages/en.ts',
      'src/lib/messages/ja.ts',
      'src/content/i18n/ja.ts',
      'src/content/history.ts',
      'src/content/i18n/history/ja.ts',
      'src/content/i18n/history/en.ts',
      'src/content/i18n/rounds/ja.ts',
    ],
  },
  '_Screen.js': { file: 'assets/Screen.js', imports: ['_react.js', '_Citations.js'] },
  '_Citations.js': { file: 'assets/Citations.js', imports: ['index.html'] },
  'src/routes/{-$lang}/route.tsx?tsr-split=component': {
    file: 'assets/lang.js',
    imports: ['index.html'],
  },
  'src/routes/{-$lang}/route.tsx?tsr-split=notFoundComponent': { file: 'assets/missing.js' },
  'src/routes/{-$lang}/_timeline/route.tsx?tsr-split=component': {
    file: 'assets/timeline.js',
    imports: ['_Screen.js', 'index.html'],
  },
  'src/routes/{-$lang}/delegations/index.tsx?tsr-split=component': {
    file: 'assets/delegations.js',
    imports: ['_Citations.js'],
  },
  'src/routes/{-$lang}/source.tsx?tsr-split=component': { file: 'assets/source.js' },
  'src/lib/messages/en.ts': { file: 'assets/en.js' },
  'src/lib/messages/ja.ts': { file: 'assets/ja-messages.js' },
  'src/content/i18n/ja.ts': { file: 'assets/ja-content.js' },
  'src/content/history.ts': { file: 'assets/history.js', imports: ['index.html'] },
  'src/content/i18n/history/ja.ts': { file: 'assets/ja-history.js' },
  'src/content/i18n/history/en.ts': { file: 'assets/en-history.js' },
  'src/content/i18n/rounds/ja.ts': { file: 'assets/ja-rounds.js' },
}

const TIMELINE = ['__root__', '/{-$lang}', '/{-$lang}/_timeline', '/{-$lang}/_timeline/']

describe('pageChunks', () => {
  // The content parts some views load (src/content/contentText.ts): listed only for a page whose
  // loaders asked for them, in its own language, with the history's events for `history`.
  it('lists a content part only where the page asked for it, in its language', () => {
    const base = pageChunks(manifest, TIMELINE, 'ja')
    expect(base.filter((file) => /history|rounds/.test(file))).toEqual([])
    expect(pageChunks(manifest, TIMELINE, 'ja', ['history'])).toEqual([
      ...base,
      'assets/history.js',
      'assets/ja-history.js',
    ])
    expect(pageChunks(manifest, TIMELINE, 'ja', ['rounds'])).toEqual([
      ...base,
      'assets/ja-rounds.js',
    ])
  })

  it("lists the matched routes' components with what they import, and the language's text", () => {
    expect(pageChunks(manifest, TIMELINE, 'ja')).toEqual([
      'assets/lang.js',
      'assets/timeline.js',
      'assets/Screen.js',
      'assets/Citations.js',
      'assets/ja-messages.js',
      'assets/ja-content.js',
    ])
  })

  it("leaves out the entry's own chunks, other languages and components that load only on demand", () => {
    const chunks = pageChunks(manifest, TIMELINE, 'en')
    for (const left of [
      'assets/index.js',
      'assets/react.js',
      'assets/i18n.js',
      'assets/missing.js',
      'assets/ja-messages.js',
      'assets/ja-content.js',
      'assets/source.js',
    ]) {
      expect(chunks).not.toContain(left)
    }
    expect(chunks).toContain('assets/en.js')
  })

  it('finds index routes by their index file and other routes by name or route.tsx', () => {
    expect(pageChunks(manifest, ['__root__', '/{-$lang}/delegations/'], 'en')).toEqual([
      'assets/delegations.js',
      'assets/Citations.js',
      'assets/en.js',
    ])
    expect(pageChunks(manifest, ['/{-$lang}/source'], 'en')).toEqual([
      'assets/source.js',
      'assets/en.js',
    ])
  })

  it('refuses a manifest without exactly one entry', () => {
    const withoutEntry = Object.fromEntries(
      Object.entries(manifest).filter(([key]) => key !== 'index.html'),
    )
    expect(() => pageChunks(withoutEntry, TIMELINE, 'en')).toThrow(/0 entries/)
  })
})

describe('routeFiles', () => {
  // The prerenderer checks this for the pages it writes; here, for every route of the app.
  it('names an existing source file for every route in the tree', () => {
    const router = createAppRouter({ history: createMemoryHistory({ initialEntries: ['/'] }) })
    const ids = Object.keys(router.routesById)
    expect(ids.length).toBeGreaterThan(5)
    for (const id of ids) {
      expect(
        routeFiles(id).some((file) => existsSync(file)),
        id,
      ).toBe(true)
    }
  })
})
