import { describe, expect, test } from 'vitest'
import { normalize } from '../../../src/core/canonical/normalize'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { findDifference } from '../../../src/core/equality/findDifference'
import { compareCanonical } from '../../../src/core/order/compareCanonical'
import { stableStringify } from '../../../src/core/text/stableStringify'
import { ExpectDeterministicError } from '../../../src/errors'
import { exactnessCases } from '../../helpers/exactnessCases'

// One table, every function of the core, both argument orders: deepEqual, findDifference, the
// text and the order never disagree about what is equal.
describe.each(exactnessCases)('$name', ({ a, b, equal, sameText, printable }) => {
  test(`${equal ? 'passes' : 'fails'} deepEqual in both orders, and findDifference agrees`, () => {
    expect(deepEqual(a, b)).toBe(equal)
    expect(deepEqual(b, a)).toBe(equal)
    expect(findDifference(a, b) === undefined).toBe(equal)
    expect(findDifference(b, a) === undefined).toBe(equal)
  })

  if (printable === false) {
    test('throws UNCOMPARABLE when printed: its contents cannot be written', () => {
      expect(() => stableStringify(a)).toThrow(ExpectDeterministicError)
      expect(() => stableStringify(a)).toThrow(/has no contents that can be written as text/)
    })
    return
  }

  test(`gives ${(sameText ?? equal) ? 'the same' : 'different'} text, in both orders`, () => {
    expect(stableStringify(a) === stableStringify(b)).toBe(sameText ?? equal)
    expect(stableStringify(b, { indent: 0 }) === stableStringify(a, { indent: 0 })).toBe(
      sameText ?? equal,
    )
  })

  test('orders the canonical forms as the text does', () => {
    const [x, y] = [normalize(a), normalize(b)]
    expect(compareCanonical(x, y) === 0).toBe(sameText ?? equal)
    expect(Math.sign(compareCanonical(x, y)) + Math.sign(compareCanonical(y, x))).toBe(0)
  })
})
