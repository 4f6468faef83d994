import { useMemo, type RefObject } from 'react'
import { formatCount } from '../lib/format'
import { useAppStore } from '../store/app-store'
import { selectVisibleArticles } from '../store/visible-articles'
import type { SortOrder } from '../store/ui-slice'
import { ArticleList } from './ArticleList'
import { ArticleMoveNotice } from './ArticleMoveNotice'
import { NoteEditor } from './NoteEditor'
import { NoteSearchResults } from './NoteSearchResults'
import { StoryList } from './StoryList'

export function LibrarySidebar({ filterRef }: { filterRef: RefObject<HTMLInputElement | null> }) {
  const articles = useAppStore((state) => state.articles)
  const searchQuery = useAppStore((state) => state.searchQuery)
  const searchWords = useAppStore((state) => state.searchWords)
  const textSearch = useAppStore((state) => state.textSearch)
  const textSearchPending = useAppStore((state) => state.textSearchPending)
  const search = useAppStore((state) => state.search)
  const libraryNotesOpen = useAppStore((state) => state.libraryNotesOpen)
  const setLibraryNotesOpen = useAppStore((state) => state.setLibraryNotesOpen)
  const grouping = useAppStore((state) => state.sidebarGrouping)
  const setGrouping = useAppStore((state) => state.setSidebarGrouping)
  const storyCount = useAppStore((state) => state.stories?.length)
  const sortOrder = useAppStore((state) => state.sortOrder)
  const setSortOrder = useAppStore((state) => state.setSortOrder)
  const library = useAppStore((state) => state.library)
  const pickedArticleIds = useAppStore((state) => state.pickedArticleIds)
  const compareArticles = useAppStore((state) => state.compareArticles)
  const compareWholeLibrary = useAppStore((state) => state.compareWholeLibrary)
  const readablePicked = pickedArticleIds.filter((id) => articles.some((article) => article.id === id && article.status === 'ok'))
  const excerpts = useMemo(() => new Map(textSearch?.articles.map((hit) => [hit.articleId, hit.excerpt])), [textSearch])
  const visible = useMemo(
    () => selectVisibleArticles(articles, searchWords, sortOrder, new Set(excerpts.keys())),
    [articles, searchWords, sortOrder, excerpts]
  )
  const noteHits = textSearch?.notes ?? []
  const unlisted = textSearch ? textSearch.articleTotal - textSearch.articles.length : 0
  const problemCount = useMemo(() => articles.filter((article) => article.status !== 'ok').length, [articles])

  return (
    <aside className="sidebar" id="library-sidebar" aria-label="Library">
      <div className="sidebar-controls">
        <input
          ref={filterRef}
          type="search"
          placeholder="Search titles, text and notes (Ctrl+F)"
          aria-label="Search the library"
          value={searchQuery}
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') search('')
          }}
        />
        <div className="view-switch grouping-switch" role="group" aria-label="List the library">
          <button type="button" aria-pressed={grouping === 'story'} onClick={() => setGrouping('story')}>
            By story
          </button>
          <button type="button" aria-pressed={grouping === 'file'} onClick={() => setGrouping('file')}>
            By file
          </button>
        </div>
        <label className="sort-control">
          Sort by
          <select value={sortOrder} onChange={(event) => setSortOrder(event.target.value as SortOrder)}>
            <option value="date">Date (newest first)</option>
            <option value="title">Title</option>
            <option value="file">File name</option>
          </select>
        </label>
      </div>
      <div className="sidebar-summary" aria-live="polite">
        {searchWords.length > 0 ? `${visible.length} of ` : ''}
        {formatCount(articles.length - problemCount, 'article')}
        {grouping === 'story' && storyCount !== undefined && ` in ${formatCount(storyCount, 'story', 'stories')}`}
        {problemCount > 0 && ` · ${formatCount(problemCount, 'file')} not read`}
        {textSearchPending && ' · searching texts and notes…'}
        {unlisted > 0 && ` · ${formatCount(unlisted, 'more text match', 'more text matches')} not listed: add a word to narrow the search`}
      </div>
      {noteHits.length > 0 && <NoteSearchResults hits={noteHits} />}
      {library && articles.length === 0 ? (
        <p className="sidebar-empty">No files here yet. Add .txt, .md or .html articles to the folder; they appear as soon as they are saved.</p>
      ) : visible.length === 0 && searchWords.length > 0 ? (
        <p className="sidebar-empty">
          {textSearchPending ? 'Searching…' : `No article ${noteHits.length > 0 ? '' : 'or note '}matches “${searchQuery.trim()}”.`}
        </p>
      ) : grouping === 'story' ? (
        <>
          <ArticleMoveNotice />
          <StoryList visible={visible} />
        </>
      ) : (
        <ArticleList articles={visible} excerpts={excerpts} />
      )}
      {library && (
        <details className="library-note" open={libraryNotesOpen} onToggle={(event) => setLibraryNotesOpen(event.currentTarget.open)}>
          <summary>Library notes</summary>
          <NoteEditor target={{ kind: 'library' }} label="Notes on this library" />
        </details>
      )}
      <div className="sidebar-footer">
        <span className="picked-count">
          {readablePicked.length > 1 ? `${readablePicked.length} picked` : 'Ctrl/Cmd+click or Space to pick articles'}
        </span>
        <button type="button" disabled={readablePicked.length < 2} onClick={() => void compareArticles(readablePicked)}>
          Compare {readablePicked.length > 1 ? readablePicked.length : ''} articles
        </button>
        <button type="button" disabled={articles.length - problemCount < 2} onClick={() => void compareWholeLibrary()}>
          Compare whole folder
        </button>
      </div>
    </aside>
  )
}
