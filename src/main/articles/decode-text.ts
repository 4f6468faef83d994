import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { en } from '../../shared/i18n/en'

/**
 * Turns a file's bytes into text, detecting the encoding rather than assuming it: articles saved
 * years apart by different tools arrive as UTF-8 (with or without BOM), UTF-16 from Windows editors,
 * or Windows-1252 / Latin-1 from older Italian and English sites.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  /** `kind` names what the bytes look like (`png`: a key of `fileKinds` in the interface's words), for the reason shown to the user. */
  | { ok: false; kind: BinaryKind }

export type BinaryKind = keyof typeof en.fileKinds

export interface DecodeOptions {
  /** Honour a `<meta charset>` when the bytes are not UTF-8 (HTML files). */
  sniffHtmlCharset?: boolean
}

/** How many leading bytes are inspected to tell text from binary. */
const SNIFF_BYTES = 8192

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')

export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3))
  // A UTF-32 LE BOM starts like UTF-16 LE's; no article arrives in UTF-32, so it is refused as binary below.
  if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0, 0])) {
    return decodeUtf16(bytes.subarray(2), 'UTF-16LE', [])
  }
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'UTF-16BE', [])

  const bomlessUtf16 = guessBomlessUtf16(bytes)
  if (bomlessUtf16) {
    return decodeUtf16(bytes, bomlessUtf16, [`This file has no byte-order mark; it was read as ${bomlessUtf16} because of its byte pattern.`])
  }

  const binaryKind = describeBinary(bytes)
  if (binaryKind) return { ok: false, kind: binaryKind }

  try {
    return { ok: true, text: fatalUtf8.decode(bytes), encoding: 'UTF-8', warnings: [] }
  } catch {
    // Not valid UTF-8: a legacy encoding, or UTF-8 with damaged bytes. Told apart below.
  }

  const declared = options.sniffHtmlCharset ? declaredHtmlCharset(bytes) : null
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    const encoding = canonicalEncodingName(declared)
    return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding, warnings: [] }
  }
  const legacy = looksMostlyUtf8(bytes) ? null : detectLegacyEncoding(bytes)
  if (legacy) return { ok: true, text: iconv.decode(Buffer.from(bytes), legacy), encoding: legacy, warnings: [] }
  return decodeUtf8(bytes)
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: fatalUtf8.decode(bytes), encoding: 'UTF-8', warnings: [] }
  } catch {
    return {
      ok: true,
      text: lenientUtf8.decode(bytes),
      encoding: 'UTF-8',
      warnings: [
        'Some bytes of this file are not valid UTF-8 and are shown as �. The file may be damaged or saved in an unusual encoding; re-saving it as UTF-8 fixes this.'
      ]
    }
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', warnings: string[]): DecodedText {
  const usable = bytes.length % 2 === 0 ? bytes : bytes.subarray(0, bytes.length - 1)
  if (usable !== bytes) warnings = [...warnings, 'The file ends in the middle of a character; the last byte was ignored.']
  const text = iconv.decode(Buffer.from(usable.buffer, usable.byteOffset, usable.byteLength), encoding === 'UTF-16LE' ? 'utf16le' : 'utf16be', {
    stripBOM: true
  })
  return { ok: true, text, encoding, warnings }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

/**
 * UTF-16 without a BOM (rare, but some Windows exports do it): mostly-ASCII text then has a NUL in
 * every other byte, which would otherwise read as binary.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (length < 8) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++
    if (bytes[index + 1] === 0) oddZeros++
  }
  const pairs = length / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.02) return 'UTF-16LE'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.02) return 'UTF-16BE'
  return null
}

/** Well-known file signatures, to tell the user what the file really is. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; kind: BinaryKind }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'pdf' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'oldOffice' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'rtf' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'program' },
  { bytes: [0x4d, 0x5a], kind: 'windowsProgram' }
]

/**
 * What the file is when it is not text, or null for text. Binary: a known signature whose bytes
 * carry no text, a NUL byte, or many control characters in the first few KB.
 */
function describeBinary(bytes: Uint8Array): BinaryKind | null {
  const length = Math.min(bytes.length, SNIFF_BYTES)
  let controls = 0
  let hasNul = false
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!
    if (byte === 0) hasNul = true
    // Tab, line feed, form feed, carriage return and escape occur in real text files.
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++
  }
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes))
  // PDF and RTF start with readable text, so their signature alone decides; the "MZ" of a Windows
  // program could begin a word, so it needs binary bytes too.
  if (signature && (signature.kind === 'pdf' || signature.kind === 'rtf')) return signature.kind
  if (hasNul || controls > length * 0.05) return signature?.kind ?? 'binary'
  return null
}

/**
 * True when the bytes hold at least as many well-formed multi-byte UTF-8 sequences as stray high
 * bytes: legacy single-byte text almost never forms a valid UTF-8 sequence by accident.
 */
function looksMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0
  let invalid = 0
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    const expected = byte >= 0xf0 && byte <= 0xf4 ? 3 : byte >= 0xe0 ? (byte <= 0xef ? 2 : 0) : byte >= 0xc2 && byte <= 0xdf ? 1 : 0
    let continuation = 0
    while (continuation < expected && ((bytes[index + 1 + continuation] ?? 0) & 0xc0) === 0x80) continuation++
    if (expected > 0 && continuation === expected) {
      valid++
      index += expected + 1
    } else {
      invalid++
      index++
    }
  }
  return valid > 0 && valid >= invalid
}

/** Below this chardet confidence (0–100), a Latin-script guess is too weak to beat the common case. */
const MIN_CONFIDENCE_FOR_OTHER_LATIN = 60
/** Single-byte code pages for Latin-script languages other than Western European ones. */
const OTHER_LATIN_CODE_PAGES = /^(windows-125[0478]|iso-8859-(2|3|4|9|10|13|14|15|16))$/i

/**
 * The single-byte (or CJK) legacy encoding chardet finds, or null when it finds none iconv can
 * decode. Latin-1 is read as Windows-1252, its superset: files labelled Latin-1 in practice use
 * 0x80–0x9F for €, curly quotes and dashes, which are invisible control codes in true Latin-1.
 * On a few bytes chardet may weakly guess a Baltic or Central European code page for Italian
 * text; such weak Latin guesses fall back to Windows-1252, by far the most common legacy encoding
 * of the Italian and English news Riscontro reads.
 */
function detectLegacyEncoding(bytes: Uint8Array): string | null {
  const [best] = chardet.analyse(bytes)
  if (!best || /^(utf|ascii)/i.test(best.name)) return null
  if (/^iso-8859-1$/i.test(best.name)) return 'windows-1252'
  if (OTHER_LATIN_CODE_PAGES.test(best.name) && best.confidence < MIN_CONFIDENCE_FOR_OTHER_LATIN) return 'windows-1252'
  return iconv.encodingExists(best.name) ? best.name : null
}

/** `<meta charset="…">` or the http-equiv form, from the first KB as ASCII. */
function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024))
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)
  return match ? match[1]! : null
}

function canonicalEncodingName(name: string): string {
  if (/^(iso-?8859-1|latin-?1|windows-1252|cp1252)$/i.test(name)) return 'windows-1252'
  return name
}
