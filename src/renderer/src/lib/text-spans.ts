export interface Mark<K extends string = string> {
  start: number
  end: number
  kind: K
  /** Identifies the mark across spans (a claim cut in two by a quote boundary keeps its id). */
  id?: string
}

export interface TextSpan<K extends string = string> {
  start: number
  end: number
  text: string
  /** Every mark covering this span, outermost (earliest, longest) first; empty for plain text. */
  marks: Mark<K>[]
}

/**
 * Cuts `text[from, to)` into spans at every mark boundary, clipping marks to the range. Marks may
 * overlap or nest (a claim inside a restored quote): each span lists all marks covering it, so
 * every character is rendered exactly once and no mark is lost.
 */
export function splitIntoSpans<K extends string>(text: string, from: number, to: number, marks: readonly Mark<K>[]): TextSpan<K>[] {
  const inRange = marks
    .filter((mark) => mark.end > from && mark.start < to && mark.end > mark.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const cuts = new Set([from, to])
  for (const mark of inRange) {
    cuts.add(Math.max(mark.start, from))
    cuts.add(Math.min(mark.end, to))
  }
  const boundaries = [...cuts].sort((a, b) => a - b)
  const spans: TextSpan<K>[] = []
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const start = boundaries[index]!
    const end = boundaries[index + 1]!
    spans.push({ start, end, text: text.slice(start, end), marks: inRange.filter((mark) => mark.start <= start && mark.end >= end) })
  }
  return spans
}
