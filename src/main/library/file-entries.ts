import { basename } from 'node:path'
import type { ArticleStatus } from '../../shared/model'
import { articleFormatOf } from '../articles/article-format'
import { articleIdFor } from '../articles/article-id'
import type { CachedEntry } from './index-cache'
import { userMessage, type MessageCode, type UserMessage } from '../../shared/i18n/user-message'

/**
 * The index entries the main thread makes itself: ids, and the entries of files that are never
 * parsed. Light on purpose (no parser is loaded here): parsing is in parse-file-entries, on workers.
 */

/** Larger files are listed but not read: no article is this long, and reading one would stall indexing. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024)
}

/** A sentence said alike of many files, made on first use and then shared: the walk lists thousands of files as being read. */
function sharedMessage(code: MessageCode): () => UserMessage {
  let made: UserMessage | undefined
  return () => (made ??= userMessage(code))
}

const beingRead = sharedMessage('fileBeingRead')
export const notAnArticle = sharedMessage('notAnArticleFile')

function fileTitle(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '') || basename(file)
}

export function problemEntry(file: string, status: ArticleStatus, problem: UserMessage, size = 0, mtimeMs = 0): CachedEntry {
  return {
    size,
    mtimeMs,
    claims: [],
    text: '',
    summary: {
      id: articleIdFor(file),
      file,
      title: fileTitle(file.replace(/\/$/, '')),
      date: null,
      outlet: null,
      author: null,
      url: null,
      language: 'und',
      words: 0,
      claimCount: 0,
      truncated: false,
      status,
      reason: problem.message,
      problem
    }
  }
}

/**
 * The entry of a file the walk found and no worker has read yet, from the walk's name, size and
 * time: the list shows every file at once, and its title and figures replace this as they arrive.
 */
export function entryBeingRead(file: string, size: number, mtimeMs: number): CachedEntry {
  return problemEntry(file, 'indexing', beingRead(), size, mtimeMs)
}


/** The entry of a file that is never read: not an article by its name, or too large by the walk's size. */
export function entryBeforeReading(file: string, size: number, mtimeMs: number): CachedEntry | null {
  if (!articleFormatOf(file)) return problemEntry(file, 'not-an-article', notAnArticle(), size, mtimeMs)
  if (size > MAX_ARTICLE_BYTES) {
    return problemEntry(file, 'too-large', userMessage('fileTooLarge', { megabytes: megabytes(size), limit: megabytes(MAX_ARTICLE_BYTES) }), size, mtimeMs)
  }
  return null
}

/** One file to parse: its library path, its bytes, and the size and time the index keeps to notice changes. */
export interface FileToParse {
  file: string
  bytes: Uint8Array
  size: number
  mtimeMs: number
}
