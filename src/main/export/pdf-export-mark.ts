import { RISCONTRO_PDF_CREATOR } from './export-regions'

/**
 * Marks a printed report as Riscontro's own, so a copy saved in the library is listed and never read
 * as an article (its figures would be counted again as another source). Chromium's printToPDF takes
 * no metadata (it writes the page's title, and its user agent as Creator), so pdf-lib rewrites the
 * document info: Creator "Riscontro", as a literal string in an uncompressed object, which
 * `isRiscontroExport` finds in the raw bytes before any parsing.
 */
export async function markPdfAsRiscontroExport(pdf: Uint8Array): Promise<Uint8Array> {
  // pdf-lib is loaded when a PDF is exported, never at start-up.
  const { PDFDict, PDFDocument, PDFName, PDFString } = await import('pdf-lib')
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  // setCreator makes the info dictionary if the printer wrote none; it writes a hex string, replaced by a literal one.
  document.setCreator(RISCONTRO_PDF_CREATOR)
  document.context.lookup(document.context.trailerInfo.Info, PDFDict).set(PDFName.of('Creator'), PDFString.of(RISCONTRO_PDF_CREATOR))
  return document.save({ useObjectStreams: false })
}
