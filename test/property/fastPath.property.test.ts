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

/** A Map of settings as rows hold them: plain string keys, primitive values, sometimes more. */
const settings = fc
  .array(
    fc.tuple(
      fc.constantFrom('theme', 'pageSize', 'beta', 'a"b', '10', '', 'é'),
      fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constantFrom(-0, NaN, null, true)),
    ),
    { maxLength: 5 },
  )
  .map((entries) => new Map(entries))

describe('fastJsonText splices exact text into native JSON', () => {
  test.each([
    ['fast-check anything', anyValue, 0.3],
    ['platform values, Errors, symbol keys', exactValue(true), 0.3],
    ['mutable data with -0, NaN, undefined and bigints', mutableData, 0.5],
    ['small Maps of settings', settings, 0.9],
  ] as const)(
    'agrees with the general printer on %s, and mostly answers',
    (_name, inner, share) => {
      let answered = 0
      const runs = 300
      fc.assert(
        fc.property(embedded(inner), fc.constantFrom(0, 2, 4), (value, indent) => {
          const fast = fastJsonText(value, indent, 1000)
          if (fast === undefined) return
          answered++
          expect(fast).toBe(general(value, indent))
        }),
        { numRuns: runs },
      )
      // A fast path that declined everything would pass the law: it must take most of this data.
      expect(answered / runs).toBeGreaterThanOrEqual(share)
    },
  )

  test('declines whenever the value holds a cycle, inside a subtree or across one', () => {
    fc.assert(
      fc.property(embedded(cyclic), fc.constantFrom(0, 2), (value, indent) => {
        const fast = fastJsonText(value, indent, 1000)
        if (general(value, indent).includes('[Circular ')) expect(fast).toBeUndefined()
        else if (fast !== undefined) expect(fast).toBe(general(value, indent))
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

  test('declines when a string or key of the user prints like the placeholder', () => {
    const placeholder = '\u0000\u0010\u0000'
    fc.assert(
      fc.property(
        // Exactly the placeholder, or after a quote (its escape ends where a string token would).
        fc.constantFrom(placeholder, `x"${placeholder}`),
        fc.boolean(),
        (text, asKey) => {
          const value = [{ at: new Date(0), [asKey ? text : 's']: asKey ? 1 : text }, undefined]
          expect(fastJsonText(value, 2, 1000)).toBeUndefined()
          expect(stableStringify(value)).toBe(general(value, 2))
        },
      ),
    )
  })

  test('prints strings that merely contain the placeholder exactly', () => {
    const placeholder = '\u0000\u0010\u0000'
    fc.assert(
      fc.property(
        fc.constantFrom(`x${placeholder}\u0010\u0000`, `\\${placeholder}`, `${placeholder}"`),
        (text) => {
          const value = [{ at: new Date(0), s: text }, undefined]
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
