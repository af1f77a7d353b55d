import { Link } from '@tanstack/react-router'
import { CitationList } from '../../components/CitationList.tsx'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { ROUND_ROWS, type Round } from '../../content/rounds.ts'
import { langParam } from '../../lib/locale.ts'
import styles from './RoundsTable.module.css'

/**
 * The meetings of the dialogue side by side: a real table (one column per meeting, one row per
 * fact, headers scoped), each cell with its sources behind the same disclosure as elsewhere,
 * or "not stated in the sources" where none says. On a narrow screen the same table is laid
 * out as one card per meeting (see the stylesheet), so the page never scrolls sideways.
 */
export function RoundsTable({ rounds }: { rounds: readonly Round[] }) {
  const t = useMessages()
  const locale = useLocale()
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{t.roundsTitle}</h1>
      <p className={styles.intro}>{t.roundsIntro}</p>
      <div className={styles.frame}>
        <table className={styles.table}>
          <caption className={styles.caption}>{t.roundsCaption}</caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {rounds.map((round, col) => (
                <th
                  key={round.id}
                  scope="col"
                  id={round.id}
                  className={styles.meeting}
                  data-col={col}
                >
                  <Link
                    to="/{-$lang}/events/$eventId"
                    params={{ lang: langParam(locale), eventId: round.eventId }}
                    aria-label={t.roundsOpenEvent(round.name[locale])}
                  >
                    {round.name[locale]}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROUND_ROWS.map((row) => (
              <tr key={row}>
                <th scope="row" className={styles.rowHeading}>
                  {t.roundsRows[row]}
                </th>
                {rounds.map((round, col) => {
                  const cell = round.cells[row]
                  return (
                    <td key={round.id} data-col={col} className={styles.cell}>
                      {/* The row's name for the card layout, where the row headings are not
                          drawn; hidden (and so not read) while they are. */}
                      <span className={styles.cellLabel}>{t.roundsRows[row]}</span>
                      {cell === null ? (
                        <span className={styles.notStated}>{t.roundsNotStated}</span>
                      ) : (
                        <>
                          <span className={styles.text}>{cell.text[locale]}</span>
                          <CitationList cites={cell.cites} />
                        </>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
