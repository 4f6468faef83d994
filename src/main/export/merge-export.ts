import { hashRegion, regionText, splitRegions } from './export-regions'
import type { MarkdownExport } from './export-types'
import { mergeFrontMatter, splitFrontMatter } from './front-matter'

export interface MergeResult {
  /**
   * Ids of generated regions the user edited since the last export whose content this merge
   * replaces or removes. Empty means nothing the user wrote is lost; otherwise ask first.
   */
  userEditedRegions: string[]
  /** The merged file, piece by piece: each region is made as it is reached, never the whole file at once. */
  chunks(): Generator<string>
}

/** What the merged file is made of, in order: the user's text, and regions by id (made when written). */
type MergePart = { kind: 'text'; text: string } | { kind: 'region'; id: string }

/**
 * Re-export into an existing file: generated regions are replaced by the new export's, regions the
 * new export no longer has are removed, new ones are inserted next to their neighbours in the new
 * order, and everything outside the regions (the user's text) is kept. Front matter is
 * merged key by key (see mergeFrontMatter). A file with no regions at all keeps its text, with the
 * export appended after it. Line endings and a byte order mark are kept as the existing file had them.
 * With no existing file (null, or nothing in it), the export as it stands alone.
 */
export function mergeExport(existingText: string | null, exported: MarkdownExport): MergeResult {
  const file = existingText ?? ''
  const bom = file.startsWith('\uFEFF') ? '\uFEFF' : ''
  const crlf = file.includes('\r\n')
  const existing = splitFrontMatter(file.slice(bom.length).replace(/\r\n?/g, '\n'))
  const newIds = new Set(exported.regionIds)
  if (existing.frontMatter === null && existing.body.trim() === '') {
    const parts = exported.regionIds.map((id): MergePart => ({ kind: 'region', id }))
    return { userEditedRegions: [], chunks: () => renderParts(exported.frontMatter, parts, exported, { bom: '', crlf: false }) }
  }

  const userEditedRegions: string[] = []
  const parts: MergePart[] = []
  for (const segment of splitRegions(existing.body)) {
    if (segment.kind === 'text') {
      parts.push(segment)
      continue
    }
    const existingHash = hashRegion(segment.inner)
    if (segment.hash !== existingHash) {
      // Edited by the user: lost unless the new export's region says the same (only then is it made twice).
      const unchanged = newIds.has(segment.id) && exported.buildRegion(segment.id).hash === existingHash
      if (!unchanged) userEditedRegions.push(segment.id)
    }
    if (newIds.has(segment.id)) parts.push({ kind: 'region', id: segment.id })
  }
  if (parts.some((part) => part.kind === 'region')) insertNewRegions(parts, exported.regionIds)
  else parts.push(...exported.regionIds.map((id): MergePart => ({ kind: 'region', id }))) // Not an export yet: the user's text first, then the export.

  const frontMatter = mergeFrontMatter(existing.frontMatter, exported.frontMatter)
  return { userEditedRegions, chunks: () => renderParts(frontMatter, parts, exported, { bom, crlf }) }
}

/**
 * The file: front matter, then each block (the user's text, or a region) with one blank line
 * between. Blank lines the user left next to a region are not kept (an earlier export wrote them),
 * so a re-export of the same content gives the same file.
 */
function* renderParts(frontMatter: string, parts: readonly MergePart[], exported: MarkdownExport, file: { bom: string; crlf: boolean }): Generator<string> {
  const lineEndings = (text: string): string => (file.crlf ? text.replace(/\n/g, '\r\n') : text)
  yield file.bom + lineEndings(`---\n${frontMatter}---`)
  for (const part of parts) {
    if (part.kind === 'text') {
      const block = part.text.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '')
      if (block.trim() !== '') yield lineEndings(`\n\n${block}`)
      continue
    }
    yield lineEndings('\n\n')
    for (const piece of regionText(exported.buildRegion(part.id))) yield lineEndings(piece)
  }
  yield lineEndings('\n')
}

/** Each region the file lacks goes after its nearest predecessor in the new order, else before its nearest successor. */
function insertNewRegions(parts: MergePart[], newIds: readonly string[]): void {
  const present = new Set(parts.flatMap((part) => (part.kind === 'region' ? [part.id] : [])))
  const positionOf = (id: string): number => (present.has(id) ? parts.findIndex((part) => part.kind === 'region' && part.id === id) : -1)
  newIds.forEach((id, order) => {
    if (present.has(id)) return
    present.add(id)
    for (let before = order - 1; before >= 0; before--) {
      const at = positionOf(newIds[before]!)
      if (at === -1) continue
      parts.splice(at + 1, 0, { kind: 'region', id })
      return
    }
    for (let after = order + 1; after < newIds.length; after++) {
      const at = positionOf(newIds[after]!)
      if (at === -1) continue
      parts.splice(at, 0, { kind: 'region', id })
      return
    }
  })
}
