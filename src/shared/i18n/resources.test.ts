import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { it as italian } from './it'
import { createI18n } from './translator'

/** Every leaf of a resource tree as "section.key". */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') for (const [leaf, text] of leaves(value, path)) found.set(leaf, text)
    else found.set(path, value)
  }
  return found
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

const english = leaves(en)
const italianLeaves = leaves(italian)

describe('the interface languages', () => {
  it('have the same keys', () => {
    expect([...italianLeaves.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it.each([
    ['en', english],
    ['it', italianLeaves]
  ])('%s has no empty or non-string value', (_language, words) => {
    const empty = [...words].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('keep the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown): string[] => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort()
    const differing = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(italianLeaves.get(key)).join()).map(([key]) => key)
    expect(differing).toEqual([])
  })

  it('hold every key the code asks for with a literal t("…")', () => {
    // The renderer and main's menus, dialogs and exports: every literal key must resolve, plural keys by their _other form.
    const files = [...sourceFiles('src/renderer/src'), ...sourceFiles('src/main'), ...sourceFiles('src/shared')]
    const missing: string[] = []
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = match[1]!
        if (!english.has(key) && !english.has(`${key}_other`)) missing.push(`${file}: ${key}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('say plurals with Intl.PluralRules in each language', () => {
    expect(createI18n('it').t('sidebar.articles', { count: 1, formatted: '1' })).toBe('1 articolo')
    expect(createI18n('it').t('sidebar.articles', { count: 1_000_000, formatted: '1.000.000' })).toBe('1.000.000 articoli')
    expect(createI18n('en').t('sidebar.articles', { count: 2, formatted: '2' })).toBe('2 articles')
  })
})
