import { createFileRoute } from '@tanstack/react-router'
import { singlePage } from '../../../lib/prerender.ts'

// The embedded overview: no event open. The layout (./route.tsx) draws it.
export const Route = createFileRoute('/{-$lang}/embed/')({
  staticData: { prerender: singlePage({ kind: 'timeline' }, { embed: true }) },
})
