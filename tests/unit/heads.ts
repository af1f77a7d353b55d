import { headMarkup } from '../../src/lib/head.ts'
import type { SiteConfig } from '../../src/lib/seo.ts'
import { loadPage } from '../../src/pages.ts'

// A page's head as its route declares it, read the way the prerenderer reads it (src/pages.ts)
// and parsed from the markup it writes, so the tests check what a crawler would see.

export interface ParsedHead {
  readonly title: string
  readonly description: string | undefined
  readonly canonical: string | undefined
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[]
  readonly robots: string | undefined
  /** The content of a `<meta property>` (og:…), or of a `<meta name>` (twitter:…). */
  readonly meta: (key: string) => string | undefined
  readonly markup: string
  /** The id of the route whose head this is. */
  readonly routeId: string
}

/** The head at `path`, a path inside the site (the tests' app runs at `/`, whatever `site` says). */
export async function headAt(path: string, site: SiteConfig): Promise<ParsedHead> {
  const { router, head, title } = await loadPage(path, site)
  const markup = headMarkup(head)
  const doc = new DOMParser().parseFromString(`<head>${markup}</head>`, 'text/html')
  const attr = (selector: string, name: string) =>
    doc.head.querySelector(selector)?.getAttribute(name) ?? undefined
  const routeId = router.state.matches.findLast((match) => match.meta !== undefined)?.routeId
  return {
    title,
    description: attr('meta[name="description"]', 'content'),
    canonical: attr('link[rel="canonical"]', 'href'),
    alternates: [...doc.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => ({
      hreflang: link.getAttribute('hreflang') ?? '',
      href: link.getAttribute('href') ?? '',
    })),
    robots: attr('meta[name="robots"]', 'content'),
    meta: (key) =>
      attr(`meta[property="${key}"]`, 'content') ?? attr(`meta[name="${key}"]`, 'content'),
    markup,
    routeId: String(routeId),
  }
}
