import type { ExportFileFormat } from '../../shared/contract'
import { buildScanReport } from './scan-report'
import { type FileContent, writeFileDurably } from '../storage/write-file-durably'
import { claimsCsvPath, streamCsv } from './export-csv'
import { buildHtmlReport, streamHtmlReport } from './export-html'
import { buildExportSheets } from './export-sheets'
import type { ExportData } from './export-types'
import { markPdfAsRiscontroExport } from './pdf-export-mark'
import { buildXlsx } from './export-xlsx'

/**
 * Writes the comparison in one of the formats besides Markdown (which merges into an earlier export:
 * export-markdown.ts). Every file is written durably (storage/write-file-durably.ts), so an interrupted
 * export or a full disk leaves the previous file whole.
 */

export type { ExportFileFormat } from '../../shared/contract'

const FORMAT_BY_EXTENSION: Readonly<Record<string, ExportFileFormat | 'markdown'>> = {
  md: 'markdown',
  markdown: 'markdown',
  csv: 'csv',
  xlsx: 'xlsx',
  json: 'json',
  html: 'html',
  htm: 'html',
  pdf: 'pdf'
}

/** The export format a file name asks for, by its extension; null for any other. */
export function exportFormatOf(path: string): ExportFileFormat | 'markdown' | null {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  return extension === undefined ? null : (FORMAT_BY_EXTENSION[extension] ?? null)
}

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFileFormat, string>> = { csv: 'csv', xlsx: 'xlsx', json: 'json', html: 'html', pdf: 'pdf' }

export interface ExportFileInput extends ExportData {
  title: string
  /** The export's calendar date, written as is. */
  createdAt: string
}

export interface ExportFileEffects {
  /** Writes a file whole or not at all; content given in pieces is streamed, never joined. */
  writeFile(path: string, contents: FileContent): Promise<void>
  /** Prints an HTML document to PDF (Electron's `webContents.printToPDF`; Chromium in the tests). Absent where there is no browser engine (the CLI). */
  printToPdf?(html: string): Promise<Uint8Array>
}

export const nodeExportFileEffects: ExportFileEffects = {
  writeFile: async (path, contents) => {
    await writeFileDurably(path, contents)
  }
}

/** Writes the export; answers the files written (CSV writes two: the table and its claims). */
export async function writeExportFile(path: string, format: ExportFileFormat, input: ExportFileInput, effects: ExportFileEffects): Promise<string[]> {
  switch (format) {
    case 'csv': {
      const sheets = buildExportSheets(input)
      const claimsPath = claimsCsvPath(path)
      await effects.writeFile(path, streamCsv(sheets.table))
      await effects.writeFile(claimsPath, streamCsv(sheets.claims))
      return [path, claimsPath]
    }
    case 'xlsx':
      await effects.writeFile(path, await buildXlsx(buildExportSheets(input)))
      return [path]
    case 'json': {
      const report = buildScanReport([...input.articles], [...input.claims], [...(input.stories ?? [])], [...input.rows])
      await effects.writeFile(path, streamJson(report))
      return [path]
    }
    case 'html':
      await effects.writeFile(path, streamHtmlReport(input))
      return [path]
    case 'pdf': {
      if (!effects.printToPdf) throw new Error('PDF is printed by the app (it needs a browser engine). Export HTML here and print it, or export PDF from the app.')
      await effects.writeFile(path, await markPdfAsRiscontroExport(await effects.printToPdf(buildHtmlReport(input))))
      return [path]
    }
  }
}

/**
 * `JSON.stringify(report, null, 2)` and a newline, an array element at a time: the same text,
 * without a 30 MB string for a library's claims.
 */
export function* streamJson(report: object): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined)
  yield '{'
  for (const [position, [key, value]] of entries.entries()) {
    const comma = position < entries.length - 1 ? ',' : ''
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n  ${JSON.stringify(key)}: ${indentJson(JSON.stringify(value, null, 2), '  ')}${comma}`
      continue
    }
    yield `\n  ${JSON.stringify(key)}: [`
    for (const [at, item] of value.entries()) yield `\n    ${indentJson(JSON.stringify(item, null, 2), '    ')}${at < value.length - 1 ? ',' : ''}`
    yield `\n  ]${comma}`
  }
  yield entries.length > 0 ? '\n}\n' : '}\n'
}

function indentJson(json: string, indent: string): string {
  return json.replace(/\n/g, `\n${indent}`)
}
