import { describe, expect, test } from 'vitest'
import { presentIndices, SPARSE_LENGTH } from '../../../../src/core/kinds/arrayIndices'

describe('presentIndices', () => {
  test('passes when an array of ordinary length is read index by index', () => {
    expect(presentIndices(Object.assign(new Array(3), { 0: 1, 2: 3 }))).toBeUndefined()
    expect(presentIndices(new Array(SPARSE_LENGTH))).toBeUndefined()
  })

  test('passes when a huge sparse array gives only its own indices, in order, without allocating', () => {
    const huge: unknown[] = new Array(1e9)
    huge[5] = 'a'
    huge[999_999_999] = 'z'
    huge[3] = 'b'
    Object.assign(huge, { extra: 1 })
    expect(presentIndices(huge)).toEqual([3, 5, 999_999_999])
    expect(presentIndices(new Array(SPARSE_LENGTH + 1))).toEqual([])
  })
})
