import { createFileRoute } from '@tanstack/react-router'
import { DocumentTitle } from '../../../components/DocumentTitle.tsx'
import { useMessages } from '../../../components/useLocale.ts'
import { allDelegations } from '../../../content/queries.ts'
import { DelegationsIndex } from '../../../features/delegations/DelegationsIndex.tsx'
import { singlePage } from '../../../lib/prerender.ts'

export const Route = createFileRoute('/{-$lang}/delegations/')({
  staticData: { prerender: singlePage({ kind: 'delegations' }) },
  component: function DelegationsRoute() {
    const t = useMessages()
    const { country } = Route.useSearch()
    // With a country chosen, the panel view shows that country's delegation only.
    const shown =
      country === undefined ? allDelegations : allDelegations.filter((d) => d.country === country)
    return (
      <>
        <DocumentTitle title={t.documentTitle(t.navDelegations)} />
        <DelegationsIndex delegations={shown} />
      </>
    )
  },
})
