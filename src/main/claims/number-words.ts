/**
 * Numbers written as words. Italian fuses them into one word ("trecentomila", "ventitré",
 * "duemilacinquecento"), so a word is parsed on its own; English spreads them over several words
 * ("two hundred and fifty", "twenty-five"), so a run of tokens is parsed. Magnitudes above a
 * thousand (milioni, billion) are not here: they scale digits too and are magnitudes. The words
 * themselves live in `src/main/language/`; this module is the grammar that fuses them.
 */
import { englishNumberWordParts } from '../language/english'
import { italianNumberWordParts } from '../language/italian'
import type { Token } from './tokenize'

const { units: italianUnits, teens: italianTeens, tens: italianTens } = italianNumberWordParts

/** Every Italian word for 1…999, in its elided and accented spellings ("ventotto", "ventitré", "centottanta"). */
const italianBelowThousand: Map<string, number> = buildItalianBelowThousand()

function buildItalianBelowThousand(): Map<string, number> {
  const words = new Map<string, number>()
  const belowHundred = new Map<string, number>()
  for (let unit = 1; unit <= 9; unit += 1) belowHundred.set(italianUnits[unit]!, unit)
  italianTeens.forEach((word, index) => belowHundred.set(word, 10 + index))
  for (let ten = 2; ten <= 9; ten += 1) {
    const tenWord = italianTens[ten]!
    belowHundred.set(tenWord, ten * 10)
    // "quarant'anni", "vent'anni": the tens elided before a vowel.
    belowHundred.set(`${tenWord.slice(0, -1)}'`, ten * 10)
    for (let unit = 1; unit <= 9; unit += 1) {
      const unitWord = italianUnits[unit]!
      // "venti" + "uno" → "ventuno": the tens drop their vowel before a vowel.
      const joined = /^[uo]/.test(unitWord) ? tenWord.slice(0, -1) + unitWord : tenWord + unitWord
      belowHundred.set(joined, ten * 10 + unit)
      if (unit === 3) belowHundred.set(joined.replace(/tre$/, 'tré'), ten * 10 + unit)
    }
  }
  for (const [word, value] of belowHundred) words.set(word, value)
  for (let hundred = 1; hundred <= 9; hundred += 1) {
    const hundredWord = hundred === 1 ? 'cento' : italianUnits[hundred]! + 'cento'
    words.set(hundredWord, hundred * 100)
    for (const [word, value] of belowHundred) {
      words.set(hundredWord + word, hundred * 100 + value)
      // "centottanta", "centotto": both spellings are in use.
      if (/^o/.test(word)) words.set(hundredWord.slice(0, -1) + word, hundred * 100 + value)
    }
  }
  return words
}

export function italianNumberWordsBelowThousand(): IterableIterator<string> {
  return italianBelowThousand.keys()
}

/**
 * The value of one Italian number word, or null: "nove" 9, "mille" 1000, "duemila" 2000,
 * "trecentomila" 300000, "duemilacinquecento" 2500. "uno"/"un"/"una" are left to the caller: on their
 * own they are articles far more often than numbers.
 */
export function parseItalianNumberWord(lowerWord: string): number | null {
  const direct = italianBelowThousand.get(lowerWord)
  if (direct !== undefined) return direct
  if (lowerWord.startsWith('mille')) {
    const rest = lowerWord.slice('mille'.length)
    if (rest === '') return 1000
    const restValue = italianBelowThousand.get(rest)
    return restValue === undefined ? null : 1000 + restValue
  }
  const milaAt = lowerWord.indexOf('mila')
  if (milaAt <= 0) return null
  const thousands = italianBelowThousand.get(lowerWord.slice(0, milaAt))
  if (thousands === undefined || thousands < 2) return null
  const rest = lowerWord.slice(milaAt + 'mila'.length)
  if (rest === '') return thousands * 1000
  const restValue = italianBelowThousand.get(rest)
  return restValue === undefined ? null : thousands * 1000 + restValue
}

const englishSmall = new Map<string, number>(englishNumberWordParts.small)
const englishTens = new Map<string, number>(englishNumberWordParts.tens)

export function isEnglishNumberWord(lowerWord: string): boolean {
  return englishSmall.has(lowerWord) || englishTens.has(lowerWord) || lowerWord === 'hundred' || lowerWord === 'dozen'
}

export interface WordNumeral {
  value: number
  /** Index of the last token that belongs to the number. */
  last: number
}

/**
 * Parses English number words starting at tokens[first]: "twenty-five", "two hundred and fifty",
 * "a hundred", "a dozen", "three dozen". Stops before thousand/million, which the magnitude
 * recognizer applies to words and digits alike. "a" counts as one only before hundred or dozen.
 */
export function parseEnglishNumberWords(tokens: readonly Token[], first: number): WordNumeral | null {
  let current = 0
  let last = -1
  let index = first
  let expectUnitAfterTen = false
  while (index < tokens.length) {
    const token = tokens[index]!
    const word = token.lower
    if (token.type === 'symbol' && word === '-' && expectUnitAfterTen && tokens[index + 1] && englishSmall.has(tokens[index + 1]!.lower)) {
      index += 1
      continue
    }
    if (token.type !== 'word') break
    const small = englishSmall.get(word)
    const ten = englishTens.get(word)
    if (small !== undefined && (current % 100 === 0 || (expectUnitAfterTen && small < 10))) {
      current += small
      expectUnitAfterTen = false
    } else if (ten !== undefined && current % 100 === 0) {
      current += ten
      expectUnitAfterTen = true
    } else if (word === 'hundred' && current > 0 && current < 10) {
      current *= 100
      expectUnitAfterTen = false
    } else if (word === 'dozen' && current > 0 && current < 100) {
      current *= 12
    } else if (word === 'a' && index === first && ['hundred', 'dozen'].includes(tokens[index + 1]?.lower ?? '')) {
      current = 1
    } else if (word === 'and' && current >= 100 && current % 100 === 0 && isEnglishNumberWord(tokens[index + 1]?.lower ?? '')) {
      index += 1
      continue
    } else {
      break
    }
    last = index
    index += 1
  }
  return last >= first && current > 0 ? { value: current, last } : null
}
