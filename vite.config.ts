import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { minify, parseSync, transformWithOxc, type Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { filterSchema, localeSchemas } from './src/lib/dataSchema.ts'

const DATA_SCHEMA = 'public/data/schema.json'
const BOOT = 'src/boot.ts'
// Chunk groups (build.rolldownOptions below), by source path.
const CITATIONS = /[\\/]src[\\/]components[\\/](Citation|CitationList)\./
const TIMELINE_SCREEN =
  /[\\/]src[\\/](features[\\/](axis|filters|timeline|exports)[\\/]|routes[\\/]-components[\\/](TimelineScreen|FilterToolbar)\.|lib[\\/](dates|calendarDays|exportPaths)\.|components[\\/]CountryTag\.)/
// What the timeline loads when it is needed: the open event's panel, the print digest, the
// file writers, the cards' fallback for browsers without interest invokers.
const LATER =
  /[\\/](EventDetail|EventNav|ParticipantList|OpenEventPanel|EventCalendarButton|OpenEvent|PrintDigest|interestFallback|ics|dataExport|calendarFeed)\./

/**
 * Writes the facet registry's part of the data file's schema (`view.filter`) and the locale
 * table's (the languages of its texts) into public/data/schema.json before each build and dev
 * server, as the router plugin writes the route tree: adding a facet or a language documents
 * it in the download's schema, with no edit by hand. The file only changes when the registry
 * or the table does; unit tests check that they agree.
 */
function facetSchema(): Plugin {
  return {
    name: 'facet-schema',
    async buildStart() {
      const text = await readFile(DATA_SCHEMA, 'utf8')
      const schema = JSON.parse(text)
      schema.properties.view.properties.filter = filterSchema()
      const { locale, localizedKeys } = localeSchemas()
      schema.$defs.locale = { ...schema.$defs.locale, ...locale }
      schema.$defs.localized = { ...schema.$defs.localized, ...localizedKeys }
      const options = await resolveConfig(DATA_SCHEMA)
      const next = await format(JSON.stringify(schema), { ...options, filepath: DATA_SCHEMA })
      if (next !== text) await writeFile(DATA_SCHEMA, next)
    },
  }
}

type SyntaxNode = {
  type: string
  start: number
  end: number
  expression?: SyntaxNode
  properties?: { type: string; key: { name?: string }; value: SyntaxNode }[]
  elements?: SyntaxNode[]
}

/**
 * The object literal an event file (src/content/events/) exports as `name`, through `as const`
 * and `satisfies`, with the file's source text to slice it from: what the two plugins below
 * reduce a file to. The export must be a literal, which needs nothing from the rest of the file.
 */
async function exportedLiteral(id: string, name: string, plugin: string) {
  const file = id.slice(0, id.indexOf('?'))
  const source = await readFile(file, 'utf8')
  const { program } = parseSync(file, source, { lang: 'ts' })
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue
    const declaration = statement.declaration
    if (declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== name) continue
      let literal = declarator.init as SyntaxNode | null
      while (literal?.type === 'TSAsExpression' || literal?.type === 'TSSatisfiesExpression')
        literal = literal.expression ?? null
      if (literal?.type !== 'ObjectExpression')
        throw new Error(`${plugin}: ${file}: \`${name}\` is not an object literal`)
      const text = (node: SyntaxNode) => source.slice(node.start, node.end)
      return { file, literal, text }
    }
  }
  throw new Error(`${plugin}: ${file} has no \`${name}\` export`)
}

/**
 * One language's text of an event file: `src/content/events/<id>.ts?lang=<tag>`, as each
 * language module imports it (src/content/i18n/<tag>.ts), is that file's `<tag>` export and
 * nothing else. The file keeps an event's data and all its languages together (one place to
 * edit, src/content/eventFile.ts); this keeps a page's download to its own language: the
 * language's chunk carries no data, no other language and no import of the content's modules.
 */
function eventText(): Plugin {
  const textId =
    /[\\/]src[\\/]content[\\/]events[\\/](?:history[\\/])?[^\\/]+\.ts\?lang=([a-z-]+)$/i
  return {
    name: 'event-text',
    enforce: 'pre',
    async load(id) {
      const lang = textId.exec(id)?.[1]
      if (!lang) return null
      const { literal, text } = await exportedLiteral(id, lang, 'event-text')
      return { code: `export const ${lang} = ${text(literal)}\n`, moduleType: 'js' }
    },
  }
}

/**
 * Where a history event falls, without the rest of it: `src/content/events/history/<id>.ts?span`
 * is that file's `event` reduced to its id, the values of its dates and the window of an
 * undated one (src/content/historySpans.ts). The first screen shows the mission's five events
 * and loads the history's only when a view shows it (src/content/history.ts), but it must know
 * at once which days the history covers: the "whole history" preset's link, and whether an
 * address's range reaches the history (src/lib/timeRange.ts). A few hundred bytes instead of
 * the history's data and citations, and still one file per event.
 */
function eventSpan(): Plugin {
  const spanId = /[\\/]src[\\/]content[\\/]events[\\/]history[\\/][^\\/]+\.ts\?span$/
  const property = (object: SyntaxNode | undefined, name: string) =>
    object?.properties?.find((p) => p.type === 'Property' && p.key.name === name)?.value
  return {
    name: 'event-span',
    enforce: 'pre',
    async load(id) {
      if (!spanId.test(id)) return null
      const { file, literal: event, text } = await exportedLiteral(id, 'event', 'event-span')
      const eventId = property(event, 'id')
      const dates = property(event, 'dates')
      if (!eventId || dates?.type !== 'ArrayExpression')
        throw new Error(`event-span: ${file}: \`event\` has no literal id and dates`)
      const values = (dates.elements ?? []).map((claim) => {
        const value = property(claim, 'value')
        if (!value) throw new Error(`event-span: ${file}: a date without a literal value`)
        return `{ value: ${text(value)} }`
      })
      const within = property(property(event, 'undated'), 'within')
      const undated = within ? `, undated: { within: ${text(within)} }` : ''
      const code = `export const event = { id: ${text(eventId)}, dates: [${values.join(', ')}]${undated} }\n`
      return { code, moduleType: 'js' }
    },
  }
}

/**
 * Paint first, then load the app: the built page's entry script and module preloads make way
 * for src/boot.ts, written into the page, which requests them once the prerendered page has
 * been painted (see its comment and docs/performance.md). Inline rather than a file: as a file
 * it was a request made before the first paint, which Lighthouse's simulated phone counts into
 * FCP and LCP (a round trip each), and on a slow network the app's chunks were asked for only
 * once it had arrived. The prerenderer allows the script in each page's policy by its hash.
 * Done on the built HTML so the app's chunks stay as they are with the entry in the page (a
 * dynamically imported entry splits into more, larger chunks); the dev server, which has no
 * prerendered markup, starts the app as before.
 */
function paintFirst(): Plugin {
  let boot = ''
  return {
    name: 'paint-first',
    apply: 'build',
    // Compiled on its own rather than as a second entry of the bundle: with two entries the
    // bundler splits the app's shared code into more chunks, about 3 kB gzip more in all.
    async buildStart() {
      const source = await readFile(BOOT, 'utf8')
      const { code } = await transformWithOxc(source, BOOT, { lang: 'ts' })
      boot = (await minify('boot.js', code, { module: true })).code.trim()
      // Text that would end the element or open a comment inside it cannot go in as it is.
      if (/<\/script|<!--/i.test(boot))
        throw new Error('paint-first: src/boot.ts cannot be inlined')
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/
        const entry = entryTag.exec(html)?.[1]
        if (!entry) throw new Error('paint-first: the page has no entry script')
        const preloadTag = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
        const preloads = [...html.matchAll(preloadTag)].map((match) => match[1])
        return html
          .replace(preloadTag, '')
          .replace(
            entryTag,
            () =>
              `<script type="module" data-entry="${entry}" data-preload="${preloads.join(' ')}">${boot}</script>\n`,
          )
      },
    },
  }
}

/**
 * Short class names for the built CSS modules: `_` and five letters or digits of a hash of the
 * file's path (from the project's folder, so every clone agrees) and the local name. The
 * default (`_name_hash5_line`, 15 characters on average) was 16 kB of a timeline page's
 * 120 kB of HTML and is repeated in the stylesheet inlined into every page and in the chunks'
 * class maps (docs/performance.md). The server build and the browser's compute the same names.
 * Two names meeting on one hash would style each other's elements, so the build stops.
 */
function shortClassNames(): (name: string, filename: string) => string {
  const taken = new Map<string, string>()
  return (name, filename) => {
    const key = `${relative(process.cwd(), filename.replace(/\?.*$/, ''))}\0${name}`
    const hash = createHash('sha256').update(key).digest('base64url').replace(/[-_]/g, '')
    const short = `_${hash.slice(0, 5)}`
    const owner = taken.get(short)
    if (owner !== undefined && owner !== key)
      throw new Error(`css modules: ${short} names both ${owner} and ${key}`)
    taken.set(short, key)
    return short
  }
}

// The router plugin must run before React's so that route files are split and
// the route tree is regenerated before JSX is transformed.
export default defineConfig(({ command, isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? '/',
  // The browser's bundle (src/lib/head.ts): its routes carry no staticData (below), and of a
  // head it only reads the title.
  define: {
    'import.meta.env.BROWSER_BUNDLE': JSON.stringify(command === 'build' && !isSsrBuild),
  },
  css: command === 'build' ? { modules: { generateScopedName: shortClassNames() } } : {},
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // What a route declares about its static pages (`staticData.prerender`: the page list,
      // preview cards, structured data) is read by the prerenderer, the sitemap and the tests,
      // never by the browser, which has those pages already: the browser's bundle leaves it
      // out, and with it the preview-card and JSON-LD builders (about 1.2 kB gzip on `/`).
      // The SSR build, the dev server and the unit tests keep it.
      codeSplittingOptions: {
        // The language layout frames every page: its code loads with the app's, in one chunk.
        splitBehavior: ({ routeId }) => (routeId === '/{-$lang}' ? [] : undefined),
        deleteNodes: command === 'build' && !isSsrBuild ? ['staticData'] : [],
      },
    }),
    react(),
    facetSchema(),
    eventText(),
    eventSpan(),
    paintFirst(),
  ],
  // OUT_DIR lets parallel test runs build side by side; dist/ is the default. An empty OUT_DIR
  // counts as unset: as '' it would name the project folder, which the build empties first.
  // One stylesheet for the whole app (7 kB gzip): the prerenderer inlines it into every page,
  // so the first paint waits on no request, and route chunks never fetch CSS of their own.
  build: {
    target: 'es2022',
    outDir: process.env.OUT_DIR || 'dist',
    emptyOutDir: true,
    cssCodeSplit: false,
    // Every browser the app supports preloads modules natively; the polyfill only costs
    // main-thread time at startup.
    modulePreload: { polyfill: false },
    // Which chunk holds which route and language, for the prerenderer to list each page's own
    // on its boot script (scripts/page-chunks.js); it removes the file once the pages are written.
    manifest: true,
    // V8's compile hint (Chromium 136+; other engines read a comment): every function of a
    // chunk is compiled while the chunk streams in, off the main thread, instead of lazily on
    // its first call during start-up, which was 400-700 ms of main thread at 4x throttling on
    // `/` (docs/performance.md). Added after minification, which would strip it.
    rolldownOptions: {
      output: {
        postBanner: '//# allFunctionsCalledOnLoad',
        // React and the router in chunks of their own, so that src/boot.ts can evaluate them
        // one task each, before the app: left to the bundler, React shared the entry chunk and
        // the whole graph evaluated in one long task after the first paint (issue 13).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]@tanstack[\\/]/ },
            // The app's code that every page runs (what the entry imports) in one chunk, not
            // in the eight or so small shared chunks the bundler made of it: each cost its
            // import glue and its own compression window (1.6 kB gzip on `/` in all). The
            // entry module stays the entry.
            {
              name: 'app',
              test: (id) => /[\\/]src[\\/]/.test(id) && !/[\\/]src[\\/]main\.tsx$/.test(id),
              tags: ['$initial'],
            },
            // The timeline screen's code in one chunk. The open event's panel is the event
            // route's own chunk (src/routes/-components/OpenEvent.tsx), and the modules it
            // shares with the screen (dates, downloads, the open event's context) were a chunk
            // of their own, which the overview loaded too: 0.7 kB gzip of chunk glue. The
            // citations, which other pages share, stay apart. The browser's build only: in
            // the prerenderer's, whose print digest loads at once (a top-level await), the
            // digest's chunk would import the screen's, which waits for it.
            ...(isSsrBuild
              ? []
              : [
                  // Apart from the citations: the release's page links passages without them.
                  { name: 'passageAnchor', test: /[\\/]src[\\/]lib[\\/]passageAnchor\./ },
                  { name: 'Citation', test: CITATIONS },
                  {
                    name: 'TimelineScreen',
                    test: (id: string) => TIMELINE_SCREEN.test(id) && !LATER.test(id),
                  },
                ]),
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    // One module cache and one jsdom per worker for all test files, not a fresh one per file:
    // the suite's files only read the content and render into the document, which `cleanup`
    // empties after each test (tests/unit/setup.ts). Isolating each file cost 45 of the
    // suite's 80 CPU-seconds (docs/ci.md). Spies and stubbed globals are put back after each
    // test, so that no file leaves one behind for the next.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    // The timeout only catches a hang. Rendering every page of the site (route coverage, the
    // print digest) takes 1–2 s on a quiet machine and passed 5 s with a second suite beside
    // it (load average 19), which failed a run that had nothing wrong.
    testTimeout: 30_000,
  },
}))
