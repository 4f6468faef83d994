import { SEARCH_ARTICLE_LIMIT, type Claim, type LibrarySearchResult, type Note, type NoteSearchHit, type NoteTarget } from '../../shared/model'
import { searchWords } from '../../shared/fold-text'
import { articleIdFor } from '../articles/article-id'
import { searchNotes, type NoteMatch } from '../notes/search-notes'
import { searchArticles, type SearchableArticle } from './search-articles'

/** What the library search reads of the library's index (a `LibraryIndex`). */
export interface SearchableIndex {
  articlesWithText(): Iterable<SearchableArticle>
  claimsOf(articleId: string): Claim[]
}

/** The library search (issue 5): notes and article texts holding every word of the query, in one answer. */
export function searchLibrary(index: SearchableIndex, notes: readonly Note[], query: string): LibrarySearchResult {
  const articles = searchArticles(index.articlesWithText(), searchWords(query), SEARCH_ARTICLE_LIMIT)
  const noteHits = searchNotes(notes, query).map((match) => noteSearchHit(match, index))
  return { query, notes: noteHits, articles: articles.matches, articleTotal: articles.total }
}

/** A note match as the result list shows it: what it is about, and where to go to read it. */
function noteSearchHit({ note, excerpt }: NoteMatch, index: SearchableIndex): NoteSearchHit {
  const { target, anchor } = note
  const about = (target.kind === 'article' ? anchor?.articleTitle : anchor?.quote) || null
  const hit = { noteId: note.id, target, orphaned: note.orphaned, excerpt, label: englishLabel(target.kind, about), about }
  switch (target.kind) {
    case 'library':
      return { ...hit, about: null, articleId: null, claimId: null }
    case 'article':
      return { ...hit, articleId: note.orphaned ? null : target.articleId, claimId: null }
    case 'claim':
      return { ...hit, articleId: note.orphaned ? null : target.articleId, claimId: note.orphaned ? null : target.claimId }
    case 'row': {
      // A row is recomputed on every index: go to the member claim its anchor quotes, if still there.
      const articleId = anchor?.file ? articleIdFor(anchor.file) : null
      const present = articleId === null ? [] : index.claimsOf(articleId)
      const claimId = target.claimIds.find((id) => present.some((claim) => claim.id === id)) ?? null
      return { ...hit, articleId: claimId === null ? null : articleId, claimId }
    }
  }
}

/** The `label` of `cli search --json`, a contract kept in English whatever the language. */
function englishLabel(kind: NoteTarget['kind'], about: string | null): string {
  if (kind === 'library') return 'Library note'
  if (kind === 'article') return `Note on ${about ?? 'an article'}`
  return `${kind === 'row' ? 'Row note' : 'Note'} on “${about ?? ''}”`
}
