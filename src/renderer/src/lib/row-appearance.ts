/** Colour and glyph per row, so rows are told apart without relying on colour alone. */
const GLYPHS = ['●', '▲', '■', '◆', '★', '✚', '⬟', '▼']
const COLOURS = 8

export interface RowAppearance {
  colour: number
  glyph: string
}

export function rowAppearance(rowIndex: number): RowAppearance {
  return { colour: rowIndex % COLOURS, glyph: GLYPHS[Math.floor(rowIndex / COLOURS + rowIndex) % GLYPHS.length]! }
}
