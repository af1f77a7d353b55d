import { useMatch, useRouter } from '@tanstack/react-router'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { EmbedButton } from '../../features/sharing/EmbedButton.tsx'
import { langParam } from '../../lib/locale.ts'

const EVENT_ROUTE = '/{-$lang}/_timeline/events/$eventId'

/**
 * The "Embed" action of a timeline view: the embed of the same event, in the same language,
 * with the reader's filters and range (the router builds the address, so defaults stay out).
 */
export function EmbedAction() {
  const t = useMessages()
  const locale = useLocale()
  const router = useRouter()
  const event = useMatch({
    from: EVENT_ROUTE,
    shouldThrow: false,
    select: (m) => m.loaderData?.event,
  })
  const eventId = event?.id
  function embedPath(): string {
    const lang = langParam(locale)
    const location =
      eventId === undefined
        ? router.buildLocation({ to: '/{-$lang}/embed', params: { lang }, search: true })
        : router.buildLocation({
            to: '/{-$lang}/embed/events/$eventId',
            params: { lang, eventId },
            search: true,
          })
    return router.history.createHref(location.href)
  }
  return <EmbedButton embedPath={embedPath} title={t.documentTitle(event?.title[locale])} />
}
