import { findDelegation, findEvent, findPerson, findSource } from '../content/queries.ts'
import { COUNTRIES, type CountryCode, type Locale } from '../content/types.ts'
import { formatDateValue } from './dates.ts'
import { messagesFor } from './i18n.ts'
import { localeInfo } from '../core/locales.ts'

// What a page's link-preview image says, in the page's language: scripts/og draws it at build
// time and the page's og:image:alt says the same in words. Pure data from the content, so the
// image, its alt text and the tests agree. Each page route declares its card in its
// staticData.prerender, from one of these.

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

/** A card from its parts, with the app's name at the foot and the alt text from all of them. */
export function card(
  locale: Locale,
  kicker: string,
  title: string,
  flags: PreviewCard['flags'],
): PreviewCard {
  const t = messagesFor(locale)
  const words = [title, kicker, ...flags.map((f) => f.label), t.siteTitle]
  return { locale, kicker, title, flags, footer: t.siteTitle, alt: t.previewAlt(words.join(' · ')) }
}

/** Both countries' flags, each with the country's name. */
export function bothFlags(locale: Locale): PreviewCard['flags'] {
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

/** The timeline's card: the app, its tagline and both countries. */
export function timelineCard(locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  return card(locale, t.siteTagline, t.siteTitle, bothFlags(locale))
}

/** An event's card: its date and place, its title, each country's role. */
export function eventCard(eventId: string, locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  const event = findEvent(eventId)
  if (!event) throw new Error(`No event ${eventId}`)
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

/** The delegations' card: both countries with their co-chairs. */
export function delegationsCard(locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  return card(
    locale,
    t.siteTitle,
    t.navDelegations,
    COUNTRIES.map((country) => coChairs(country, locale)),
  )
}

/** One delegation's card: its name and its co-chairs. */
export function delegationCard(delegationId: string, locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  const delegation = findDelegation(delegationId)
  if (!delegation) throw new Error(`No delegation ${delegationId}`)
  return card(locale, t.navDelegations, delegation.name[locale], [
    coChairs(delegation.country, locale),
  ])
}

/** The release's card. */
export function sourceCard(locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  return card(
    locale,
    t.sourceTitle,
    findSource('press-release')?.title[locale] ?? t.sourceTitle,
    bothFlags(locale),
  )
}

/** The rounds compared: the dialogue's meetings, both countries. */
export function roundsCard(locale: Locale): PreviewCard {
  const t = messagesFor(locale)
  return card(locale, t.siteTitle, t.roundsTitle, bothFlags(locale))
}
