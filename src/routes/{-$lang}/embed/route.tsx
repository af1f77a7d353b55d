import { createFileRoute, Outlet } from '@tanstack/react-router'
import { EMBED_LINKS, LinkScopeContext } from '../../../components/linkScope.ts'
import { EmbedFrame } from '../../-components/EmbedFrame.tsx'
import { historyDeps, loadViewHistory, useOpenEvent } from '../../-components/eventMatch.tsx'
import { TimelineScreen } from '../../-components/TimelineScreen.tsx'

/**
 * The embeddable timeline (/embed, /embed/events/…, in every language): the same screen as the
 * site's, with the same search params, in a frame without the site's navigation. Its links
 * stay inside the embed (LinkScope); the language layout leaves out the site's page frame.
 */
export const Route = createFileRoute('/{-$lang}/embed')({
  loaderDeps: historyDeps,
  loader: loadViewHistory,
  component: function EmbedLayout() {
    const { missing, event } = useOpenEvent('/{-$lang}/embed/events/$eventId')
    return (
      <LinkScopeContext value={EMBED_LINKS}>
        <EmbedFrame eventId={missing ? undefined : event?.id}>
          {missing ? <Outlet /> : <TimelineScreen selected={event} embedded />}
        </EmbedFrame>
      </LinkScopeContext>
    )
  },
})
