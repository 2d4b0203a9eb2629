import { ExpectDeterministicError } from '../src/errors'
import { compareUnordered } from '../src/unordered/compareUnordered'
import { readUnorderedOptions, type UnorderedOptions } from '../src/unordered/readUnorderedOptions'
import type { MatcherContext, MatcherResult } from './context'
import { describeUnordered, describeUnorderedPass } from './describeUnordered'
import { hint, usageError } from './format'

const NAME = 'toEqualUnordered'

type Tester = (this: unknown, a: unknown, b: unknown) => boolean | undefined

// toStrictEqual adds these testers in both runners; `equals(..., true)` alone does not check types.
const typeEquality: Tester = (a, b) => {
  if (a == null || b == null) return undefined
  const ctorA = (a as { constructor?: unknown }).constructor
  const ctorB = (b as { constructor?: unknown }).constructor
  return ctorA === ctorB || (Array.isArray(a) && Array.isArray(b)) ? undefined : false
}
const sparseArrayEquality: Tester = (a, b) => {
  if (!Array.isArray(a) || !Array.isArray(b)) return undefined
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i])
    ? undefined
    : false
}

/**
 * Passes when `received` equals `expected` with arrays compared as multisets: order ignored,
 * duplicates counted. Every array at every depth by default; `{ deep: false }` for the top level
 * only, `{ paths }` for chosen arrays. Elements compare like `toEqual` (`{ strict: true }`:
 * `toStrictEqual`), so asymmetric matchers and registered equality testers work, and a pairing is
 * found whenever one exists.
 *
 * @example
 * expect([{ id: 2, tags: ['b', 'a'] }, { id: 1 }]).toEqualUnordered([{ id: 1 }, { id: 2, tags: ['a', 'b'] }])
 * expect(ids).toEqualUnordered([expect.any(Number), 1])
 * @internal
 */
export function toEqualUnordered(
  this: MatcherContext,
  received: unknown,
  expected: unknown,
  options?: UnorderedOptions,
): MatcherResult {
  let opts: UnorderedOptions
  try {
    opts = readUnorderedOptions(options, `${NAME}()`)
  } catch (error) {
    if (error instanceof ExpectDeterministicError)
      throw usageError(this, NAME, error.message, options)
    throw error
  }
  if (opts.paths === undefined) {
    // Runners call an asymmetric matcher with a `this` that has no `promise` (the assertion form
    // always has one, '' when not chained): there a non-array is a mismatch, not a usage error.
    if (!Array.isArray(received)) {
      if (this.promise === undefined) return { pass: false, message: () => '' }
      throw usageError(
        this,
        NAME,
        'received value must be an array (pass `paths` to compare other values).',
        received,
      )
    }
    if (!Array.isArray(expected)) {
      throw new TypeError(
        `${hint(this, NAME)}\n\nMatcher error: expected value must be an array (pass \`paths\` to compare other values).\n\n` +
          this.utils.printWithType('Expected', expected, this.utils.printExpected),
      )
    }
  }
  const strict = opts.strict === true
  // toEqual adds iterableEquality (Maps, Sets, other iterables by content); toStrictEqual also these.
  const iterable = this.utils.iterableEquality
  const testers = strict
    ? [...this.customTesters, iterable, typeEquality, sparseArrayEquality]
    : [...this.customTesters, iterable]
  const result = compareUnordered(received, expected, opts, {
    equals: (a, b) => this.equals(a, b, testers, strict),
    // Registered testers may equate values whose canonical keys differ: ask them about every pair.
    keyed: this.customTesters.length === 0,
  })
  return {
    pass: result.pass,
    message: () =>
      result.pass
        ? describeUnorderedPass(this, received, expected, opts)
        : describeUnordered(this, result, opts),
  }
}
