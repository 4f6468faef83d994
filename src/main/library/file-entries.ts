import { basename } from 'node:path'
import type { ArticleStatus } from '../../shared/model'
import { articleFormatOf } from '../articles/article-format'
import { articleIdFor } from '../articles/article-id'
import type { CachedEntry } from './index-cache'

/**
 * The index entries the main thread makes itself: ids, and the entries of files that are never
 * parsed. Light on purpose (no parser is loaded here): parsing is in parse-file-entries, on workers.
 */

/** Larger files are listed but not read: no article is this long, and reading one would stall indexing. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function fileTitle(file: string): string {
  return basename(file).replace(/\.[^.]+$/, '') || basename(file)
}

export function problemEntry(file: string, status: ArticleStatus, reason: string, size = 0, mtimeMs = 0): CachedEntry {
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
      reason
    }
  }
}

/**
 * The entry of a file the walk found and no worker has read yet, from the walk's name, size and
 * time: the list shows every file at once, and its title and figures replace this as they arrive.
 */
export function entryBeingRead(file: string, size: number, mtimeMs: number): CachedEntry {
  return problemEntry(file, 'indexing', 'Riscontro is reading this file; its title, date and figures appear in a moment.', size, mtimeMs)
}

export const NOT_AN_ARTICLE =
  'Riscontro reads .txt, .md, .html, .pdf, .docx, .eml, .mht/.mhtml, .epub and RSS/Atom feed (.rss, .atom, .xml) files; this file is listed but not read.'

/** The entry of a file that is never read: not an article by its name, or too large by the walk's size. */
export function entryBeforeReading(file: string, size: number, mtimeMs: number): CachedEntry | null {
  if (!articleFormatOf(file)) return problemEntry(file, 'not-an-article', NOT_AN_ARTICLE, size, mtimeMs)
  if (size > MAX_ARTICLE_BYTES) {
    return problemEntry(
      file,
      'too-large',
      `This file is ${formatBytes(size)}; files over ${formatBytes(MAX_ARTICLE_BYTES)} are not read as articles. Split it into separate articles.`,
      size,
      mtimeMs
    )
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
