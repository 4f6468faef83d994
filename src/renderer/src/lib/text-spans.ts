export interface Mark<K extends string = string> {
  start: number
  end: number
  kind: K
}

export interface TextSpan<K extends string = string> {
  start: number
  end: number
  text: string
  /** The mark covering this span, or null for plain text. */
  mark: Mark<K> | null
}

/**
 * Cuts `text[from, to)` into plain and marked spans, clipping marks to the range. Marks must not
 * overlap (the earlier one wins), so every character is rendered exactly once.
 */
export function splitIntoSpans<K extends string>(text: string, from: number, to: number, marks: readonly Mark<K>[]): TextSpan<K>[] {
  const spans: TextSpan<K>[] = []
  let cursor = from
  const inRange = marks.filter((mark) => mark.end > from && mark.start < to).sort((a, b) => a.start - b.start)
  for (const mark of inRange) {
    const start = Math.max(mark.start, cursor)
    const end = Math.min(mark.end, to)
    if (end <= start) continue
    if (start > cursor) spans.push({ start: cursor, end: start, text: text.slice(cursor, start), mark: null })
    spans.push({ start, end, text: text.slice(start, end), mark })
    cursor = end
  }
  if (cursor < to) spans.push({ start: cursor, end: to, text: text.slice(cursor, to), mark: null })
  return spans
}
