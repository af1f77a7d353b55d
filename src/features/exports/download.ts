/**
 * Hands the reader a file made in the browser: nothing is fetched, so downloads work offline
 * and always match what is on screen.
 */
export function saveFile(content: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke after the click has been handled; revoking at once can cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** france-japan-space-dialogue-2023-jp-industry.ics: the filter is part of the name. */
export function exportName(
  parts: readonly (string | undefined)[],
  extension: 'ics' | 'json',
): string {
  const suffix = parts.filter((part) => part !== undefined).map((part) => part.toLowerCase())
  return [`france-japan-space-dialogue-2023`, ...suffix].join('-') + `.${extension}`
}
