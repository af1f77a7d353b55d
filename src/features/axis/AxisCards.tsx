import { memo } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import type { TimelineEvent } from '../../content/types.ts'
import { formatDateValue } from '../../lib/dates.ts'
import styles from './TimeAxis.module.css'
import { LazyPopover } from './LazyPopover.tsx'
import { useAxisLinks } from './useAxisLinks.ts'

// Interest invokers (HTML's `interestfor`): an element that shows a popover while it has the
// pointer's or the keyboard's interest. React passes the attribute through; its types do not
// know it yet. Declared here, beside the cards the axis's markers show with it.
declare module 'react' {
  // Merged into React's own declaration, whose type parameter it must repeat.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    interestfor?: string
  }
}

/** The id of an event's card: every marker of the event, in any lane or clustering, shows it. */
export function cardId(eventId: string): string {
  return `axis-card-${eventId}`
}

/**
 * A card for each event drawn on the axis: shown while a marker has the pointer's or the
 * keyboard's interest (the marker's `interestfor`), as a tooltip would, by the browser itself,
 * so it works from the prerendered page and hydration changes nothing. A hint popover: it never
 * takes focus, Esc dismisses it, and it sits in the top layer, out of the lanes' clipping,
 * anchored beside its marker and turned to stay inside the viewport (TimeAxis.module.css).
 * Its link is for the pointer, which may move onto the card; the keyboard opens the event from
 * the marker itself, so the link stays out of the tab order.
 */
export const AxisCards = memo(function AxisCards({
  events,
  eager,
}: {
  events: readonly TimelineEvent[]
  /** Draw every card's content now (a prerendered page, and its hydration); else on opening. */
  eager: boolean
}) {
  const t = useMessages()
  const locale = useLocale()
  // The cards read the address for their links themselves (it keeps the filters): taken from
  // the axis as a prop, the address made the whole axis (zoom links, ticks, legend) render once
  // more on every navigation, for the location change before the route's own update.
  const { eventHref } = useAxisLinks()
  return (
    <div className={styles.cards}>
      {events.map((event) => (
        <LazyPopover
          key={event.id}
          id={cardId(event.id)}
          popover="hint"
          role="tooltip"
          className={styles.card}
          // The marker's accessible name says what the card says but the place and the
          // summary; a hint popover with links is its details, not its description, so a
          // screen reader loses nothing while it is not drawn.
          eager={eager}
        >
          {() => {
            // Worked out only for a card that is drawn.
            const [stated, ...refined] = event.dates
            const roles = Object.entries(event.roles).flatMap(([country, role]) =>
              role
                ? [
                    t.axisRole(
                      t.countryNames[country as keyof typeof t.countryNames],
                      t.roles[role.role],
                    ),
                  ]
                : [],
            )
            return (
              <>
                <p className={styles.cardTitle}>{event.title[locale]}</p>
                <dl className={styles.cardFacts}>
                  <dt>{t.dateHeading}</dt>
                  <dd>
                    {stated ? formatDateValue(stated.value, locale) : t.dateNotStated}
                    {refined.map((claim, i) => (
                      <span key={i} className={styles.cardRefined}>
                        {t.axisRefined(formatDateValue(claim.value, locale))}
                      </span>
                    ))}
                    {event.undated && (
                      <span className={styles.cardRefined}>{event.undated.why[locale]}</span>
                    )}
                  </dd>
                  <dt>{t.placeHeading}</dt>
                  <dd>{event.place ? event.place.name[locale] : t.placeNotStated}</dd>
                  <dt>{t.rolesHeading}</dt>
                  <dd>{roles.join(' · ')}</dd>
                </dl>
                {event.summary[0] && (
                  <p className={styles.cardSummary}>{event.summary[0].text[locale]}</p>
                )}
                <a className={styles.cardLink} href={eventHref(event.id)} tabIndex={-1}>
                  {t.axisOpen}
                </a>
              </>
            )
          }}
        </LazyPopover>
      ))}
    </div>
  )
})
