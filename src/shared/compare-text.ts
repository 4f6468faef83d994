/** Code-unit order: the same on every machine and locale, unlike `localeCompare`, so ids and paths sort deterministically. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Article dates (`YYYY-MM-DD`, `YYYY-MM` or null), newest first, undated after dated. Equal dates
 * compare as 0, so each list adds its own tiebreak.
 */
export function compareDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? 1 : -1
}
