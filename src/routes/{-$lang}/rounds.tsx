import { createFileRoute } from '@tanstack/react-router'
import { loadAllContent } from '../../content/queries.ts'
import { rounds } from '../../content/rounds.ts'
import { RoundsTable } from '../../features/rounds/RoundsTable.tsx'
import { clip, pageHead } from '../../lib/head.ts'
import { roundsJsonLd } from '../../lib/jsonld.ts'
import { singlePage } from '../../lib/prerender.ts'
import { roundsCard } from '../../lib/previewCard.ts'

// /rounds, /fr/rounds, /ja/rounds: the meetings of the dialogue since 2016, compared.
export const Route = createFileRoute('/{-$lang}/rounds')({
  staticData: {
    prerender: singlePage({
      card: roundsCard,
      structuredData: (locale, site) => roundsJsonLd(site, locale),
    }),
  },
  // The table's text, which no other page reads, and the history, whose outside sources its
  // cells cite, load with it.
  loader: () => loadAllContent(),
  head: ({ match }) =>
    pageHead(match, (t) => ({
      title: t.documentTitle(t.roundsTitle),
      description: clip(t.roundsIntro),
    })),
  component: function RoundsRoute() {
    return <RoundsTable rounds={rounds} />
  },
})
