import { describe, expect, it } from 'vitest'
import type { RowCorrection } from '../../shared/model'
import { rowCorrectionSchema } from './comparison-schemas'

const a = '0123456789abcdef'
const b = 'fedcba9876543210'

describe('rowCorrectionSchema', () => {
  it.each<[unknown, RowCorrection | null]>([
    [{ kind: 'merge', claimId: a, withClaimId: b }, { kind: 'merge', claimId: a, withClaimId: b }],
    [{ kind: 'move', claimId: a, toRowOf: null }, { kind: 'move', claimId: a, toRowOf: null }],
    [{ kind: 'split', claimIds: [a, b], extra: 1 }, { kind: 'split', claimIds: [a, b] }],
    [{ kind: 'rename', claimId: a, label: '' }, { kind: 'rename', claimId: a, label: '' }],
    [{ kind: 'hide', claimId: a }, { kind: 'hide', claimId: a }],
    [{ kind: 'unhide-claim', claimId: a }, { kind: 'unhide-claim', claimId: a }],
    [{ kind: 'unhide-claim', claimId: 'not-an-id' }, null],
    [{ kind: 'merge', claimId: a }, null],
    [{ kind: 'move', claimId: a }, null],
    [{ kind: 'split', claimIds: [] }, null],
    [{ kind: 'split', claimIds: [1] }, null],
    [{ kind: 'hide', claimId: '../../etc/passwd' }, null],
    [{ kind: 'rename', claimId: a, label: 'x'.repeat(201) }, null],
    [{ kind: 'delete', claimId: a }, null],
    ['hide', null],
    [null, null]
  ])('%j → %j', (value, expected) => {
    const parsed = rowCorrectionSchema.safeParse(value)
    expect(parsed.success ? parsed.data : null).toEqual(expected)
  })
})
