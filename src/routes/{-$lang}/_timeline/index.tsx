import { createFileRoute } from '@tanstack/react-router'

// The overview: no event open. The timeline itself is drawn by the layout (./route.tsx), which
// stays mounted when an event opens or closes.
export const Route = createFileRoute('/{-$lang}/_timeline/')({})
