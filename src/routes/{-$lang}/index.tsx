import { createFileRoute } from '@tanstack/react-router'
import { TimelineScreen } from '../-components/TimelineScreen.tsx'

export const Route = createFileRoute('/{-$lang}/')({
  component: function TimelineRoute() {
    const { country } = Route.useSearch()
    return <TimelineScreen selected={undefined} country={country} />
  },
})
