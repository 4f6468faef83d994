import { strFromU8, unzipSync } from 'fflate'
import { parseXmlDocument, type XmlDocument, type XmlElement } from './parse-html'
import { DocumentReadError } from './source-block'
import { userMessage } from '../../shared/i18n/user-message'

/**
 * The files inside a zip container (DOCX, EPUB), read with fflate. A file that is not a zip, or is
 * cut short, is refused with a reason instead of an exception from deep in the decompressor.
 */
export class ZipArchive {
  private constructor(private readonly files: Record<string, Uint8Array>) {}

  static open(bytes: Uint8Array, format: 'docx' | 'epub'): ZipArchive {
    try {
      return new ZipArchive(unzipSync(bytes))
    } catch {
      throw new DocumentReadError('unreadable', userMessage(format === 'docx' ? 'zipDamagedDocx' : 'zipDamagedEpub'))
    }
  }

  has(path: string): boolean {
    return path in this.files
  }

  text(path: string): string | null {
    const bytes = this.files[path]
    return bytes ? strFromU8(bytes) : null
  }

  xml(path: string): XmlDocument | null {
    const text = this.text(path)
    return text === null ? null : parseXmlDocument(text)
  }
}

/** The trimmed text of the first element with this tag name (namespace prefix included, as written), or null. */
export function xmlText(document: XmlDocument | XmlElement, tagName: string): string | null {
  const text = document.getElementsByTagName(tagName)[0]?.textContent?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}
