import type { ExportSheets, Sheet } from './export-sheets'

/**
 * The comparison as an Excel workbook with exceljs: a "Comparison" sheet (one row per quantity) and
 * a "Claims" sheet (one row per cited claim, its link a hyperlink), headers bold and frozen. Cells
 * are typed (numbers stay numbers); text is always written as text, never as a formula.
 */
export async function buildXlsx(sheets: ExportSheets): Promise<Uint8Array> {
  // exceljs is large: loaded when a workbook is exported, never at start-up.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Riscontro'
  for (const sheet of [sheets.table, sheets.claims]) addSheet(workbook, sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

type Workbook = InstanceType<typeof import('exceljs').Workbook>

const MAX_COLUMN_WIDTH = 60

function addSheet(workbook: Workbook, sheet: Sheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
  worksheet.addRow(sheet.header).font = { bold: true }
  for (const values of sheet.rows) {
    const row = worksheet.addRow(values.map((value, column) => (sheet.linkColumns.includes(column) && typeof value === 'string' ? { text: value, hyperlink: value } : value)))
    row.alignment = { vertical: 'top', wrapText: true }
  }
  const longest = sheet.header.map((title) => title.length)
  for (const values of sheet.rows) values.forEach((value, column) => (longest[column] = Math.max(longest[column] ?? 0, String(value ?? '').length)))
  longest.forEach((width, column) => {
    worksheet.getColumn(column + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(8, width + 2))
  })
}
