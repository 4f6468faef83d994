import { decimalFromParts, type ExactDecimal } from './exact-decimal'

/**
 * Which mark a text uses for decimals by default: Italian writes 11.000 and 1,7, English 11,000 and
 * 1.7 (issue 3: "the article's language decides the number format").
 */
export type NumberFormat = 'it' | 'en'

/**
 * How a run of digits reads. `alternative` is set when the form is ambiguous ("1.500": one mark
 * followed by exactly three digits) and holds the other reading; a later refiner picks it when the
 * context rules the default out (1.5 soldiers cannot be; 1500 can).
 */
export interface DigitReading {
  value: ExactDecimal
  alternative: ExactDecimal | null
  /** The run used a thousands separator or a decimal mark, so it cannot be a year or an identifier. */
  separated: boolean
}

const spaceSeparator = /[ \u00A0\u202F\u2009]/g

/** Reads a run of digits and separators as the tokenizer cut it ("11.000", "1,7", "1 200 000"). */
export function parseDigitNumber(raw: string, format: NumberFormat): DigitReading | null {
  const spaced = spaceSeparator.test(raw)
  spaceSeparator.lastIndex = 0
  const compact = raw.replace(spaceSeparator, '')
  const dots = countOf(compact, '.')
  const commas = countOf(compact, ',')

  if (dots === 0 && commas === 0) return { value: decimalFromParts(compact), alternative: null, separated: spaced }

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark ("1.234,5" or "1,234.5").
    const decimalMark = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ','
    const thousandsMark = decimalMark === '.' ? ',' : '.'
    if (countOf(compact, decimalMark) !== 1) return null
    const [integerPart = '', fractionPart = ''] = compact.split(decimalMark)
    if (!hasThousandsGroups(integerPart.split(thousandsMark))) return null
    return { value: decimalFromParts(integerPart.split(thousandsMark).join(''), fractionPart), alternative: null, separated: true }
  }

  const mark = dots > 0 ? '.' : ','
  const groups = compact.split(mark)
  if (groups.length > 2) {
    // The same mark twice can only separate thousands ("1.200.000", "1,200,000").
    return hasThousandsGroups(groups) ? { value: decimalFromParts(groups.join('')), alternative: null, separated: true } : null
  }

  const [integerPart = '', fractionPart = ''] = groups
  const asDecimal = decimalFromParts(integerPart, fractionPart)
  // After space-separated thousands the remaining mark is the decimal one ("1 234,5").
  if (spaced) return { value: asDecimal, alternative: null, separated: true }
  const couldBeThousands = fractionPart.length === 3 && hasThousandsGroups(groups)
  if (!couldBeThousands) return { value: asDecimal, alternative: null, separated: true }

  const asThousands = decimalFromParts(integerPart + fractionPart)
  const markIsDecimalByDefault = (format === 'it') === (mark === ',')
  return markIsDecimalByDefault
    ? { value: asDecimal, alternative: asThousands, separated: true }
    : { value: asThousands, alternative: asDecimal, separated: true }
}

/**
 * The number format of a text: its language when that is Italian or English; otherwise (und, or a
 * language we have no lexicon for) the format its unambiguous numbers use, English when none is.
 */
export function numberFormatFor(language: string, text: string): NumberFormat {
  if (language === 'it') return 'it'
  if (language === 'en') return 'en'
  let italianVotes = 0
  let englishVotes = 0
  for (const match of text.matchAll(/\d([.,])(\d+)(?![\d])/g)) {
    const mark = match[1]
    const following = match[2]?.length ?? 0
    if (following === 3) continue
    if (mark === ',') italianVotes += 1
    else englishVotes += 1
  }
  for (const match of text.matchAll(/\d{1,3}([.,])\d{3}\1\d{3}(?!\d)/g)) {
    if (match[1] === '.') italianVotes += 1
    else englishVotes += 1
  }
  return italianVotes > englishVotes ? 'it' : 'en'
}

function hasThousandsGroups(groups: string[]): boolean {
  const [first, ...rest] = groups
  if (first === undefined || first.length < 1 || first.length > 3 || (first === '0' && rest.length > 0)) return false
  return rest.every((group) => group.length === 3)
}

function countOf(text: string, character: string): number {
  let count = 0
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count += 1
  return count
}
