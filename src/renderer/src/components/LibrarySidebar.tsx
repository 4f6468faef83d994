import { useTranslation } from 'react-i18next'
import { useDescribe } from '../lib/i18n'
import { useMemo, type RefObject } from 'react'
import { useAppStore } from '../store/app-store'
import { selectVisibleArticles } from '../store/visible-articles'
import type { SortOrder } from '../store/ui-slice'
import { ArticleList } from './ArticleList'
import { ArticleMoveNotice } from './ArticleMoveNotice'
import { NoteEditor } from './NoteEditor'
import { NoteSearchResults } from './NoteSearchResults'
import { StoryList } from './StoryList'

export function LibrarySidebar({ filterRef }: { filterRef: RefObject<HTMLInputElement | null> }) {
  const describe = useDescribe()
  const { t } = useTranslation()
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
  // A comparison asked for while the library's saved workspace is still being restored would be undone by it.
  const workspaceRestored = useAppStore((state) => state.workspaceRestored)
  const readablePicked = pickedArticleIds.filter((id) => articles.some((article) => article.id === id && article.status === 'ok'))
  const excerpts = useMemo(() => new Map(textSearch?.articles.map((hit) => [hit.articleId, hit.excerpt])), [textSearch])
  const visible = useMemo(
    () => selectVisibleArticles(articles, searchWords, sortOrder, new Set(excerpts.keys())),
    [articles, searchWords, sortOrder, excerpts]
  )
  const noteHits = textSearch?.notes ?? []
  const unlisted = textSearch ? textSearch.articleTotal - textSearch.articles.length : 0
  const counted = (count: number) => ({ count, formatted: describe.number(count) })
  const { readCount, beingReadCount } = useMemo(() => {
    const beingRead = articles.filter((article) => article.status === 'indexing').length
    return { readCount: articles.filter((article) => article.status === 'ok').length, beingReadCount: beingRead }
  }, [articles])
  const problemCount = articles.length - readCount - beingReadCount

  return (
    <aside className="sidebar" id="library-sidebar" aria-label={t('sidebar.label')}>
      <div className="sidebar-controls">
        <input
          ref={filterRef}
          type="search"
          placeholder={t('sidebar.search')}
          aria-label={t('sidebar.searchLabel')}
          value={searchQuery}
          onChange={(event) => search(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') search('')
          }}
        />
        <div className="view-switch grouping-switch" role="group" aria-label={t('sidebar.listBy')}>
          <button type="button" aria-pressed={grouping === 'story'} onClick={() => setGrouping('story')}>
            {t('sidebar.byStory')}
          </button>
          <button type="button" aria-pressed={grouping === 'file'} onClick={() => setGrouping('file')}>
            {t('sidebar.byFile')}
          </button>
        </div>
        <label className="sort-control">
          {t('sidebar.sortBy')}
          <select value={sortOrder} onChange={(event) => setSortOrder(event.target.value as SortOrder)}>
            <option value="date">{t('sidebar.sortDate')}</option>
            <option value="title">{t('sidebar.sortTitle')}</option>
            <option value="file">{t('sidebar.sortFile')}</option>
          </select>
        </label>
      </div>
      <div className="sidebar-summary" aria-live="polite">
        {searchWords.length > 0 ? t('sidebar.visibleOf', { visible: describe.number(visible.length) }) : ''}
        {t('sidebar.articles', counted(readCount))}
        {grouping === 'story' && storyCount !== undefined && t('sidebar.inStories', counted(storyCount))}
        {beingReadCount > 0 && t('sidebar.beingRead', counted(beingReadCount))}
        {problemCount > 0 && t('sidebar.notRead', counted(problemCount))}
        {textSearchPending && t('sidebar.searching')}
        {unlisted > 0 && t('sidebar.unlisted', counted(unlisted))}
      </div>
      {noteHits.length > 0 && <NoteSearchResults hits={noteHits} />}
      {library && articles.length === 0 ? (
        <p className="sidebar-empty">{t('sidebar.empty')}</p>
      ) : visible.length === 0 && searchWords.length > 0 ? (
        <p className="sidebar-empty">
          {textSearchPending
            ? t('sidebar.searchingShort')
            : t(noteHits.length > 0 ? 'sidebar.noMatch' : 'sidebar.noMatchOrNote', { query: searchQuery.trim() })}
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
          <summary>{t('sidebar.libraryNotes')}</summary>
          <NoteEditor target={{ kind: 'library' }} label={t('sidebar.libraryNotesLabel')} />
        </details>
      )}
      <div className="sidebar-footer">
        <span className="picked-count">
          {readablePicked.length > 1 ? t('sidebar.picked', { count: readablePicked.length }) : t('sidebar.pickHint')}
        </span>
        <button type="button" disabled={readablePicked.length < 2 || !workspaceRestored} onClick={() => void compareArticles(readablePicked)}>
          {readablePicked.length > 1 ? t('sidebar.comparePicked', { count: readablePicked.length }) : t('sidebar.compareArticles')}
        </button>
        <button type="button" disabled={readCount < 2 || !workspaceRestored} onClick={() => void compareWholeLibrary()}>
          {t('sidebar.compareFolder')}
        </button>
      </div>
    </aside>
  )
}
