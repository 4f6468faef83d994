import { newStemmer, type SnowballStemmer } from 'snowball-stemmers'
import type { LanguageCode } from './vocabulary'

/**
 * Snowball stems (Porter's algorithms for Italian and English), so "vittime"/"vittima" and
 * "deaths"/"death" meet without a made-up singular. Stems are remembered: a library repeats the same
 * few thousand words. The memory belongs to whoever creates the object (one comparison, one
 * grouping run), never to the process.
 */
export class WordStems {
  private readonly stemmers = new Map<LanguageCode, SnowballStemmer>()
  private readonly memo = { it: new Map<string, string>(), en: new Map<string, string>() }

  /** The stem of a lower-case word in one language. */
  stem(word: string, language: LanguageCode): string {
    const memo = this.memo[language]
    let stem = memo.get(word)
    if (stem === undefined) {
      let stemmer = this.stemmers.get(language)
      if (!stemmer) {
        stemmer = newStemmer(language === 'it' ? 'italian' : 'english')
        this.stemmers.set(language, stemmer)
      }
      stem = stemmer.stem(word)
      memo.set(word, stem)
    }
    return stem
  }
}
