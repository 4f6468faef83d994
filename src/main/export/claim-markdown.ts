import type { PhrasingContent } from 'mdast'
import type { ArticleSummary, Claim } from '../../shared/model'
import { buildDeepLink } from '../../shared/deep-link'
import { serializeMarkdown } from './markdown-tree'

/**
 * "Copy claim as Markdown" (the context menu on a claim): its sentence quoted with the figure in
 * bold, then where it comes from (title, outlet, date, page) and a `riscontro://` link back to it,
 * the same citation an export's footnote gives.
 */
export function claimToMarkdown(claim: Claim, article: ArticleSummary, libraryFolder: string): string {
  const at = claim.sentence.indexOf(claim.text)
  const quoted: PhrasingContent[] =
    at < 0
      ? [{ type: 'text', value: claim.sentence }]
      : [
          { type: 'text', value: claim.sentence.slice(0, at) },
          { type: 'strong', children: [{ type: 'text', value: claim.text }] },
          { type: 'text', value: claim.sentence.slice(at + claim.text.length) }
        ]
  const details = [article.outlet, article.date, claim.page === undefined ? null : `p. ${claim.page}`].filter((part): part is string => Boolean(part))
  const link = buildDeepLink({ kind: 'claim', library: libraryFolder, file: article.file, start: claim.start, end: claim.end })
  const citation: PhrasingContent[] = [
    { type: 'text', value: '— ' },
    { type: 'emphasis', children: [{ type: 'text', value: article.title }] },
    { type: 'text', value: details.length > 0 ? `, ${details.join(', ')} (` : ' (' },
    { type: 'link', url: link, children: [{ type: 'text', value: 'Riscontro' }] },
    { type: 'text', value: ')' }
  ]
  return `${serializeMarkdown([
    { type: 'blockquote', children: [{ type: 'paragraph', children: quoted.filter((node) => node.type !== 'text' || node.value !== '') }] },
    { type: 'paragraph', children: citation }
  ])}\n`
}
