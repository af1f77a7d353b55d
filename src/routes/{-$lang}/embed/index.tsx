import { createFileRoute } from '@tanstack/react-router'
import { dialogue } from '../../../content/dialogue.ts'
import { sentencesText } from '../../../content/sentences.ts'
import { clip, pageHead } from '../../../lib/head.ts'
import { embedPages } from '../../../lib/prerender.ts'

// The embedded overview: no event open. The layout (./route.tsx) draws it.
export const Route = createFileRoute('/{-$lang}/embed/')({
  staticData: { prerender: embedPages() },
  head: ({ match }) =>
    pageHead(match, (t, locale) => ({
      title: t.documentTitle(undefined),
      description: clip(sentencesText(dialogue.summary, locale)),
    })),
})
