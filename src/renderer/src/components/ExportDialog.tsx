import { useEffect, useRef, useState } from 'react'
import type { ExportFileFormat, ExportFileOutcome, ExportFlavour, ExportOutcome } from '../../../shared/api'
import { describeError } from '../lib/describe-error'
import { useAppStore } from '../store/app-store'

type ExportFormat = 'markdown' | ExportFileFormat

const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; detail: string }> = [
  { format: 'markdown', label: 'Markdown', detail: 'table, notes and footnotes; updates an earlier export in place' },
  { format: 'csv', label: 'CSV', detail: 'the table, and its claims in a second file beside it' },
  { format: 'xlsx', label: 'Excel workbook (.xlsx)', detail: 'a Comparison sheet and a Claims sheet' },
  { format: 'json', label: 'JSON', detail: 'the same document as scan --json, for this selection' },
  { format: 'html', label: 'HTML report', detail: 'one self-contained page with a chart per row, ready to print' },
  { format: 'pdf', label: 'PDF report', detail: 'the HTML report, printed' }
]

/**
 * Export the comparison: choose a format (and for Markdown its flavour), then the file. Markdown
 * asks before replacing hand edits; every format's citations link back with riscontro:// links.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const exportMarkdown = useAppStore((state) => state.exportMarkdown)
  const exportFile = useAppStore((state) => state.exportFile)
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [flavour, setFlavour] = useState<ExportFlavour>('plain')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | ExportFileOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const dialogRef = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    // A modal <dialog> keeps the focus inside it (the page behind is inert) and Escape reaches it wherever the focus is.
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    dialog?.querySelector<HTMLElement>('input, button')?.focus()
  }, [])

  // Closed before it unmounts: the page behind is no longer inert, so the focus can go back to it.
  const close = (): void => {
    dialogRef.current?.close()
    onClose()
  }

  const run = async (reuseLastPath: boolean, overwriteEdited: boolean): Promise<void> => {
    setBusy(true)
    setError(null)
    setOutcome(null)
    try {
      setOutcome(format === 'markdown' ? await exportMarkdown(flavour, { reuseLastPath, overwriteEdited }) : await exportFile(format))
    } catch (caught) {
      setError(describeError(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      aria-labelledby="export-title"
      className="dialog"
      ref={dialogRef}
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      onKeyDown={(event) => {
        // Tab and Shift+Tab go round the dialog's controls: past the last, the first (a modal dialog
        // alone would let the focus leave for the browser's own controls).
        if (event.key !== 'Tab') return
        const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button, select, textarea, [href]')].filter(
          (control) => !control.matches(':disabled')
        )
        const first = controls[0]
        const last = controls.at(-1)
        if (!first || !last) return
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault()
          last.focus()
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault()
          first.focus()
        }
      }}
    >
      <h2 id="export-title">Export the comparison</h2>
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <label key={option.format}>
            <input type="radio" name="format" checked={format === option.format} onChange={() => setFormat(option.format)} />
            {option.label} <span className="muted">— {option.detail}</span>
          </label>
        ))}
      </fieldset>
      {format === 'markdown' && (
        <fieldset>
          <legend>Flavour</legend>
          <label>
            <input type="radio" name="flavour" checked={flavour === 'plain'} onChange={() => setFlavour('plain')} />
            Plain (CommonMark + GFM tables): GitHub, pandoc, a CMS, email
          </label>
          <label>
            <input type="radio" name="flavour" checked={flavour === 'obsidian'} onChange={() => setFlavour('obsidian')} />
            Obsidian (callouts, block IDs)
          </label>
        </fieldset>
      )}
      {outcome?.status === 'written' && (
        <p role="status">
          Exported {outcome.rows} rows and {outcome.notes} notes to {'paths' in outcome ? outcome.paths.join(' and ') : outcome.path}.
        </p>
      )}
      {outcome?.status === 'unchanged' && <p role="status">{outcome.path} was already up to date.</p>}
      {outcome?.status === 'cancelled' && <p role="status">No file chosen; nothing was written.</p>}
      {outcome?.status === 'user-edited' && (
        <div role="alert" className="dialog-warning">
          <p>
            You edited parts of {outcome.path} that Riscontro writes ({outcome.regions.join(', ')}). Replace them? Text you wrote outside those parts is kept either way.
          </p>
          <button type="button" disabled={busy} onClick={() => void run(true, true)}>
            Replace my edits
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="dialog-warning">
          The export failed: {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run(false, false)}>
          {busy ? 'Exporting…' : 'Choose file and export'}
        </button>
      </div>
    </dialog>
  )
}
