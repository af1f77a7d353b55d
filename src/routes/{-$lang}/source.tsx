import { createFileRoute } from '@tanstack/react-router'
import { pressReleaseText } from '../../content/pressRelease.ts'
import { SourceView } from '../../features/sources/SourceView.tsx'
import { clip, pageHead } from '../../lib/head.ts'
import { singlePage } from '../../lib/prerender.ts'

// /source, /fr/source, /ja/source: the release in full. Passages are fragments (#q-…),
// outside sources #source-…; the route's code (and the release text) loads only here.
export const Route = createFileRoute('/{-$lang}/source')({
  staticData: { prerender: singlePage({ kind: 'source' }) },
  head: ({ match }) =>
    pageHead(match, (t) => ({
      title: t.documentTitle(t.sourceTitle),
      description: clip(t.sourceIntro),
    })),
  component: function SourceRoute() {
    return <SourceView releaseText={pressReleaseText} />
  },
})
