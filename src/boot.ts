/**
 * The page's only script in a build, written into the page itself (vite.config.ts, paintFirst:
 * as a file it was one more request before the first paint) and allowed by each page's policy
 * by its hash (scripts/prerender.js). The prerendered page is complete and readable without
 * JavaScript, so the app (React, the router, the route's code: over 100 kB) is fetched only
 * once the browser has painted that page: fetched and evaluated earlier, it delays the first
 * paint (on a slow phone network, by about the time the scripts take to download). The build
 * lists the entry and every chunk it imports statically on this script element, and the
 * prerenderer adds the chunks of the page's route and language; they are all requested at
 * once, so they arrive without a waterfall.
 *
 * An ES module graph evaluates in one task: React, the router and the app together were the
 * longest task of start-up, after the first paint, where it counts as blocking time. So the
 * chunks are evaluated one at a time, in the order the build lists them (here: the bundler's
 * runtime, React, the router, then shared app code), each in a task of its own with a turn of
 * the event loop between them for input and paint; the entry then evaluates only what is left.
 * Evaluating a chunk before its importers is the order the graph runs in anyway.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A tab opened in the background paints nothing until it is shown, and a page with
    // nothing prerendered in it (the app served without the prerenderer, as the bench's
    // 5,000-event build is) has nothing to paint before the app renders: waiting for that
    // paint only waited out the fallback below, a second before the app was even requested.
    if (
      document.visibilityState === 'hidden' ||
      !document.getElementById('root')?.firstElementChild
    ) {
      resolve()
      return
    }
    // The first contentful paint is reported once it is on screen (the time Lighthouse and
    // the browser count), which on a busy machine can be well after the frame was drawn.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) start()
    })
    // Should no paint be reported (nothing contentful, a browser without paint timing), the
    // app still starts.
    const fallback = setTimeout(start, 1000)
    function start() {
      observer.disconnect()
      clearTimeout(fallback)
      setTimeout(resolve, 0)
    }
    observer.observe({ type: 'paint', buffered: true })
  })
}

/** Resolves in a task of its own, so that the browser can handle input and paint first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

const boot = document.querySelector<HTMLScriptElement>('script[data-entry]')
const entry = boot?.dataset.entry
if (!boot || entry === undefined) throw new Error('the boot script has no data-entry')
await afterFirstPaint()
// The page carries inline only the rules that can match its own markup (scripts/page-css.js);
// whatever the app draws later (another page, an open card, a new state) may need any other.
// The whole stylesheet is a cached file and small beside the scripts: it loads with them, and
// the app waits for it before it renders (below), so nothing is ever drawn unstyled. Added by
// a script, it does not hold up the paint, which has happened anyway.
const styled = new Promise<void>((resolve) => {
  if (boot.dataset.style === undefined) return resolve()
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = boot.dataset.style
  // Should the file fail to load, the page keeps what it has: the app still starts.
  link.onload = link.onerror = () => resolve()
  document.head.append(link)
})
const preloads = boot.dataset.preload?.split(' ').filter(Boolean) ?? []
// Fetched now, evaluated when the app asks for them: the entry, and the route's code and the
// page's language text, which the router would otherwise request only once the entry had run
// (the prerenderer lists them per page: scripts/page-chunks.js).
const fetches = [entry, ...(boot.dataset.fetch?.split(' ').filter(Boolean) ?? [])]
// One link per task: inserting a modulepreload link starts its fetch there and then, which
// costs the main thread 1-2 ms each (more for the first); the 18 or so of a page in one go
// were the longest task after the first paint, 280 ms at 4x CPU throttling (issue 13). A
// message, unlike a timer, is not clamped to 4 ms once nested, so the requests still all
// leave within a few milliseconds.
for (const [index, href] of [...preloads, ...fetches].entries()) {
  if (index > 0) await nextTask()
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = 'anonymous'
  link.href = href
  document.head.append(link)
}
// Each chunk, then the entry, evaluated in a task of its own (the same message yield).
try {
  for (const href of preloads) {
    await nextTask()
    await import(/* @vite-ignore */ href)
  }
} catch {
  // A chunk that failed to load: the entry's import below asks for it again and reports the
  // failure as it always did; the prerendered page stays readable either way.
}
await styled
await nextTask()
await import(/* @vite-ignore */ entry)
