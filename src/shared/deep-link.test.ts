import { describe, expect, it } from 'vitest'
import { buildDeepLink, findDeepLinkArgument, parseDeepLink, type DeepLink } from './deep-link'

describe('riscontro:// links', () => {
  it.each<DeepLink>([
    { kind: 'claim', library: '/home/anna/Rassegna stampa', file: 'esteri/Kim & Putin.txt', start: 475, end: 527 },
    { kind: 'claim', library: 'C:\\Users\\Anna\\Notizie', file: 'feed/lago.rss#f2128e5b', start: 0, end: 12 },
    { kind: 'article', library: '/srv/articoli', file: 'rapporto è.pdf' }
  ])('round-trips %o', (link) => {
    const url = buildDeepLink(link)
    expect(url).toMatch(/^riscontro:\/\/(claim|article)\?library=/)
    expect(url).not.toMatch(/[ +]/)
    expect(parseDeepLink(url)).toEqual(link)
  })

  it.each([
    ['another scheme', 'https://claim?library=%2Fx&file=a.txt&start=1&end=2'],
    ['an unknown kind', 'riscontro://delete?library=%2Fx&file=a.txt'],
    ['a relative library', 'riscontro://article?library=x&file=a.txt'],
    ['a NUL in the folder', 'riscontro://article?library=%2Fx%00y&file=a.txt'],
    ['a path climbing out', 'riscontro://article?library=%2Fx&file=..%2F..%2Fetc%2Fpasswd'],
    ['a hidden climb in the middle', 'riscontro://article?library=%2Fx&file=a%2F..%2F..%2Fb.txt'],
    ['an absolute file', 'riscontro://article?library=%2Fx&file=%2Fetc%2Fpasswd'],
    ['a Windows drive file', 'riscontro://article?library=%2Fx&file=C%3A%5Cwin.ini'],
    ['backslashes', 'riscontro://article?library=%2Fx&file=a%5C..%5Cb'],
    ['no file', 'riscontro://article?library=%2Fx'],
    ['offsets out of order', 'riscontro://claim?library=%2Fx&file=a.txt&start=9&end=2'],
    ['a negative offset', 'riscontro://claim?library=%2Fx&file=a.txt&start=-1&end=2'],
    ['a fractional offset', 'riscontro://claim?library=%2Fx&file=a.txt&start=1.5&end=2'],
    ['a missing offset', 'riscontro://claim?library=%2Fx&file=a.txt&start=1'],
    ['not a URL', 'riscontro:'],
    ['not a string', 42]
  ])('refuses %s', (_name, input) => {
    expect(parseDeepLink(input)).toBeNull()
  })
})

describe('findDeepLinkArgument', () => {
  it('finds the link among the arguments a second launch passes, and nothing when there is none', () => {
    expect(findDeepLinkArgument(['/opt/Riscontro/riscontro', '--no-sandbox', 'riscontro://article?library=%2Fx&file=a.txt'])).toBe('riscontro://article?library=%2Fx&file=a.txt')
    expect(findDeepLinkArgument(['/opt/Riscontro/riscontro', '/home/anna/notizie'])).toBeNull()
  })
})
