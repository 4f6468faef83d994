import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL } from './app-protocol'
import { isTrustedSender } from './trusted-sender'

const DEV_SERVER_URL = 'http://localhost:5173/'

describe('isTrustedSender', () => {
  it.each([
    ['our page', APP_PAGE_URL, APP_PAGE_URL],
    ['our page with a query and a fragment', `${APP_PAGE_URL}?article=a#claim`, APP_PAGE_URL],
    ['the dev server page in development', 'http://localhost:5173/', DEV_SERVER_URL]
  ])('trusts %s in the top frame', (_case, frameUrl, rendererUrl) => {
    expect(isTrustedSender({ frameUrl, isTopFrame: true }, rendererUrl)).toBe(true)
  })

  it.each([
    ['a sub-frame of our own page', { frameUrl: APP_PAGE_URL, isTopFrame: false }],
    ['another page of the app scheme', { frameUrl: 'app://riscontro/report.html', isTopFrame: true }],
    ['another host of the app scheme', { frameUrl: 'app://report/index.html', isTopFrame: true }],
    ['a web page', { frameUrl: 'https://example.com/index.html', isTopFrame: true }],
    ['a page that looks like ours on the web', { frameUrl: 'https://riscontro/index.html', isTopFrame: true }],
    ['a local file', { frameUrl: 'file:///tmp/index.html', isTopFrame: true }],
    ['a data: page', { frameUrl: 'data:text/html,<script>1</script>', isTopFrame: true }],
    ['about:blank', { frameUrl: 'about:blank', isTopFrame: true }],
    ['an empty URL', { frameUrl: '', isTopFrame: true }],
    ['a frame already gone', { frameUrl: undefined, isTopFrame: true }],
    ['a URL that is not a string', { frameUrl: { href: APP_PAGE_URL }, isTopFrame: true }],
    ['a malformed URL', { frameUrl: 'app://ris contro/%%', isTopFrame: true }]
  ])('refuses %s', (_case, sender) => {
    expect(isTrustedSender(sender, APP_PAGE_URL)).toBe(false)
  })

  it('refuses every sender when the expected page cannot be parsed', () => {
    expect(isTrustedSender({ frameUrl: APP_PAGE_URL, isTopFrame: true }, 'not a url')).toBe(false)
  })

  it('refuses the app page when the dev server is expected, and the dev server on another port', () => {
    expect(isTrustedSender({ frameUrl: APP_PAGE_URL, isTopFrame: true }, DEV_SERVER_URL)).toBe(false)
    expect(isTrustedSender({ frameUrl: 'http://localhost:5174/', isTopFrame: true }, DEV_SERVER_URL)).toBe(false)
  })
})
