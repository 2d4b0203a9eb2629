import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { locateStrictly } from '../../../src/unordered/locateStrictly'

const comparer = createComparer(createScope({}), true)

describe('locateStrictly', () => {
  test('passes when the first failing multiset on the way to the difference is explained', () => {
    const located = locateStrictly(
      { a: { list: [1, 2] } },
      { a: { list: [2, 3] } },
      comparer,
      undefined,
      undefined,
    )
    expect(located.steps).toEqual(['a', 'list'])
    expect('mismatch' in located && located.mismatch.path).toBe('$.a.list')
  })

  test('passes when a difference outside every multiset is reported where it is', () => {
    const located = locateStrictly(
      { a: 1, l: [1] },
      { a: 2, l: [1] },
      comparer,
      undefined,
      undefined,
    )
    expect(located).toMatchObject({ difference: { path: '$.a', left: 2, right: 1 } })
  })

  test('passes at 100,000 levels, walking the path of one comparison', () => {
    const chain = (leaf: number) => {
      let value: unknown = leaf
      for (let i = 0; i < 100_000; i++) value = { v: value }
      return value
    }
    const deep = createComparer(createScope({}), true, undefined, 100_001)
    const located = locateStrictly(chain(1), chain(2), deep, undefined, undefined)
    expect(located.steps).toHaveLength(100_000)
    expect('difference' in located && located.difference.reason).toBe('values differ')
  })
})
