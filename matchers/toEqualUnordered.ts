import { ExpectDeterministicError } from '../src/errors'
import {
  compareLoosely,
  compareUnordered,
  type UnorderedResult,
} from '../src/unordered/compareUnordered'
import { RUNNER_NESTING, RunnerLimit } from '../src/unordered/RunnerLimit'
import { isStackOverflow } from '../src/core/traversal/traversalError'
import { readUnorderedOptions, type UnorderedOptions } from '../src/unordered/readUnorderedOptions'
import type { MatcherContext, MatcherResult } from './context'
import { describeUnordered, describeUnorderedPass } from './describeUnordered'
import { usageError } from './format'
import { diagnose, safeContext } from './safeContext'

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
 * duplicates counted. Any value is accepted: every array at every depth by default;
 * `{ deep: false }` for a top-level array only, `{ paths }` for chosen arrays. Elements compare
 * like `toEqual` (`{ strict: true }`: `toStrictEqual`), so asymmetric matchers and registered
 * equality testers work, and a pairing is found whenever one exists. Values of different types
 * fail (the message names both types).
 *
 * Data deeper than the runner's recursive `equals` can follow is compared by the library itself
 * (toEqual's rules on its own canonical comparison), unless custom testers or asymmetric matchers
 * need the runner: then the matcher throws a clear error.
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
  const strict = opts.strict === true
  // toEqual adds iterableEquality (Maps, Sets, other iterables by content); toStrictEqual also these.
  const iterable = this.utils.iterableEquality
  const testers = strict
    ? [...this.customTesters, iterable, typeEquality, sparseArrayEquality]
    : [...this.customTesters, iterable]
  let result: UnorderedResult
  try {
    result = compareUnordered(received, expected, opts, {
      equals: (a, b) => this.equals(a, b, testers, strict),
      // Registered testers may equate values whose canonical keys differ: ask them about every pair.
      keyed: this.customTesters.length === 0,
    })
  } catch (error) {
    if (!tooDeepForRunner(error)) throw diagnose(diagnose(error, received), expected)
    result = compareWithoutRunner(this, received, expected, opts, error)
  }
  const settled = result
  return {
    pass: settled.pass,
    message: () =>
      settled.pass
        ? describeUnorderedPass(safeContext(this), received, expected, opts)
        : describeFailure(this, settled, received, expected, opts),
  }
}

/** Whether the runner's `equals` gave up on data this deep (its stack, or our nesting limit). */
function tooDeepForRunner(error: unknown): boolean {
  return isStackOverflow(error) || (error instanceof RunnerLimit && error.reason === 'deep')
}

/** The failure message; a report too deep for the runner is built without it. */
function describeFailure(
  ctx: MatcherContext,
  result: UnorderedResult,
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
): string {
  const safe = safeContext(ctx)
  try {
    return describeUnordered(safe, result, opts, received, expected)
  } catch (error) {
    if (!tooDeepForRunner(error)) throw asUncomparable(error)
    const alone = compareWithoutRunner(ctx, received, expected, opts, error)
    return describeUnordered(safe, alone, opts, received, expected)
  }
}

/**
 * The comparison without the runner, for data deeper than its recursive `equals` can follow:
 * `compareLoosely`, the library's comparison under toEqual's rules. Custom testers and
 * asymmetric matchers need the runner, so with those it is a clear error.
 */
function compareWithoutRunner(
  ctx: MatcherContext,
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
  overflow: unknown,
): UnorderedResult {
  if (ctx.customTesters.length > 0)
    throw uncomparable('custom equality testers are registered', overflow)
  try {
    const result = compareLoosely(received, expected, opts)
    // The report is built now, while asymmetric matchers can still be told apart from a failure.
    if (!result.pass) void result.mismatch
    return result
  } catch (error) {
    throw asUncomparable(error)
  }
}

function asUncomparable(error: unknown): unknown {
  return error instanceof RunnerLimit && error.reason === 'asymmetric'
    ? uncomparable('the values hold asymmetric matchers', error)
    : error
}

function uncomparable(needs: string, cause: unknown): ExpectDeterministicError {
  return new ExpectDeterministicError(
    'UNCOMPARABLE',
    `${NAME}: the values nest too deeply for the runner's \`equals\` (more than ` +
      `${RUNNER_NESTING} multisets inside one another, or past its call stack), and the library ` +
      `cannot compare them on its own because ${needs}, which only the runner can apply. Compare ` +
      'a shallower part of the data, or leave the testers and matchers out of the deep part.',
    { cause },
  )
}
