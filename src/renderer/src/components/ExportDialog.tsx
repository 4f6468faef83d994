import { useEffect, useRef, useState } from 'react'
import type { ExportFlavour, ExportOutcome } from '../../../shared/api'
import { describeError } from '../lib/describe-error'
import { useAppStore } from '../store/app-store'

/** Export the comparison as Markdown: choose the flavour, then the file; asks before replacing hand edits. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const exportMarkdown = useAppStore((state) => state.exportMarkdown)
  const [flavour, setFlavour] = useState<ExportFlavour>('plain')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const [error, setError] = useState<string | null>(null)
  const dialogRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('input, button')?.focus()
  }, [])

  const run = async (reuseLastPath: boolean, overwriteEdited: boolean): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      setOutcome(await exportMarkdown(flavour, { reuseLastPath, overwriteEdited }))
    } catch (caught) {
      setError(describeError(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="export-title" className="dialog" ref={dialogRef}>
        <h2 id="export-title">Export as Markdown</h2>
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
        {outcome?.status === 'written' && (
          <p role="status">
            Exported {outcome.rows} rows and {outcome.notes} notes to {outcome.path}.
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
      </div>
    </div>
  )
}
