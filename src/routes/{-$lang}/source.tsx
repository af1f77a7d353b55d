import { createFileRoute } from '@tanstack/react-router'
import { loadHistory } from '../../content/queries.ts'
import { pressReleaseText } from '../../content/pressRelease.ts'
import { SourceView } from '../../features/sources/SourceView.tsx'
import { clip, pageHead } from '../../lib/head.ts'
import { noStructuredData } from '../../lib/jsonld.ts'
import { singlePage } from '../../lib/prerender.ts'
import { sourceCard } from '../../lib/previewCard.ts'

// /source, /fr/source, /ja/source: the release in full. Passages are fragments (#q-…),
// outside sources #source-…; the route's code (and the release text) loads only here.
export const Route = createFileRoute('/{-$lang}/source')({
  // The release is a text, not a thing schema.org describes: no structured data, on purpose.
  staticData: { prerender: singlePage({ card: sourceCard, structuredData: noStructuredData }) },
  // Its citers include the history's events (their citations are the outside sources'), which
  // the first screen leaves out.
  loader: () => loadHistory(),
  head: ({ match }) =>
    pageHead(match, (t) => ({
      title: t.documentTitle(t.sourceTitle),
      description: clip(t.sourceIntro),
    })),
  component: function SourceRoute() {
    return <SourceView releaseText={pressReleaseText} />
  },
})
