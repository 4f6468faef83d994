import type { ArticleStatus } from '../../../shared/api'

/** Short badge text for a file that is not (fully) an article; the reason says the rest. */
export const statusLabels: Record<ArticleStatus, string> = {
  ok: 'Article',
  empty: 'Empty',
  binary: 'Not text',
  'too-large': 'Too large',
  unreadable: 'Unreadable',
  'not-an-article': 'Not an article',
  'link-outside-library': 'Link outside',
  'link-loop': 'Link loop',
  'too-deep': 'Too deep',
  'broken-link': 'Broken link',
  'special-file': 'Not a file',
  'over-limit': 'Over a limit'
}
