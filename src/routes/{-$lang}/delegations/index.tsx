import { createFileRoute } from '@tanstack/react-router'
import { localized } from '../../../content/localized.ts'
import { allDelegations } from '../../../content/queries.ts'
import { DelegationsIndex } from '../../../features/delegations/DelegationsIndex.tsx'
import { pageHead } from '../../../lib/head.ts'
import { delegationsJsonLd } from '../../../lib/jsonld.ts'
import { singlePage } from '../../../lib/prerender.ts'
import { delegationsCard } from '../../../lib/previewCard.ts'

const DESCRIPTION = localized('seo.DELEGATIONS_DESCRIPTION')

export const Route = createFileRoute('/{-$lang}/delegations/')({
  staticData: {
    prerender: singlePage({
      card: delegationsCard,
      structuredData: (locale, site) => delegationsJsonLd(site, locale),
    }),
  },
  head: ({ match }) =>
    pageHead(match, (t, locale) => ({
      title: t.documentTitle(t.navDelegations),
      description: DESCRIPTION[locale],
    })),
  component: function DelegationsRoute() {
    const { country } = Route.useSearch()
    // With a country chosen, the panel view shows that country's delegation only.
    const shown =
      country === undefined ? allDelegations : allDelegations.filter((d) => d.country === country)
    return <DelegationsIndex delegations={shown} />
  },
})
