import { describe, expect, test } from 'vitest'
import { findReordering, valueAt } from '../../../src/idempotent/findReordering'

describe('findReordering', () => {
  test('finds the array whose order alone makes two values differ', () => {
    expect(findReordering([1, 2, 3], [3, 1, 2], '$[0]')).toBe('$')
    expect(
      findReordering(
        { rows: [{ id: 1 }, { id: 2 }] },
        { rows: [{ id: 2 }, { id: 1 }] },
        '$.rows[0].id',
      ),
    ).toBe('$.rows')
    expect(findReordering([1, 2], [2, 3], '$[0]')).toBeUndefined()
    expect(findReordering({ a: 1 }, { a: 2 }, '$.a')).toBeUndefined()
  })

  test('generalizes indices above the array when that still holds, and respects unordered', () => {
    const a = [{ items: [1, 2] }, { items: [3, 4] }]
    const b = [{ items: [2, 1] }, { items: [4, 3] }]
    expect(findReordering(a, b, '$[0].items[0]', { generalize: true })).toBe('$[*].items')
    expect(findReordering(a, b, '$[0].items[0]')).toBeUndefined()
    expect(findReordering([1, 2], [2, 1], '$[0]', { unordered: true })).toBeUndefined()
    expect(findReordering([[1, 2], [3]], [[2, 1], [3]], '$[0][0]', { unordered: ['$[1]'] })).toBe(
      '$[0]',
    )
  })

  test('reads the value at a path', () => {
    expect(valueAt({ a: [1, { b: 2 }] }, '$.a[1].b')).toBe(2)
    expect(valueAt({ a: new Map() }, '$.a.b')).toBeUndefined()
  })
})
