import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FootnoteDefinition, Nodes, Root, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { Claim } from '../../shared/model'
import type { ComparisonRow } from '../alignment/comparison-types'
import type { Note } from '../notes/note-types'
import { splitRegions } from './export-regions'
import type { ExportFlavour, ExportInput } from './export-types'
import { exportText, seedArticles, seedClaimIds, seedClaims, seedExportInput, seedNotes, seedRows } from './fixtures/seed-export'
import { splitFrontMatter } from './front-matter'
import { parseMarkdown } from './markdown-tree'

const fixtures = join(import.meta.dirname, 'fixtures')

/** Parses an export as a GFM reader would (front matter split off first, as Obsidian and pandoc do). */
function parseExport(markdown: string): { frontMatter: Record<string, unknown>; tree: Root } {
  const { frontMatter, body } = splitFrontMatter(markdown)
  return { frontMatter: parseYaml(frontMatter ?? '') as Record<string, unknown>, tree: parseMarkdown(body) }
}

function all<T extends Nodes['type']>(tree: Nodes, type: T): Array<Extract<Nodes, { type: T }>> {
  const found: Nodes[] = []
  const walk = (node: Nodes): void => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return found as Array<Extract<Nodes, { type: T }>>
}

function tableCells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)))
}

describe('buildExport golden files', () => {
  it.each<ExportFlavour>(['plain', 'obsidian'])('matches the reviewed %s export', async (flavour) => {
    const path = join(fixtures, `seed-export.${flavour}.md`)
    const built = exportText(seedExportInput(flavour))
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(path, built)
    expect(built).toBe(await readFile(path, 'utf8'))
  })

  it('is deterministic and takes the date from a Date as its local calendar day', () => {
    expect(exportText(seedExportInput('plain'))).toBe(exportText(seedExportInput('plain')))
    const fromDate = exportText({ ...seedExportInput('plain'), createdAt: new Date(2026, 0, 12, 23, 59) })
    expect(fromDate).toBe(exportText(seedExportInput('plain')))
  })
})

describe.each<ExportFlavour>(['plain', 'obsidian'])('the %s export read back as GFM', (flavour) => {
  const markdown = exportText(seedExportInput(flavour))
  const { frontMatter, tree } = parseExport(markdown)

  it('has a table with a column per source, the claims as written, numbers right-aligned', () => {
    const [table, ...others] = all(tree, 'table')
    expect(others).toHaveLength(0)
    expect(table!.align).toEqual(['left', 'right', 'right', 'right', 'left'])
    expect(tableCells(table!)).toEqual([
      ['Quantity', 'La guerra in Ucraina ha assunto… (2026-01-10)', 'La Russia ha fornito alla Corea… (2025-06)', 'Dal 2023 la Russia ha… (2024-10)', 'Verdict'],
      ['Troops sent · soldiers', '11.000 soldati', 'più di 11.000 soldati', 'circa 12.000 soldati nordcoreani', 'Differ · Conflicting'],
      ['Munitions supplied · munitions', "più di 4 milioni di proiettili d'artiglieria e razzi", '', 'fino a otto milioni di munizioni', 'Agree · Approximate'],
      ['Value of arms transfers · USD', 'oltre i 7 miliardi di dollari', '', 'tra 1,7 e 5,5 miliardi di dollari', 'Differ · Unverifiable']
    ])
  })

  it('footnotes every cell to its article’s title, date, file and sentence', () => {
    const [table] = all(tree, 'table')
    const references = all(table!, 'footnoteReference').map((reference) => reference.identifier)
    expect(references).toHaveLength(seedClaims.length)
    const definitions = new Map(all(tree, 'footnoteDefinition').map((definition: FootnoteDefinition) => [definition.identifier, toString(definition)]))
    expect([...definitions.keys()].sort()).toEqual([...references].sort())
    for (const claim of seedClaims) {
      const article = seedArticles.find((candidate) => candidate.id === claim.articleId)!
      const citation = definitions.get(`c-${claim.id.replace(/[^a-z0-9]+/g, '-')}`)
      expect(citation).toBe(`${article.title} (${article.date}), ${article.file}: “${claim.sentence}”`)
    }
  })

  it('writes flat front matter: strings and lists of strings only', () => {
    expect(frontMatter).toEqual({
      title: 'Corea del Nord e Russia: truppe, munizioni, valore',
      created: '2026-01-12',
      sources: [seedArticles[0]!.title, seedArticles[2]!.title, seedArticles[4]!.title],
      tags: ['riscontro']
    })
    for (const value of Object.values(frontMatter)) {
      const flat = typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      expect(flat).toBe(true)
    }
  })

  it('gives each row a section with its verdict and the user’s notes, and calls out conflicts', () => {
    const headings = all(tree, 'heading').map((heading) => `${heading.depth} ${toString(heading)}`)
    expect(headings).toEqual([
      '1 Corea del Nord e Russia: truppe, munizioni, valore',
      '2 Comparison',
      '2 Notes',
      '2 Troops sent · soldiers',
      '2 Munitions supplied · munitions',
      '2 Value of arms transfers · USD',
      '4 Non è lo stesso flusso',
      '2 Sources',
      '2 Notes on text no longer in the sources'
    ])
    const quotes = all(tree, 'blockquote').map((quote) => toString(quote))
    const callouts = quotes.filter((quote) => quote.includes('The sources give different figures'))
    expect(callouts).toHaveLength(2)
    const lead = flavour === 'obsidian' ? '[!warning] Conflicting\n' : 'Conflicting: '
    for (const callout of callouts) expect(callout.startsWith(lead)).toBe(true)
    for (const body of seedNotes.map((note) => note.body.split('\n')[0]!.replace(/^#+ /, '').replace(/\*/g, ''))) expect(toString(tree)).toContain(body)
    expect(markdown).toContain('**Your verdict:** Conflicting')
    expect(markdown).toContain('**Your note on “481 lavoratori”**')
  })

  it('adds Obsidian block ids only to the Obsidian flavour', () => {
    const blockIds = markdown.match(/\^(row-[a-z0-9-]+|comparison-table)$/gm) ?? []
    expect(blockIds).toEqual(flavour === 'obsidian' ? ['^comparison-table', '^row-000-soldati-11000', '^row-000-proiettili-4m', '^row-000-usd-7bn'] : [])
    expect(markdown.includes('[!warning]')).toBe(flavour === 'obsidian')
  })

  it('wraps every generated part in a marked region', () => {
    const { body } = splitFrontMatter(markdown)
    const segments = splitRegions(body)
    expect(segments.filter((segment) => segment.kind === 'text' && segment.text.trim() !== '')).toEqual([])
    expect(segments.flatMap((segment) => (segment.kind === 'region' ? [segment.id] : []))).toEqual([
      'summary', 'table', 'notes', 'row-000-soldati-11000', 'row-000-proiettili-4m', 'row-000-usd-7bn', 'sources', 'orphaned-notes', 'footnotes'
    ])
  })
})

describe('escaping', () => {
  const sentence = 'Le stime [non confermate] dicono 1|2 *mila* `soldati` <b>ora</b> e \\ altro.'
  const hostileClaim: Claim = { ...seedClaims[0]!, id: 'x:1', text: '1|2 *mila*\n`soldati`', sentence }
  const hostileRow: ComparisonRow = { ...seedRows[0]!, id: 'x:1', label: 'Troops | sent [a](b) <!-- x -->', claimIds: ['x:1'], verdict: 'single', spread: null }
  const input: ExportInput = {
    ...seedExportInput('plain'),
    articles: [{ ...seedArticles[0]!, title: 'Titolo | con *pipe* e [link]', file: 'cartella/file `strano`.txt' }],
    claims: [hostileClaim],
    rows: [hostileRow],
    notes: []
  }
  const { tree } = parseExport(exportText(input))

  it('keeps pipes, emphasis marks and brackets literal inside table cells', () => {
    const [table] = all(tree, 'table')
    expect(tableCells(table!)).toEqual([
      ['Quantity', 'Titolo | con *pipe* e [link] (2026-01-10)', 'Verdict'],
      ['Troops | sent [a](b) <!-- x -->', '1|2 *mila* `soldati`', 'One source']
    ])
    expect(all(table!, 'link')).toEqual([])
    expect(all(table!, 'emphasis')).toEqual([])
  })

  it('keeps the footnote’s sentence and file literal', () => {
    const [definition] = all(tree, 'footnoteDefinition')
    expect(toString(definition!)).toBe(`Titolo | con *pipe* e [link] (2026-01-10), cartella/file \`strano\`.txt: “${sentence}”`)
  })

  it('nests a note’s headings below the row and defuses region markers and footnote clashes in it', () => {
    const note: Note = {
      id: 'n', target: { kind: 'row', rowId: 'x:1', claimIds: ['x:1'] }, body: '# Titolo\n\n<!-- riscontro:end id=row-x-1 -->\n\nVedi[^c-x-1].\n\n[^c-x-1]: mia nota',
      createdAt: '', updatedAt: '', anchor: null, orphaned: false
    }
    const markdown = exportText({ ...input, notes: [note] })
    expect(markdown).toContain('### Titolo')
    expect(markdown).toContain('<!-- riscontro-end id=row-x-1 -->')
    const regions = splitRegions(splitFrontMatter(markdown).body).filter((segment) => segment.kind === 'region')
    expect(regions.map((region) => region.id)).toContain('row-x-1')
    const definitions = all(parseExport(markdown).tree, 'footnoteDefinition').map((definition) => definition.identifier)
    expect(new Set(definitions).size).toBe(definitions.length)
    expect(definitions).toContain('c-x-1')
  })
})

describe('what goes into an export', () => {
  it('includes orphaned notes of other articles only when exporting the whole library', () => {
    const elsewhere: Note = { ...seedNotes[6]!, id: 'far', body: 'Nota su un articolo cancellato', anchor: { quote: 'q', sentence: 's', articleTitle: 'Vecchio', file: 'cancellato.txt' } }
    const input = { ...seedExportInput('plain'), notes: [...seedNotes, elsewhere] }
    expect(exportText(input)).not.toContain('Nota su un articolo cancellato')
    expect(exportText({ ...input, scope: 'library' })).toContain('Nota su un articolo cancellato')
  })

  it('says so when there is nothing to compare', () => {
    const markdown = exportText({ ...seedExportInput('plain'), rows: [], notes: [] })
    expect(markdown).toContain('No figures to compare.')
    expect(markdown).not.toContain('riscontro:begin id=footnotes')
  })

  it('calls out a row the sources agree on when the user marked it conflicting', () => {
    const notes = seedNotes.map((note) => (note.id === 'note-shells' ? { ...note, verdict: 'conflicting' as const } : note))
    const markdown = exportText({ ...seedExportInput('plain'), notes })
    expect(markdown).toContain('> **Conflicting:** The figures agree, but your verdict marks this row conflicting.')
    expect(seedClaimIds.shells4m).toBe(seedRows[1]!.id)
  })
})

describe('the export in Italian', () => {
  const italian = exportText({ ...seedExportInput('plain'), language: 'it' })

  it('writes its own words in Italian, figures in the Italian way, and leaves the articles’ words as they are', () => {
    const { tree } = parseExport(italian)
    const [table] = all(tree, 'table')
    const [header] = tableCells(table!)
    expect(header![0]).toBe('Quantità')
    expect(header!.at(-1)).toBe('Verdetto')
    expect(italian).toContain('Esportato da Riscontro il 2026-01-12: ')
    expect(italian).toContain('Le fonti divergono. Dati da 11.000 a 12.000 soldati (divario ×1,09), 3 fonti.')
    expect(italian).toContain('> **Contrastante:** Le fonti danno dati diversi: “11.000 soldati”')
    expect(italian).toContain('## Fonti')
    expect(italian).not.toMatch(/\b(Quantity|Verdict|Sources|The sources|Your verdict|Exported from)\b/)
  })

  it('keeps the structure of the English export: the same regions in the same order', () => {
    const regionIds = (markdown: string): string[] => [...markdown.matchAll(/<!-- riscontro:begin id=(\S+)/g)].map((match) => match[1]!)
    expect(regionIds(italian)).toEqual(regionIds(exportText(seedExportInput('plain'))))
  })
})
