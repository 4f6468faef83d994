import { describe, expect, it } from 'vitest'
import { requestFailureError, requestFailureOf } from '../request-failure'
import { en } from './en'
import { createTranslator } from './translator'
import { sayMessage, userMessage, type MessageCode } from './user-message'

const codes = [...new Set(Object.keys(en.errors).map((key) => key.replace(/_(one|other)$/, '')))] as MessageCode[]
// Every parameter any message names, so no sentence is left with a {{placeholder}}.
const params = { id: 'e61335547dd2c583', folder: '/archivio/corea', file: '/archivio/corea/seul.md', reason: 'EIO', details: 'articleIds expected array', library: 'corea', files: '/dati/notes.damaged-1.json', count: 2, kind: 'png', extension: '.md', what: 'brackets', limit: 1000, seconds: 30, megabytes: 17.5 }

describe('messages for the user', () => {
  it.each(codes)('%s is said in English and in Italian, with every parameter filled', (code) => {
    const english = sayMessage(createTranslator('en'), userMessage(code, params))
    const italian = sayMessage(createTranslator('it'), userMessage(code, params))
    expect(english).not.toMatch(/\{\{|errors\./)
    expect(italian).not.toMatch(/\{\{|errors\./)
    expect(italian).not.toBe(english)
  })

  it('keeps the English sentence for logs beside the code', () => {
    expect(userMessage('folderMissing', { folder: '/archivio/corea' })).toEqual({
      code: 'folderMissing',
      params: { folder: '/archivio/corea' },
      message: 'The folder /archivio/corea does not exist. Check the path, or choose another folder.'
    })
  })

  it('falls back to its English sentence for a code this side does not know', () => {
    const unknown = { code: 'somethingNewer' as MessageCode, params: {}, message: 'A newer problem, in English.' }
    expect(sayMessage(createTranslator('it'), unknown)).toBe('A newer problem, in English.')
  })

  it('crosses the bridge inside an Error and comes back whole', () => {
    const failure = userMessage('diskFull', { file: '/home/ada/confronto.csv' })
    expect(requestFailureOf(requestFailureError(failure))).toEqual(failure)
    expect(requestFailureOf(new Error('disk full'))).toBeNull()
    expect(requestFailureOf(new Error('riscontro-failure:{not json'))).toBeNull()
  })
})
