/**
 * The page's only script tag in a build (vite.config.ts, paintFirst). The prerendered page is
 * complete and readable without JavaScript, so the app (React, the router, the route's code:
 * over 100 kB) is fetched only once the browser has painted that page: fetched and evaluated
 * earlier, it delays the first paint (on a slow phone network, by about the time the scripts
 * take to download). The build lists the entry and every chunk it imports statically on this
 * script element; they are all requested at once, so they arrive without a waterfall.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A tab opened in the background runs no frames until it is shown; nothing is painted
    // there, so nothing waits.
    if (document.visibilityState === 'hidden') {
      resolve()
      return
    }
    // The callback runs just before the first frame; the task after it, once it is painted.
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

const boot = document.querySelector<HTMLScriptElement>('script[data-entry]')
const entry = boot?.dataset.entry
if (!boot || entry === undefined) throw new Error('the boot script has no data-entry')
await afterFirstPaint()
for (const href of boot.dataset.preload?.split(' ').filter(Boolean) ?? []) {
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = 'anonymous'
  link.href = href
  document.head.append(link)
}
await import(/* @vite-ignore */ entry)
