import {
  createComparer,
  equalAt,
  type UnorderedEquality,
  type UnorderedEquals,
} from './createComparer'
import { createScope } from './createScope'
import type { ElementComparer } from './ElementComparer'
import { sameExtras } from './extraKeys'
import { extrasDifference } from './explainArrays'
import { explainFailure, type FailureReport } from './locateFailure'
import { isPerfect, matchArrays, type ArrayMatching } from './matchArrays'
import { readUnorderedOptions, type UnorderedOptions } from './readUnorderedOptions'
import type { Difference } from '../types'
import type { UnorderedMismatch } from './explainMismatch'

/**
 * The outcome of `compareUnordered`. On failure, exactly one of `mismatch` and `difference` says
 * where and why; both (and `orderOnly`) are computed on first read, reusing the matching already
 * found, so a caller that only needs `pass` pays nothing for the report.
 * @since 0.1.0
 */
export interface UnorderedResult {
  readonly pass: boolean
  /** The first multiset (in key order) whose elements could not all be paired. */
  readonly mismatch?: UnorderedMismatch
  /** The first difference outside any multiset; `left` is the expected side. */
  readonly difference?: Difference
  /**
   * Set when `deep: false` or `paths` was given and the values would be equal with every array
   * unordered: the paths of the nested arrays that differ only in order (may be empty when they
   * cannot be named).
   */
  readonly orderOnly?: readonly string[]
}

/**
 * Deep equality in which arrays are multisets: order is ignored, duplicates are counted
 * (`[1, 1, 2]` does not equal `[1, 2, 2]`). Both values may be anything: by default every array at
 * every depth is unordered; `deep: false` keeps only a top-level array unordered (a value that is
 * not an array then compares like `toEqual`), `paths` selects arrays by path. Sets are unordered
 * and Map entries are matched by key, as always. Values of different types simply differ.
 *
 * Plain-data elements are bucketed by an order-free canonical hash, confirmed structurally (O(n)
 * expected time, nested multisets included); elements involving asymmetric matchers, class instances, Maps or Sets, or every
 * element when `keyed` is false, are compared with `equals` against each candidate (only those
 * sharing their plain fields, such as the `id` beside a matcher, when they have some) and paired
 * by a maximum bipartite matching (Hopcroft–Karp), so a pairing is found whenever one exists. The
 * result does not depend on the order of either array.
 *
 * Without `equality`, elements compare with the strict `deepEqual`. On failure, the result names the
 * first multiset that does not match (missing and extra elements with their indices, changed
 * pairs with the first differing field, changed multiplicities) or the first difference elsewhere.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS`) for unknown options, (`BAD_PATH`) for a path
 *   that does not parse, (`TOO_DEEP`) for data nested deeper than `maxDepth`.
 * @example
 * compareUnordered([{ id: 2, tags: ['b', 'a'] }, { id: 1, tags: [] }], [{ id: 1, tags: [] }, { id: 2, tags: ['a', 'b'] }]).pass // true
 * compareUnordered([1, 1, 2], [1, 2, 2]).pass // false
 * @since 0.1.0
 */
export function compareUnordered(
  received: unknown,
  expected: unknown,
  options?: UnorderedOptions,
  equality?: UnorderedEquals | UnorderedEquality,
): UnorderedResult {
  const opts = readUnorderedOptions(options)
  const comparer = createComparer(createScope(opts), opts.strict === true, equality, opts.maxDepth)
  return compareWith(received, expected, opts, comparer, equality)
}

/**
 * `compareUnordered` without the runner, reading values as `toEqual` reads them (`strict`:
 * `toStrictEqual`): class instances, null-prototype objects and array subclasses as plain objects
 * and arrays, properties holding `undefined` left out; the rest by the core's strict comparison.
 * For data deeper than the runner's recursive `equals` can follow. An asymmetric matcher in either
 * value throws `RunnerLimit`: only the runner can apply it.
 * @internal
 */
export function compareLoosely(
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
): UnorderedResult {
  const strict = opts.strict === true
  const comparer = createComparer(createScope(opts), strict, undefined, opts.maxDepth, !strict)
  return compareWith(received, expected, opts, comparer, undefined)
}

function compareWith(
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
  comparer: ElementComparer,
  equality: UnorderedEquals | UnorderedEquality | undefined,
): UnorderedResult {
  const { scope } = comparer
  // A top-level multiset keeps its matching, so a failure is explained without matching again.
  let rootMatching: ArrayMatching | undefined
  if (scope.unordered(scope.root) && Array.isArray(expected) && Array.isArray(received)) {
    rootMatching = matchArrays(received, expected, comparer, scope.root) as ArrayMatching
    if (isPerfect(rootMatching, received, expected, comparer)) {
      if (sameExtras(received, expected, comparer, scope.root)) return { pass: true }
      return { pass: false, difference: extrasDifference(received, expected) }
    }
  } else if (equalAt(received, expected, comparer, scope.root)) {
    return { pass: true }
  }
  // The report (sorting, diffing) is built on first read: under `.not` it is never shown.
  let report: FailureReport | undefined
  const explain = (): FailureReport =>
    (report ??= explainFailure(received, expected, opts, comparer, equality, rootMatching))
  return {
    pass: false,
    get mismatch() {
      return explain().mismatch
    },
    get difference() {
      return explain().difference
    },
    get orderOnly() {
      return explain().orderOnly
    },
  }
}
