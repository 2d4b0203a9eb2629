import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalize, normalizeWith } from '../../src/core/canonical/normalize'
import { fastJsonText } from '../../src/core/text/fastJsonText'
import { printCanonical } from '../../src/core/text/printCanonical'
import { stableStringify } from '../../src/core/text/stableStringify'
import { anyValue, exactValue, mutableData, withCycle } from '../helpers/arbitraries'

// The fast path prints what JSON can print natively and splices in the exact text of everything
// else (Dates, Maps, Sets, undefined, -0, instances, ...). Its one law: whenever it answers, the
// answer is byte for byte what the general printer writes; when it cannot be sure, it declines.

const general = (value: unknown, indent: number, maxDepth = 1000): string =>
  printCanonical(normalizeWith(value, { maxDepth } as Parameters<typeof normalizeWith>[1]), indent)

/** A value inside JSON records, as rows of a table would hold it: twice, at two depths. */
const embedded = (inner: fc.Arbitrary<unknown>) =>
  fc.tuple(inner, inner, fc.boolean()).map(([a, b, shared]) => [
    { id: 1, a, nested: { b, again: shared ? a : b } },
    { id: 2, b },
  ])

const cyclic = fc
  .tuple(exactValue(true), fc.nat(), fc.nat())
  .map(([value, pick, up]) => withCycle(value, pick, up))

describe('fastJsonText splices exact text into native JSON', () => {
  test.each([
    ['fast-check anything', anyValue],
    ['platform values, Errors, symbol keys', exactValue(true)],
    ['mutable data with -0, NaN, undefined and bigints', mutableData],
    ['values with a cycle', cyclic],
  ] as const)('agrees with the general printer on %s', (_name, inner) => {
    fc.assert(
      fc.property(embedded(inner), fc.constantFrom(0, 2, 4), (value, indent) => {
        const fast = fastJsonText(value, indent, 1000)
        if (fast !== undefined) expect(fast).toBe(general(value, indent))
      }),
      { numRuns: 300 },
    )
  })

  test('agrees with the general printer under a small maxDepth, or declines', () => {
    fc.assert(
      fc.property(embedded(anyValue), fc.integer({ min: 1, max: 6 }), (value, maxDepth) => {
        const fast = fastJsonText(value, 2, maxDepth)
        if (fast === undefined) return
        expect(fast).toBe(general(value, 2, maxDepth))
      }),
      { numRuns: 300 },
    )
  })

  test('declines when a string of the user holds the placeholder', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '\u0000\u0010\u0000',
          'x\u0000\u0010\u0000\u0010\u0000',
          '\\\u0000\u0010\u0000',
        ),
        fc.boolean(),
        (text, asKey) => {
          const value = [{ at: new Date(0), [asKey ? text : 's']: asKey ? 1 : text }, undefined]
          const fast = fastJsonText(value, 2, 1000)
          if (fast !== undefined) expect(fast).toBe(general(value, 2))
          expect(stableStringify(value)).toBe(general(value, 2))
        },
      ),
    )
  })

  test('stableStringify with unordered and ignore agrees with printing the normalized value', () => {
    fc.assert(
      fc.property(embedded(anyValue), (value) => {
        const options = { unordered: ['$..a', '$[*]'], ignore: ['$..b'] }
        expect(stableStringify(value, options)).toBe(printCanonical(normalize(value, options), 2))
      }),
      { numRuns: 200 },
    )
  })
})
