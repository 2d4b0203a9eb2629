import fc from 'fast-check'
import fastDeepEqual from 'fast-deep-equal/es6/index.js'
import { inspect, isDeepStrictEqual } from 'node:util'
import { describe, expect, test } from 'vitest'
import { normalize } from '../../src/core/canonical/normalize'
import { deepEqual } from '../../src/core/equality/deepEqual'
import { compareCanonical } from '../../src/core/order/compareCanonical'
import { printCanonical } from '../../src/core/text/printCanonical'
import { createRandom } from '../../src/idempotent/createRandom'
import { shuffleCopy } from '../../src/idempotent/perturb/shuffleCopy'
import { stableStringify } from '../../src/core/text/stableStringify'
import { anyValue, countLeaves, mutableData, mutateLeaf } from '../helpers/arbitraries'

const seed = fc.integer({ min: 0, max: 0xffffffff })
/** JSON has no -0 (it writes 0), so JSON round trips are checked on data without one. */
const hasNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0) ||
  (typeof value === 'object' && value !== null && Object.values(value).some(hasNegativeZero))
const reinserted = <T>(value: T, s: number, unordered = false): T =>
  shuffleCopy(value, createRandom(s), { unordered }).value

/** A value and a sibling that is sometimes equal to it (re-inserted) and sometimes not (mutated). */
const pair = fc.tuple(mutableData, seed, fc.nat(), fc.boolean()).map(([value, s, leaf, change]) => {
  const leaves = countLeaves(value)
  const other =
    change && leaves > 0 ? mutateLeaf(reinserted(value, s), leaf % leaves) : reinserted(value, s)
  return [value, other] as const
})

/**
 * A picture of a value that depends on insertion order: keys, Map entries and Set members as the
 * engine iterates them. deepEqual ignores that order, so only this can show that `normalize` fixes it.
 */
const inOrder = (value: unknown): string =>
  inspect(value, {
    depth: Infinity,
    sorted: false,
    breakLength: Infinity,
    maxArrayLength: Infinity,
    maxStringLength: Infinity,
  })

describe('normalize', () => {
  test('is idempotent', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const once = normalize(value)
        expect(inOrder(normalize(once))).toBe(inOrder(once))
        expect(stableStringify(once)).toBe(stableStringify(value))
      }),
    )
  })

  test('ignores the insertion order of keys, Map entries and Set members', () => {
    fc.assert(
      fc.property(anyValue, seed, (value, s) => {
        const shuffled = reinserted(value, s)
        expect(inOrder(normalize(shuffled))).toBe(inOrder(normalize(value)))
        expect(stableStringify(shuffled)).toBe(stableStringify(value))
      }),
    )
  })

  test('ignores array order too with unordered: true', () => {
    fc.assert(
      fc.property(anyValue, seed, (value, s) => {
        const shuffled = reinserted(value, s, true)
        expect(stableStringify(shuffled, { unordered: true })).toBe(
          stableStringify(value, { unordered: true }),
        )
        expect(inOrder(normalize(shuffled, { unordered: true }))).toBe(
          inOrder(normalize(value, { unordered: true })),
        )
      }),
    )
  })
})

describe('stableStringify', () => {
  test('changes when any leaf changes', () => {
    fc.assert(
      fc.property(mutableData, fc.nat(), (value, leaf) => {
        const leaves = countLeaves(value)
        fc.pre(leaves > 0)
        expect(stableStringify(mutateLeaf(value, leaf % leaves))).not.toBe(stableStringify(value))
      }),
    )
  })

  test('writes JSON data exactly as the general printer does, and JSON.parse reads it back', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((v) => !hasNegativeZero(v)),
        (value) => {
          const text = stableStringify(value)
          expect(text).toBe(printCanonical(normalize(value), 2))
          expect(JSON.parse(text)).toEqual(value)
        },
      ),
    )
  })

  test('agrees with deepEqual: equal text exactly when deepEqual holds', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(stableStringify(a) === stableStringify(b)).toBe(deepEqual(a, b))
      }),
    )
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        expect(stableStringify(a) === stableStringify(b)).toBe(deepEqual(a, b))
      }),
    )
  })
})

describe('deepEqual', () => {
  test('is reflexive on copies and symmetric', () => {
    fc.assert(
      fc.property(anyValue, seed, (value, s) => {
        expect(deepEqual(value, value)).toBe(true)
        expect(deepEqual(value, reinserted(value, s))).toBe(true)
      }),
    )
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(deepEqual(a, b)).toBe(deepEqual(b, a))
      }),
    )
  })

  test("agrees with node:util's isDeepStrictEqual (no sparse arrays or Errors: documented differences)", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(deepEqual(a, b)).toBe(isDeepStrictEqual(a, b))
      }),
    )
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) => {
        expect(deepEqual(a, b)).toBe(isDeepStrictEqual(a, b))
      }),
    )
    fc.assert(
      fc.property(anyValue, seed, (value, s) => {
        const copy = reinserted(value, s)
        expect(deepEqual(value, copy)).toBe(isDeepStrictEqual(value, copy))
      }),
    )
  })
})

describe('compareCanonical', () => {
  const sign = Math.sign
  test('is a total order on canonical forms: antisymmetric, transitive, 0 exactly for equal values', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (x, y, z) => {
        const [a, b, c] = [normalize(x), normalize(y), normalize(z)]
        expect(sign(compareCanonical(a, b)) + sign(compareCanonical(b, a))).toBe(0)
        expect(compareCanonical(a, b) === 0).toBe(deepEqual(a, b))
        if (compareCanonical(a, b) <= 0 && compareCanonical(b, c) <= 0) {
          expect(compareCanonical(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })
})

describe('deepEqual against fast-deep-equal', () => {
  // On JSON data the two agree; fast-deep-equal is the reference. (They part ways on -0, symbol keys,
  // prototypes, Set and Map members and cycles: see deepEqual's documentation.)
  // fast-deep-equal calls a `valueOf` or `toString` it finds on an object, and reads `constructor`,
  // so keys with those names break the reference itself; they are left out of its inputs.
  const trapKeys = new Set(['valueOf', 'toString', 'constructor', '__proto__'])
  const hasTrapKey = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).some(([key, inner]) => trapKeys.has(key) || hasTrapKey(inner))
  const json = fc.jsonValue().filter((v) => !hasNegativeZero(v) && !hasTrapKey(v))
  test('agrees on JSON data, equal or not', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(deepEqual(a, b)).toBe(fastDeepEqual(a, b))
      }),
    )
    fc.assert(
      fc.property(json, seed, fc.nat(), (value, s, leaf) => {
        const copy = reinserted(value, s)
        const leaves = countLeaves(value)
        const changed = leaves > 0 ? mutateLeaf(copy, leaf % leaves) : copy
        expect(deepEqual(value, copy)).toBe(fastDeepEqual(value, copy))
        expect(deepEqual(value, changed)).toBe(fastDeepEqual(value, changed))
      }),
    )
  })
})

describe('stableStringify of Errors', () => {
  const error = fc
    .tuple(
      fc.constantFrom('x', 'y'),
      fc.option(fc.constantFrom(1, 2, 'a', null), { nil: undefined }),
    )
    .map(([message, cause]) =>
      cause === undefined ? new Error(message) : new Error(message, { cause }),
    )
  test('ignores the order of errors in Sets and unordered arrays, causes included', () => {
    fc.assert(
      fc.property(fc.array(error, { maxLength: 6 }), seed, (errors, s) => {
        const shuffled = reinserted(errors, s, true)
        expect(stableStringify(new Set(shuffled))).toBe(stableStringify(new Set(errors)))
        expect(stableStringify(shuffled, { unordered: true })).toBe(
          stableStringify(errors, { unordered: true }),
        )
      }),
    )
  })
})
