/**
 * The page's only script tag. The prerendered page is complete and readable without
 * JavaScript, so the app (React, the router, the route's code: over 100 kB) is fetched only
 * once the browser has painted that page: fetched and evaluated earlier, it delays the first
 * paint (on a slow phone network, by about the time the scripts take to download). The
 * dynamic import preloads the app's chunks together, so they arrive in one round trip.
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

await afterFirstPaint()
await import('./main.tsx')
