import { findDelegation, findEvent, findPerson, findSource } from '../content/queries.ts'
import { COUNTRIES, type CountryCode, type Locale } from '../content/types.ts'
import { formatDateValue } from './dates.ts'
import { messagesFor } from './i18n.ts'
import { localeInfo } from '../core/locales.ts'
// Type only: seo.ts imports this module for each page's alt text.
import type { View } from './seo.ts'

// What a page's link-preview image says, in the page's language: scripts/og draws it at build
// time and the page's og:image:alt says the same in words. Pure data from the content, so the
// image, its alt text and the tests agree.

export interface PreviewCard {
  readonly locale: Locale
  /** The small line above the title: date and place for an event, the section otherwise. */
  readonly kicker: string
  readonly title: string
  /** A flag per country, each with what it says beside it (its role, its co-chairs). */
  readonly flags: readonly { readonly country: CountryCode; readonly label: string }[]
  /** The app's name, at the foot of the card. */
  readonly footer: string
  /** The card in words, for og:image:alt. */
  readonly alt: string
}

function card(
  locale: Locale,
  kicker: string,
  title: string,
  flags: PreviewCard['flags'],
): PreviewCard {
  const t = messagesFor(locale)
  const words = [title, kicker, ...flags.map((f) => f.label), t.siteTitle]
  return { locale, kicker, title, flags, footer: t.siteTitle, alt: t.previewAlt(words.join(' · ')) }
}

function bothFlags(locale: Locale): PreviewCard['flags'] {
  return COUNTRIES.map((country) => ({ country, label: messagesFor(locale).countryNames[country] }))
}

function coChairs(country: CountryCode, locale: Locale): PreviewCard['flags'][number] {
  const t = messagesFor(locale)
  const names = (findDelegation(country)?.coChairs ?? [])
    .map((id) => findPerson(id)?.name[locale])
    .filter((name): name is string => name !== undefined)
  const list = names.join(localeInfo(locale).nameSeparator)
  return { country, label: t.previewCountryRole(t.countryNames[country], list) }
}

export function previewCard(view: View, locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  switch (view.kind) {
    case 'timeline':
      return card(locale, t.siteTagline, t.siteTitle, bothFlags(locale))
    case 'event': {
      const event = findEvent(view.eventId)
      if (!event) throw new Error(`No event ${view.eventId}`)
      const stated = event.dates[0]
      const when = stated ? formatDateValue(stated.value, locale) : t.dateNotStated
      const kicker = [when, event.place?.name[locale]].filter(Boolean).join(' · ')
      const flags = COUNTRIES.flatMap((country) => {
        const role = event.roles[country]?.role
        return role === undefined
          ? []
          : [{ country, label: t.previewCountryRole(t.countryNames[country], t.roles[role]) }]
      })
      return card(locale, kicker, event.title[locale], flags)
    }
    case 'delegations':
      return card(
        locale,
        t.siteTitle,
        t.navDelegations,
        COUNTRIES.map((country) => coChairs(country, locale)),
      )
    case 'delegation': {
      const delegation = findDelegation(view.delegationId)
      if (!delegation) throw new Error(`No delegation ${view.delegationId}`)
      return card(locale, t.navDelegations, delegation.name[locale], [
        coChairs(delegation.country, locale),
      ])
    }
    case 'source':
      return card(
        locale,
        t.sourceTitle,
        findSource('press-release')?.title[locale] ?? t.sourceTitle,
        bothFlags(locale),
      )
  }
}
