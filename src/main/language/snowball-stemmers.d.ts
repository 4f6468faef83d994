// snowball-stemmers ships no types: the one call Riscontro makes.
declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    stem(word: string): string
  }
  export function newStemmer(language: string): SnowballStemmer
  export function algorithms(): string[]
}
