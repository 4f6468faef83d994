import { useTranslation } from 'react-i18next'
import { useEffect, useRef, useState } from 'react'
import type { ExportFileFormat, ExportFileOutcome, ExportFlavour, ExportOutcome } from '../../../shared/contract'
import { describeError } from '../lib/describe-error'
import { useAppStore } from '../store/app-store'

type ExportFormat = 'markdown' | ExportFileFormat

const FORMATS = ['markdown', 'csv', 'xlsx', 'json', 'html', 'pdf'] as const satisfies readonly ExportFormat[]

/**
 * Export the comparison: choose a format (and for Markdown its flavour), then the file. Markdown
 * asks before replacing hand edits; every format's citations link back with riscontro:// links.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
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
      <h2 id="export-title">{t('exportDialog.title')}</h2>
      <fieldset>
        <legend>{t('exportDialog.format')}</legend>
        {FORMATS.map((option) => (
          <label key={option}>
            <input type="radio" name="format" checked={format === option} onChange={() => setFormat(option)} />
            {t(`exportDialog.${option}`)} <span className="muted">— {t(`exportDialog.${option}Detail`)}</span>
          </label>
        ))}
      </fieldset>
      {format === 'markdown' && (
        <fieldset>
          <legend>{t('exportDialog.flavour')}</legend>
          <label>
            <input type="radio" name="flavour" checked={flavour === 'plain'} onChange={() => setFlavour('plain')} />
            {t('exportDialog.plain')}
          </label>
          <label>
            <input type="radio" name="flavour" checked={flavour === 'obsidian'} onChange={() => setFlavour('obsidian')} />
            {t('exportDialog.obsidian')}
          </label>
        </fieldset>
      )}
      {outcome?.status === 'written' && (
        <p role="status">
          {t('exportDialog.written', {
            rows: outcome.rows,
            notes: outcome.notes,
            paths: 'paths' in outcome ? outcome.paths.join(t('exportDialog.pathsJoin')) : outcome.path
          })}
        </p>
      )}
      {outcome?.status === 'unchanged' && <p role="status">{t('exportDialog.unchanged', { path: outcome.path })}</p>}
      {outcome?.status === 'cancelled' && <p role="status">{t('exportDialog.cancelled')}</p>}
      {outcome?.status === 'user-edited' && (
        <div role="alert" className="dialog-warning">
          <p>
            {t('exportDialog.userEdited', { path: outcome.path, regions: outcome.regions.join(', ') })}
          </p>
          <button type="button" disabled={busy} onClick={() => void run(true, true)}>
            {t('exportDialog.replace')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="dialog-warning">
          {t('exportDialog.failed', { reason: error })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('exportDialog.close')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void run(false, false)}>
          {busy ? t('exportDialog.exporting') : t('exportDialog.run')}
        </button>
      </div>
    </dialog>
  )
}
