import { describe, expect, test } from 'vitest'
import { createScope } from '../../../src/unordered/createScope'
import { refineDifference } from '../../../src/unordered/refineDifference'

describe('refineDifference', () => {
  const scope = createScope({ paths: ['$.tags'] })
  const left = { tags: ['a', 'b'], rows: [1] }
  const right = { tags: ['a', 'c'], rows: [2] }

  test('passes when a difference inside a multiset is reported at the multiset', () => {
    const refined = refineDifference(
      { path: '$.tags[1]', reason: 'values differ', left: 'b', right: 'c' },
      ['tags', 1],
      left,
      right,
      scope,
      scope.root,
    )
    expect(refined).toEqual({
      path: '$.tags',
      reason: 'multisets differ',
      left: ['a', 'b'],
      right: ['a', 'c'],
    })
  })

  test('passes when a difference in an ordered array is kept as it is', () => {
    const difference = { path: '$.rows[0]', reason: 'values differ', left: 1, right: 2 }
    expect(refineDifference(difference, ['rows', 0], left, right, scope, scope.root)).toBe(
      difference,
    )
  })
})
