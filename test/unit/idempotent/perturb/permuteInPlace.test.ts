import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createRandom } from '../../../../src/idempotent/createRandom'
import { permuteInPlace } from '../../../../src/idempotent/perturb/permuteInPlace'

describe('permuteInPlace', () => {
  test('reverses in place, and leaves short lists alone', () => {
    const list = [1, 2, 3]
    expect(permuteInPlace(list, 'reverse')).toBe(list)
    expect(list).toEqual([3, 2, 1])
    expect(permuteInPlace([1], createRandom(1))).toEqual([1])
  })

  test('always changes the order of two or more items, keeping the items', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 12 }),
        fc.nat(2 ** 32 - 1),
        (items, seed) => {
          const permuted = permuteInPlace([...items], createRandom(seed))
          expect(permuted).not.toEqual(items)
          expect([...permuted].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b))
        },
      ),
    )
  })
})
