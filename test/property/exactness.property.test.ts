import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalize } from '../../src/core/canonical/normalize'
import { deepEqual } from '../../src/core/equality/deepEqual'
import { findDifference } from '../../src/core/equality/findDifference'
import { compareCanonical } from '../../src/core/order/compareCanonical'
import { stableStringify } from '../../src/core/text/stableStringify'
import { createRandom } from '../../src/idempotent/createRandom'
import { shuffleCopy } from '../../src/idempotent/perturb/shuffleCopy'
import { changedCopy, exactValue, withCycle } from '../helpers/arbitraries'

const seed = fc.integer({ min: 0, max: 0xffffffff })
const cyclic = (shared: boolean) =>
  fc
    .tuple(exactValue(shared), fc.nat(), fc.nat(), fc.boolean())
    .map(([value, pick, up, loop]) => (loop ? withCycle(value, pick, up) : value))

/** The three views of equality the core offers, which must always agree. */
function agree(a: unknown, b: unknown): void {
  const equal = deepEqual(a, b)
  expect(stableStringify(a, { indent: 0 }) === stableStringify(b, { indent: 0 })).toBe(equal)
  expect(findDifference(a, b) === undefined).toBe(equal)
  expect(deepEqual(b, a)).toBe(equal)
  expect(compareCanonical(normalize(a), normalize(b)) === 0).toBe(equal)
}

describe('deepEqual, the text and findDifference agree', () => {
  test('on a value and a re-inserted copy of it, changed in one leaf or not', () => {
    fc.assert(
      fc.property(cyclic(true), seed, fc.nat(), fc.boolean(), (value, s, leaf, change) => {
        const copy = shuffleCopy(value, createRandom(s), { unordered: false }).value
        const other = change ? changedCopy(copy, leaf) : copy
        agree(value, other)
      }),
    )
  })

  test('on two values generated independently (symbol keys with distinct descriptions)', () => {
    fc.assert(fc.property(cyclic(false), cyclic(false), (a, b) => agree(a, b)))
  })
})
