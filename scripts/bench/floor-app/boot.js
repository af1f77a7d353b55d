// As src/boot.ts: the app is fetched once the prerendered page has been painted.
await new Promise((resolve) => {
  if (document.visibilityState === 'hidden') resolve(undefined)
  else requestAnimationFrame(() => setTimeout(resolve, 0))
})
await import('./main.js')
