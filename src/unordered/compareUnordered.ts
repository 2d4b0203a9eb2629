import {
  createComparer,
  equalAt,
  type UnorderedEquality,
  type UnorderedEquals,
} from './createComparer'
import { createScope } from './createScope'
import { sameExtras } from './extraKeys'
import { explainFailure, extrasDifference, type FailureReport } from './locateFailure'
import { isPerfect, matchArrays, type ArrayMatching } from './matchArrays'
import { readUnorderedOptions, type UnorderedOptions } from './readUnorderedOptions'
import { ExpectDeterministicError } from '../errors'
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
 * (`[1, 1, 2]` does not equal `[1, 2, 2]`). By default every array at every depth is unordered;
 * `deep: false` keeps only the top-level array unordered, `paths` selects arrays by path. Sets are
 * unordered and Map entries are matched by key, as always.
 *
 * Plain-data elements are bucketed by an order-free canonical hash, confirmed structurally (O(n)
 * expected time, nested multisets included); elements involving asymmetric matchers, class instances, Maps or Sets, or every
 * element when `keyed` is false, are compared with `equals` against each candidate and paired by a
 * maximum bipartite matching (Hopcroft–Karp), so a pairing is found whenever one exists. The result
 * does not depend on the order of either array.
 *
 * Without `equality`, elements compare with the strict `deepEqual`. On failure, the result names the
 * first multiset that does not match (missing and extra elements with their indices, changed
 * pairs with the first differing field, changed multiplicities) or the first difference elsewhere.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS`) for unknown options or, without `paths`, when
 *   either value is not an array; (`BAD_PATH`) for a path that does not parse.
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
  if (opts.paths === undefined) {
    for (const [side, value] of [
      ['received', received],
      ['expected', expected],
    ] as const) {
      if (!Array.isArray(value)) {
        throw new ExpectDeterministicError(
          'BAD_OPTIONS',
          `The ${side} value must be an array (or pass \`paths\`).`,
        )
      }
    }
  }
  const scope = createScope(opts)
  const comparer = createComparer(scope, opts.strict === true, equality)
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
