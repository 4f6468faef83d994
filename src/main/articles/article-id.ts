import { hash } from 'node:crypto'

/** An article's id, from its path in the library: stable across runs and machines, so the same folder always yields the same ids. */
export function articleIdFor(file: string): string {
  return hash('sha1', file, 'hex').slice(0, 16)
}
