import { createFileRoute } from '@tanstack/react-router'

// The embedded overview: no event open. The layout (./route.tsx) draws it.
export const Route = createFileRoute('/{-$lang}/embed/')({})
