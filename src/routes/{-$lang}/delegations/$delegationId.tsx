import { createFileRoute, notFound } from '@tanstack/react-router'
import { DocumentTitle } from '../../../components/DocumentTitle.tsx'
import { NotFoundView } from '../../../components/StatusView.tsx'
import { useLocale, useMessages } from '../../../components/useLocale.ts'
import { findDelegation } from '../../../content/queries.ts'
import { DelegationPanel } from '../../../features/delegations/DelegationPanel.tsx'
import { prerender } from '../../../lib/prerender.ts'
import { HashTarget } from '../../-components/HashTarget.tsx'

export const Route = createFileRoute('/{-$lang}/delegations/$delegationId')({
  staticData: {
    prerender: prerender({
      params: async () => {
        const { allDelegations } = await import('../../../content/queries.ts')
        return allDelegations.map((d) => ({ delegationId: d.country.toLowerCase() }))
      },
      view: ({ delegationId }) => ({ kind: 'delegation', delegationId }),
    }),
  },
  loader: ({ params }) => {
    const delegation = findDelegation(params.delegationId)
    if (!delegation) throw notFound()
    return { delegation }
  },
  component: function DelegationRoute() {
    const { delegation } = Route.useLoaderData()
    const t = useMessages()
    const locale = useLocale()
    return (
      <>
        <DocumentTitle title={t.documentTitle(delegation.name[locale])} />
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
