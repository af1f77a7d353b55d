import { Fragment, memo } from 'react'
import { useLocale, useMessages } from '../../components/useLocale.ts'
import { CitedBy } from './CitedBy.tsx'
import type { Paragraph } from './passages.ts'
import styles from './SourceView.module.css'

/**
 * One paragraph of the release: cited passages marked, each with an anchor to link to.
 * `current` is the followed passage when it is in this paragraph, else '': a paragraph
 * re-renders only when the passage it holds is followed or left (see ReleaseText).
 */
const ReleaseParagraph = memo(function ReleaseParagraph({
  paragraph,
  current,
}: {
  paragraph: Paragraph
  current: string
}) {
  const t = useMessages()
  const locale = useLocale()
  return (
    <div className={styles.paragraph} data-cited={paragraph.passages.length > 0 || undefined}>
      {/* The release was published in English only; it is shown as published in every language. */}
      <p id={paragraph.id} lang="en" tabIndex={-1} className={styles.text}>
        {paragraph.segments.map((segment, index) => {
          const text = segment.emphasis ? <em>{segment.text}</em> : segment.text
          const followed = current !== '' && segment.passages.includes(current)
          return (
            <Fragment key={index}>
              {segment.anchors.map((anchor) => (
                <span key={anchor} id={anchor} className={styles.anchor} />
              ))}
              {segment.anchors.includes(current) && (
                <span className="visually-hidden" lang={locale}>
                  {t.followedPassage}:{' '}
                </span>
              )}
              {segment.passages.length > 0 ? (
                <mark className={styles.mark} data-followed={followed || undefined}>
                  {text}
                </mark>
              ) : (
                text
              )}
            </Fragment>
          )
        })}
      </p>
      <CitedBy
        citers={paragraph.citers}
        label={`${t.labelled(t.citedBy)}${t.sourceParagraph(paragraph.number)}`}
      />
    </div>
  )
})

/** The release, paragraph by paragraph; `current` is the followed passage's anchor, or ''. */
export const ReleaseText = memo(function ReleaseText({
  paragraphs,
  current,
}: {
  paragraphs: readonly Paragraph[]
  current: string
}) {
  return (
    <div className={styles.release}>
      {paragraphs.map((paragraph) => (
        <ReleaseParagraph
          key={paragraph.id}
          paragraph={paragraph}
          current={paragraph.passages.includes(current) ? current : ''}
        />
      ))}
    </div>
  )
})
