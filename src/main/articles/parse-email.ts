import { normalizeDate } from './article-metadata'
import { readHtmlArticle } from './parse-html'
import { readPlainTextArticle } from './parse-plain-text'
import { DocumentReadError, type ReadArticle } from './source-block'
import { userMessage } from '../../shared/i18n/user-message'
import { MAX_MIME_NESTING } from './structure-limits'

/**
 * E-mails (.eml) and web pages saved as one MIME file (.mht, .mhtml), parsed with postal-mime. The
 * HTML part goes through the same Readability path as a saved .html page; a message with only a
 * text part is read as plain text. An e-mail's subject is its title, its Date its date and its
 * sender its author (the sender's domain standing for the outlet); a saved page takes all of these
 * from the page's own metadata, and its address from `Snapshot-Content-Location`.
 */

type Email = Awaited<ReturnType<typeof import('postal-mime').default.parse>>

async function parseMime(bytes: Uint8Array): Promise<Email> {
  // Loaded on the first e-mail or saved page.
  const { default: PostalMime } = await import('postal-mime')
  try {
    return await PostalMime.parse(bytes, { maxNestingDepth: MAX_MIME_NESTING })
  } catch (error) {
    // postal-mime's own limits (nesting, parts, header size) throw errors coded EMAX…: listed as over a limit.
    const code = (error as { code?: unknown } | null)?.code
    if (typeof code === 'string' && code.startsWith('EMAX')) {
      throw new DocumentReadError('over-limit', userMessage('messageOverLimit', { reason: (error as Error).message }))
    }
    throw error
  }
}

function readBody(email: Email): ReadArticle {
  if (email.html?.trim()) return readHtmlArticle(email.html)
  return readPlainTextArticle(email.text ?? '')
}

export async function readEmailArticle(bytes: Uint8Array): Promise<ReadArticle> {
  const email = await parseMime(bytes)
  const body = readBody(email)
  const sender = email.from && 'address' in email.from && email.from.address ? email.from : null
  return {
    ...body,
    title: email.subject?.trim() || body.title,
    date: normalizeDate(email.date ?? null) ?? body.date,
    author: sender ? sender.name.trim() || sender.address : (body.author ?? null),
    outlet: body.outlet ?? (sender?.address?.split('@')[1]?.toLowerCase() || null),
    url: body.url ?? null
  }
}

export async function readSavedPageArticle(bytes: Uint8Array): Promise<ReadArticle> {
  const page = await parseMime(bytes)
  const body = readBody(page)
  const location = page.headers.find((header) => header.key === 'snapshot-content-location')?.value.trim()
  return {
    ...body,
    title: body.title ?? (page.subject?.trim() || null),
    url: body.url ?? (location && /^https?:\/\//i.test(location) ? location : null)
  }
}
