import { createFileRoute } from '@tanstack/react-router'
import { singlePage } from '../../../lib/prerender.ts'

// The overview: no event open. The timeline itself is drawn by the layout (./route.tsx), which
// stays mounted when an event opens or closes.
export const Route = createFileRoute('/{-$lang}/_timeline/')({
  staticData: { prerender: singlePage({ kind: 'timeline' }) },
})
