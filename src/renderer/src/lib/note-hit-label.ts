import type { TFunction } from 'i18next'
import type { NoteSearchHit } from '../../../shared/model'

/** "Library note", "Note on “11.000 soldati”"… in the interface's language (main sends what the note is about, not words). */
export function noteHitLabel(hit: Pick<NoteSearchHit, 'target' | 'about'>, t: TFunction): string {
  if (hit.target.kind === 'library') return t('notes.hit.library')
  if (hit.about === null) return t(hit.target.kind === 'article' ? 'notes.hit.someArticle' : 'notes.hit.unquoted')
  return t(`notes.hit.${hit.target.kind}`, { about: hit.about })
}
