import type { SourceSegment } from '../../shared/model'

/**
 * Text that remembers where each of its characters came from in the decoded original file.
 *
 * `origins[i]` is the offset in the original of `text[i]`, or -1 when Riscontro wrote the
 * character itself (a space joining two wrapped lines, the blank line between blocks). A character
 * keeps its origin only while it is the very same character, so every run of consecutive origins is
 * a verbatim copy of the original: that is what makes the source map exact. Once made, a MappedText
 * is never written to (stages build new ones), so several may share one array of origins.
 */
export interface MappedText {
  readonly text: string
  readonly origins: Int32Array
}

export const emptyMappedText: MappedText = { text: '', origins: new Int32Array(0) }

/** A verbatim slice of the original, `original.slice(start, end)`, mapped to where it stood. */
export function mapOriginalSlice(original: string, start: number, end: number): MappedText {
  const origins = new Int32Array(end - start)
  for (let index = 0; index < origins.length; index++) origins[index] = start + index
  return { text: original.slice(start, end), origins }
}

/** Text Riscontro wrote (separators, text rebuilt from markup): it maps to nothing in the original. */
export function createSyntheticText(text: string): MappedText {
  return { text, origins: new Int32Array(text.length).fill(-1) }
}

export function sliceMappedText(mapped: MappedText, start: number, end: number = mapped.text.length): MappedText {
  return { text: mapped.text.slice(start, end), origins: mapped.origins.slice(start, end) }
}

export function concatMappedTexts(parts: readonly MappedText[]): MappedText {
  if (parts.length === 1) return parts[0]!
  let length = 0
  for (const part of parts) length += part.text.length
  const origins = new Int32Array(length)
  let offset = 0
  for (const part of parts) {
    origins.set(part.origins, offset)
    offset += part.origins.length
  }
  return { text: parts.map((part) => part.text).join(''), origins }
}

/**
 * Builds text one character at a time while keeping origins: the cleaning passes walk the text
 * once and push what they keep, which is linear and needs no regular expression over the whole body.
 */
export class MappedTextBuilder {
  private readonly characters: string[] = []
  private readonly origins: number[] = []

  get length(): number {
    return this.characters.length
  }

  push(character: string, origin: number): void {
    this.characters.push(character)
    this.origins.push(origin)
  }

  characterAt(index: number): string | undefined {
    return this.characters[index]
  }

  /** Removes the characters at the given indexes (sorted ascending), in one pass. */
  removeAt(indexes: readonly number[]): void {
    if (indexes.length === 0) return
    let write = 0
    let next = 0
    for (let read = 0; read < this.characters.length; read++) {
      if (read === indexes[next]) {
        next++
        continue
      }
      this.characters[write] = this.characters[read]!
      this.origins[write] = this.origins[read]!
      write++
    }
    this.characters.length = write
    this.origins.length = write
  }

  build(): MappedText {
    return { text: this.characters.join(''), origins: Int32Array.from(this.origins) }
  }
}

/** Runs of `mapped` that are verbatim copies of consecutive original text, as source segments. */
export function buildSourceMap(mapped: MappedText): SourceSegment[] {
  const segments: SourceSegment[] = []
  const { origins } = mapped
  let index = 0
  while (index < origins.length) {
    const originalStart = origins[index]!
    if (originalStart < 0) {
      index++
      continue
    }
    let end = index + 1
    while (end < origins.length && origins[end] === originalStart + (end - index)) end++
    segments.push({ cleanStart: index, length: end - index, originalStart, originalLength: end - index })
    index = end
  }
  return segments
}

/** The original offset a cleaned offset came from, or null when that character was written by Riscontro. */
export function findOriginalOffset(sourceMap: readonly SourceSegment[], cleanOffset: number): number | null {
  let low = 0
  let high = sourceMap.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const segment = sourceMap[middle]!
    if (cleanOffset < segment.cleanStart) high = middle - 1
    else if (cleanOffset >= segment.cleanStart + segment.length) low = middle + 1
    else return segment.originalStart + (cleanOffset - segment.cleanStart)
  }
  return null
}
