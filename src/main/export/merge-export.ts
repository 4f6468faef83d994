import { isEditedRegion, normalizeRegion, type RegionSegment, type Segment, splitRegions } from './export-regions'
import { mergeFrontMatter, splitFrontMatter } from './front-matter'

export interface MergeResult {
  text: string
  /**
   * Ids of generated regions the user edited since the last export whose content this merge
   * replaces or removes. Empty means nothing the user wrote is lost; otherwise ask first.
   */
  userEditedRegions: string[]
}

/**
 * Re-export into an existing file: generated regions are replaced by the new export's, regions the
 * new export no longer has are removed, new ones are inserted next to their neighbours in the new
 * order, and everything outside the regions (the user's text) is kept. Front matter is
 * merged key by key (see mergeFrontMatter). A file with no regions at all keeps its text, with the
 * export appended after it. Line endings and a byte order mark are kept as the existing file had them.
 */
export function mergeExport(existingText: string, newText: string): MergeResult {
  const bom = existingText.startsWith('\uFEFF') ? '\uFEFF' : ''
  const crlf = /\r\n/.test(existingText)
  const existing = splitFrontMatter(existingText.slice(bom.length).replace(/\r\n?/g, '\n'))
  const generated = splitFrontMatter(newText.replace(/\r\n?/g, '\n'))
  if (existing.frontMatter === null && existing.body.trim() === '') return { text: newText, userEditedRegions: [] }

  const newRegions = splitRegions(generated.body).filter((segment): segment is RegionSegment => segment.kind === 'region')
  const newById = new Map(newRegions.map((region) => [region.id, region]))
  const userEditedRegions: string[] = []
  const output: Segment[] = []
  for (const segment of splitRegions(existing.body)) {
    if (segment.kind === 'text') {
      output.push(segment)
      continue
    }
    const replacement = newById.get(segment.id)
    const unchanged = replacement !== undefined && normalizeRegion(replacement.inner) === normalizeRegion(segment.inner)
    if (isEditedRegion(segment) && !unchanged) userEditedRegions.push(segment.id)
    if (replacement) output.push(replacement)
  }
  if (output.some((segment) => segment.kind === 'region')) insertNewRegions(output, newRegions)
  else output.push(...newRegions) // Not an export yet: the user's text first, then the export.

  const body = joinBlocks(output)
  const frontMatter =
    existing.frontMatter === null && generated.frontMatter === null ? null : mergeFrontMatter(existing.frontMatter, generated.frontMatter ?? '')
  let text = frontMatter === null ? `${body}\n` : `---\n${frontMatter}---\n\n${body}\n`
  if (crlf) text = text.replace(/\n/g, '\r\n')
  return { text: bom + text, userEditedRegions }
}

/**
 * One blank line between the user's text and each region. Blank lines the user left next to a
 * region are not kept (an earlier export wrote them), so a re-export of the same content gives the
 * same file.
 */
function joinBlocks(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (segment.kind === 'region' ? segment.raw : segment.text.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '')))
    .filter((block) => block.trim() !== '')
    .join('\n\n')
}

/** Each region the file lacks goes after its nearest predecessor in the new order, else before its nearest successor. */
function insertNewRegions(output: Segment[], newRegions: readonly RegionSegment[]): void {
  const positionOf = (id: string): number => output.findIndex((segment) => segment.kind === 'region' && segment.id === id)
  newRegions.forEach((region, order) => {
    if (positionOf(region.id) !== -1) return
    for (let before = order - 1; before >= 0; before--) {
      const at = positionOf(newRegions[before]!.id)
      if (at === -1) continue
      output.splice(at + 1, 0, region)
      return
    }
    for (let after = order + 1; after < newRegions.length; after++) {
      const at = positionOf(newRegions[after]!.id)
      if (at === -1) continue
      output.splice(at, 0, region)
      return
    }
  })
}
