import { useEffect } from 'react'

/**
 * Sets the tab title after each navigation. Prerendered pages already carry the same title in
 * `<head>` (src/lib/seo.ts computes it from the same messages), so this changes nothing on
 * first load. A React `<title>` element would instead be rendered into #root by
 * react-dom/server, where it does not belong and where hydration has to skip over it.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title
  }, [title])
  return null
}
