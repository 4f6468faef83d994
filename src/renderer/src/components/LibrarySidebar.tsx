import { useMemo, type RefObject } from 'react'
import { formatCount } from '../lib/format'
import { useAppStore } from '../store/app-store'
import { selectVisibleArticles } from '../store/visible-articles'
import type { SortOrder } from '../store/ui-slice'
import { ArticleList } from './ArticleList'
import { NoteEditor } from './NoteEditor'

export function LibrarySidebar({ filterRef }: { filterRef: RefObject<HTMLInputElement | null> }) {
  const articles = useAppStore((state) => state.articles)
  const filterText = useAppStore((state) => state.filterText)
  const sortOrder = useAppStore((state) => state.sortOrder)
  const setFilterText = useAppStore((state) => state.setFilterText)
  const setSortOrder = useAppStore((state) => state.setSortOrder)
  const library = useAppStore((state) => state.library)
  const pickedArticleIds = useAppStore((state) => state.pickedArticleIds)
  const compareArticles = useAppStore((state) => state.compareArticles)
  const compareWholeLibrary = useAppStore((state) => state.compareWholeLibrary)
  const readablePicked = pickedArticleIds.filter((id) => articles.some((article) => article.id === id && article.status === 'ok'))
  const visible = useMemo(() => selectVisibleArticles(articles, filterText, sortOrder), [articles, filterText, sortOrder])
  const problemCount = useMemo(() => articles.filter((article) => article.status !== 'ok').length, [articles])

  return (
    <aside className="sidebar" aria-label="Library">
      <div className="sidebar-controls">
        <input
          ref={filterRef}
          type="search"
          placeholder="Filter articles (Ctrl+F)"
          aria-label="Filter articles"
          value={filterText}
          onChange={(event) => setFilterText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setFilterText('')
          }}
        />
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
        {filterText ? `${visible.length} of ` : ''}
        {formatCount(articles.length - problemCount, 'article')}
        {problemCount > 0 && ` · ${formatCount(problemCount, 'file')} not read`}
      </div>
      {library && articles.length === 0 ? (
        <p className="sidebar-empty">No files here yet. Add .txt, .md or .html articles to the folder; they appear as soon as they are saved.</p>
      ) : visible.length === 0 && filterText ? (
        <p className="sidebar-empty">No article matches “{filterText}”.</p>
      ) : (
        <ArticleList articles={visible} />
      )}
      {library && (
        <details className="library-note">
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
