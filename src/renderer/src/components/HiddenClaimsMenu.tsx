import { useTranslation } from 'react-i18next'
import { useId, useRef, useState } from 'react'
import { useAppStore } from '../store/app-store'

/** "Hidden (N)": the claims the user hid from the table, each with a Restore button that puts it back in its row. */
export function HiddenClaimsMenu() {
  const { t } = useTranslation()
  const comparison = useAppStore((state) => state.comparison)
  const correctRows = useAppStore((state) => state.correctRows)
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const listId = useId()
  const hidden = comparison?.hiddenClaims ?? []
  if (hidden.length === 0) return null
  const articleName = (articleId: string): string => {
    const article = comparison?.articles.find((candidate) => candidate.id === articleId)
    return article ? (article.outlet ?? article.title) : ''
  }
  const close = (): void => {
    setOpen(false)
    toggle.current?.focus()
  }
  const restore = async (claimId: string): Promise<void> => {
    await correctRows({ kind: 'unhide-claim', claimId })
    // The last one restored takes the list away; focus goes back to the toolbar rather than the page.
    if (hidden.length === 1) setOpen(false)
  }

  return (
    <span
      className="hidden-claims"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close()
        }
      }}
    >
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={listId} title={t('compare.hiddenTitle')} onClick={() => setOpen(!open)}>
        {t('compare.hidden', { count: hidden.length })}
      </button>
      {open && (
        <div id={listId} className="hidden-claims-list" role="region" aria-label={t('compare.hiddenList')}>
          <ul>
            {hidden.map((claim) => (
              <li key={claim.id}>
                <span className="hidden-claim-text">
                  “{claim.text}”<span className="hidden-claim-source"> · {articleName(claim.articleId)}</span>
                </span>
                <button type="button" onClick={() => void restore(claim.id)} aria-label={t('compare.restoreLabel', { text: claim.text })}>
                  {t('compare.restore')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </span>
  )
}
