import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { rowToMarkdown, tableToMarkdown } from './copy-markdown'
import { seedArticles, seedClaims, seedNotes, seedRows } from './fixtures/seed-export'
import { parseMarkdown } from './markdown-tree'

const data = { articles: seedArticles, claims: seedClaims, rows: seedRows, notes: seedNotes }

describe('copy as Markdown', () => {
  it('copies one row as a one-row table over the sources it cites, with its footnotes', () => {
    const markdown = rowToMarkdown(seedRows[2]!, data)
    expect(markdown).toBe(
      [
        '| Quantity                      | La guerra in Ucraina ha assunto… (2026-01-10) |                        Dal 2023 la Russia ha… (2024-10) | Verdict               |',
        '| :---------------------------- | --------------------------------------------: | ------------------------------------------------------: | :-------------------- |',
        '| Value of arms transfers · USD | oltre i 7 miliardi di dollari[^c-000-usd-7bn] | tra 1,7 e 5,5 miliardi di dollari[^c-004-usd-1-7-5-5bn] | Differ · Unverifiable |',
        '',
        '[^c-000-usd-7bn]: *La guerra in Ucraina ha assunto una dimensione internazionale per via della collaborazione militare tra Russia e Corea…* (2026-01-10), `000_014a5f80a1443256.txt`: “Parallelamente, Mosca avrebbe trasferito a Kim sistemi di difesa aerea avanzati, come S-400, e jet da combattimento MiG-29 e Su-27, evidenziando uno scambio strategico di alto valore stimato **oltre i 7 miliardi di dollari**.”',
        '',
        "[^c-004-usd-1-7-5-5bn]: *Dal 2023 la Russia ha intensificato i suoi rapporti con la Corea del Nord, ricevendo armi e ora persino truppe…* (2024-10), `004_f1d6bcf64c25065b.txt`: “La fornitura di armi da Pyongyang a Mosca è stata stimata **tra 1,7 e 5,5 miliardi di dollari**, secondo un'analisi della fondazione tedesca Friedrich Naumann.”",
        ''
      ].join('\n')
    )
  })

  it('copies the whole table with every footnote, no front matter and no region markers', () => {
    const markdown = tableToMarkdown(data)
    expect(markdown).not.toMatch(/^---|riscontro:begin/m)
    const tree = parseMarkdown(markdown)
    expect(tree.children.map((node) => node.type)).toEqual(['table', ...seedClaims.map(() => 'footnoteDefinition')])
    expect(tree.children[0]!.type === 'table' && tree.children[0].children.map((row) => toString(row.children[0]))).toEqual([
      'Quantity', 'Troops sent · soldiers', 'Munitions supplied · munitions', 'Value of arms transfers · USD'
    ])
  })

  it('copies nothing for no rows', () => {
    expect(tableToMarkdown({ ...data, rows: [] })).toBe('')
  })
})
