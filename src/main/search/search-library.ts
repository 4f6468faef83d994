import { SEARCH_ARTICLE_LIMIT, type Claim, type LibrarySearchResult, type Note, type NoteSearchHit } from '../../shared/api'
import { searchWords } from '../../shared/fold-text'
import { articleIdFor } from '../library/library-index'
import { searchNotes, type NoteMatch } from '../notes/search-notes'
import { searchArticles, type SearchableArticle } from './search-articles'

/** What the library search reads of an open library. */
export interface SearchableLibrary {
  articlesWithText(): Iterable<SearchableArticle>
  claimsOf(articleId: string): Claim[]
  notes(): readonly Note[]
}

/** The library search (issue 5): notes and article texts holding every word of the query, in one answer. */
export function searchLibrary(library: SearchableLibrary, query: string): LibrarySearchResult {
  const articles = searchArticles(library.articlesWithText(), searchWords(query), SEARCH_ARTICLE_LIMIT)
  const notes = searchNotes(library.notes(), query).map((match) => noteSearchHit(match, library))
  return { query, notes, articles: articles.matches, articleTotal: articles.total }
}

/** A note match as the result list shows it: what it is about, and where to go to read it. */
function noteSearchHit({ note, excerpt }: NoteMatch, library: SearchableLibrary): NoteSearchHit {
  const { target, anchor } = note
  const hit = { noteId: note.id, target, orphaned: note.orphaned, excerpt }
  switch (target.kind) {
    case 'library':
      return { ...hit, label: 'Library note', articleId: null, claimId: null }
    case 'article':
      return { ...hit, label: `Note on ${anchor?.articleTitle || 'an article'}`, articleId: note.orphaned ? null : target.articleId, claimId: null }
    case 'claim':
      return { ...hit, label: `Note on “${anchor?.quote ?? ''}”`, articleId: note.orphaned ? null : target.articleId, claimId: note.orphaned ? null : target.claimId }
    case 'row': {
      // A row is recomputed on every index: go to the member claim its anchor quotes, if still there.
      const articleId = anchor?.file ? articleIdFor(anchor.file) : null
      const present = articleId === null ? [] : library.claimsOf(articleId)
      const claimId = target.claimIds.find((id) => present.some((claim) => claim.id === id)) ?? null
      return { ...hit, label: `Row note on “${anchor?.quote ?? ''}”`, articleId: claimId === null ? null : articleId, claimId }
    }
  }
}
