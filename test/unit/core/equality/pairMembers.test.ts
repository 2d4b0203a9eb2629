import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { pairMembers } from '../../../../src/core/equality/pairMembers'

const records = (ids: number[]) => ids.map((id) => ({ id, tags: [id % 3] }))

describe('pairMembers', () => {
  test.each([3, 50])('passes when %i members pair up in any order', (size) => {
    const ids = Array.from({ length: size }, (_, i) => i % 7)
    expect(pairMembers(records(ids), records([...ids].reverse()), deepEqual)).toBeUndefined()
  })

  test.each([3, 50])(
    'fails when one of %i members has no partner, naming both leftovers',
    (size) => {
      const ids = Array.from({ length: size }, (_, i) => i)
      const right = records(ids)
      right[1] = { id: 999, tags: [0] }
      expect(pairMembers(records(ids), right, deepEqual)).toEqual({
        left: { id: 1, tags: [1] },
        right: { id: 999, tags: [0] },
      })
    },
  )

  test.each([3, 50])('fails when multiplicities differ among %i members', (size) => {
    const left = records(Array.from({ length: size }, () => 1))
    const right = records([...Array.from({ length: size - 1 }, () => 1), 2])
    expect(pairMembers(left, right, deepEqual)).toBeDefined()
    expect(pairMembers(right, left, deepEqual)).toBeDefined()
  })

  test('passes when a Set of many objects equals its reversed copy, and fails on one change', () => {
    const members = records(Array.from({ length: 40 }, (_, i) => i))
    expect(
      deepEqual(
        new Set(members),
        new Set([...records(Array.from({ length: 40 }, (_, i) => 39 - i))]),
      ),
    ).toBe(true)
    const changed = records(Array.from({ length: 40 }, (_, i) => i))
    changed[20] = { id: 20, tags: [99] }
    expect(deepEqual(new Set(members), new Set(changed))).toBe(false)
  })
})
