import type { SearchExcerpt } from '../../../shared/model'
import { splitIntoSpans } from '../lib/text-spans'

/** A search result's excerpt, as text, with the query's words marked. */
export function SearchExcerptText({ excerpt }: { excerpt: SearchExcerpt }) {
  const marks = excerpt.highlights.map((range) => ({ ...range, kind: 'match' as const }))
  return (
    <span className="search-excerpt">
      {splitIntoSpans(excerpt.text, 0, excerpt.text.length, marks).map((span) =>
        span.marks.length > 0 ? (
          <mark key={span.start} className="search-match">
            {span.text}
          </mark>
        ) : (
          span.text
        )
      )}
    </span>
  )
}
