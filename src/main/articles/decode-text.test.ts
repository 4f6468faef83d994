import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeArticleBytes } from './decode-text'

// Real Italian text with every accented vowel the legacy encodings must get right.
const seed = readFileSync(new URL('../../../resources/sample-library/000_014a5f80a1443256.txt', import.meta.url), 'utf8')
const italian = 'Perché è così? La capacità della Russia, più di 4 milioni, già lo scorso aprile: Città, Niccolò.'

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

describe('decodeArticleBytes', () => {
  it.each([
    { name: 'UTF-8', bytes: Buffer.from(seed, 'utf8'), encoding: 'UTF-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), encoding: 'UTF-8' },
    { name: 'UTF-16LE with BOM', bytes: iconv.encode(seed, 'utf16le', { addBOM: true }), encoding: 'UTF-16LE' },
    { name: 'UTF-16BE with BOM', bytes: iconv.encode(seed, 'utf16be', { addBOM: true }), encoding: 'UTF-16BE' },
    { name: 'Windows-1252', bytes: iconv.encode(seed, 'windows-1252'), encoding: 'windows-1252' },
    { name: 'Latin-1 (read as its superset Windows-1252)', bytes: iconv.encode(seed, 'latin1'), encoding: 'windows-1252' }
  ])('decodes the seed saved as $name', ({ bytes, encoding }) => {
    const decoded = decodeArticleBytes(bytesOf(bytes))
    expect(decoded).toMatchObject({ ok: true, encoding, warnings: [] })
    if (decoded.ok) expect(decoded.text).toBe(seed)
  })

  it.each(['windows-1252', 'latin1'])('detects short Italian text in %s rather than assuming UTF-8', (encoding) => {
    const decoded = decodeArticleBytes(bytesOf(iconv.encode(`${italian}\n${italian}`, encoding)))
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' })
    if (decoded.ok) expect(decoded.text).toBe(`${italian}\n${italian}`)
  })

  it('reads curly quotes and € from Windows-1252 bytes 0x80–0x9F', () => {
    const decoded = decodeArticleBytes(new Uint8Array([0x93, 0x43, 0x69, 0x74, 0x74, 0xe0, 0x94, 0x20, 0x80, 0x20, 0x31, 0x2c, 0x39, 0x39, 0x20, 0x96, 0x20, 0x70, 0x69, 0xf9]))
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252', text: '“Città” € 1,99 – più' })
  })

  it('reads UTF-16LE without a byte-order mark, and says it guessed', () => {
    const decoded = decodeArticleBytes(bytesOf(iconv.encode(seed, 'utf16le')))
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-16LE', text: seed })
    if (decoded.ok) expect(decoded.warnings[0]).toMatch(/no byte-order mark/)
  })

  it('decodes damaged UTF-8 with replacement characters and a warning', () => {
    const damaged = Buffer.concat([Buffer.from('Più di 4 milioni di proiettili, '), Buffer.from([0xff]), Buffer.from(' così la capacità della Russia è cresciuta.')])
    const decoded = decodeArticleBytes(bytesOf(damaged))
    expect(decoded).toMatchObject({ ok: true, encoding: 'UTF-8', text: 'Più di 4 milioni di proiettili, \ufffd così la capacità della Russia è cresciuta.' })
    if (decoded.ok) expect(decoded.warnings[0]).toMatch(/not valid UTF-8/)
  })

  it.each([
    { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], kind: 'png' },
    { name: 'a PDF', bytes: [...Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n')], kind: 'pdf' },
    { name: 'a ZIP (a .docx)', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0], kind: 'zip' },
    { name: 'unknown bytes with NULs', bytes: [0x10, 0x20, 0x00, 0x41, 0x00, 0x00, 0x7f, 0x03, 0x42, 0x00], kind: 'binary' }
  ])('refuses $name as binary', ({ bytes, kind }) => {
    expect(decodeArticleBytes(new Uint8Array(bytes))).toEqual({ ok: false, kind })
  })

  it('prefers the charset an HTML page declares when its bytes are not UTF-8', () => {
    const page = '<html><head><meta charset="iso-8859-1"><title>Città</title></head><body><p>Perché è così</p></body></html>'
    const decoded = decodeArticleBytes(bytesOf(iconv.encode(page, 'latin1')), { sniffHtmlCharset: true })
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252', text: page })
  })
})
