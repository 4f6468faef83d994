/**
 * Row ids follow their claims, so a row that was merged, split or corrected comes back under a new
 * id: what belonged to the old row (its note, the table's active row) goes to the candidate sharing
 * the most of its claims. None when no candidate shares any; on a tie, the preferred candidate (the
 * row of the same id), else the first. Used by the notes' reconciling in main and by the renderer.
 */
export function findRowSharingMostClaims<T>(
  claimIds: Iterable<string>,
  candidates: Iterable<T>,
  claimIdsOf: (candidate: T) => readonly string[],
  isPreferred: (candidate: T) => boolean = () => false
): T | undefined {
  const members = new Set(claimIds)
  let best: T | undefined
  let bestShared = 0
  for (const candidate of candidates) {
    const shared = claimIdsOf(candidate).reduce((count, id) => count + (members.has(id) ? 1 : 0), 0)
    if (shared === 0) continue
    if (shared > bestShared || (shared === bestShared && isPreferred(candidate) && !(best !== undefined && isPreferred(best)))) [best, bestShared] = [candidate, shared]
  }
  return best
}
