import { createFileRoute } from '@tanstack/react-router'
import { dialogue } from '../../../content/dialogue.ts'
import { sentencesText } from '../../../content/sentences.ts'
import { clip, pageHead } from '../../../lib/head.ts'
import { timelineJsonLd } from '../../../lib/jsonld.ts'
import { singlePage } from '../../../lib/prerender.ts'
import { timelineCard } from '../../../lib/previewCard.ts'

// The overview: no event open. The timeline itself is drawn by the layout (./route.tsx), which
// stays mounted when an event opens or closes.
export const Route = createFileRoute('/{-$lang}/_timeline/')({
  staticData: {
    prerender: singlePage({
      card: timelineCard,
      structuredData: (locale, site) => timelineJsonLd(site, locale),
    }),
  },
  head: ({ match }) =>
    pageHead(match, (t, locale) => ({
      title: t.documentTitle(undefined),
      description: clip(sentencesText(dialogue.summary, locale)),
    })),
})
