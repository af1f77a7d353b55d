import { createFileRoute, notFound } from '@tanstack/react-router'
import { NotFoundView } from '../../../components/StatusView.tsx'
import { useMessages } from '../../../components/useLocale.ts'
import { allDelegations, findDelegation, findPerson } from '../../../content/queries.ts'
import { DelegationPanel } from '../../../features/delegations/DelegationPanel.tsx'
import { pageHead } from '../../../lib/head.ts'
import { delegationPageJsonLd } from '../../../lib/jsonld.ts'
import { prerender } from '../../../lib/prerender.ts'
import { delegationCard } from '../../../lib/previewCard.ts'
import { HashTarget } from '../../-components/HashTarget.tsx'

export const Route = createFileRoute('/{-$lang}/delegations/$delegationId')({
  staticData: {
    prerender: prerender({
      params: () => allDelegations.map((d) => ({ delegationId: d.country.toLowerCase() })),
      card: ({ delegationId }, locale) => delegationCard(delegationId, locale),
      structuredData: ({ delegationId }, locale, site) =>
        delegationPageJsonLd(site, delegationId, locale),
    }),
  },
  loader: ({ params }) => {
    const delegation = findDelegation(params.delegationId)
    if (!delegation) throw notFound()
    return { delegation }
  },
  head: ({ match, loaderData }) =>
    pageHead(match, (t, locale) => {
      if (!loaderData) return undefined
      const { delegation } = loaderData
      const chairs = delegation.coChairs
        .map((id) => findPerson(id)?.name[locale])
        .filter((name): name is string => name !== undefined)
      return {
        title: t.documentTitle(delegation.name[locale]),
        description: t.delegationDescription(
          delegation.name[locale],
          delegation.members.length,
          chairs.join(t.andJoiner),
          chairs.length,
        ),
      }
    }),
  component: function DelegationRoute() {
    const { delegation } = Route.useLoaderData()
    return (
      <>
        <HashTarget />
        <DelegationPanel delegation={delegation} />
      </>
    )
  },
  notFoundComponent: function DelegationNotFound() {
    const t = useMessages()
    const { delegationId } = Route.useParams()
    return <NotFoundView message={t.notFoundDelegation(delegationId)} />
  },
})
