// What "Try again" does on the error view. A view that threw while rendering renders again. A
// file the browser could not fetch (the history's events, a language's text: offline, say)
// stays failed for the life of the page, since browsers keep the failed module in their module
// map and hand the same failure to every later import of it; only loading the page again
// fetches it anew, so there trying again is reloading, at the same address.

/** The error's own retry, or a reload when the error is a module that could not be fetched. */
export function retryFor(error: unknown, reset: () => void): () => void {
  return moduleFetchFailed(error) ? () => window.location.reload() : reset
}

/** Chromium's, Firefox's and Safari's words for a dynamic import whose file did not arrive. */
function moduleFetchFailed(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|importing a module script failed/i.test(error.message)
  )
}
