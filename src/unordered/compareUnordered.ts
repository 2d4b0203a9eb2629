import { deepEqual } from '../core/equality/deepEqual'
import { findDifference } from '../core/equality/findDifference'
import { ExpectDeterministicError } from '../errors'
import { optionError, readOptions, type OptionRule } from '../options/readOptions'
import { BOOLEAN, PATHS } from '../options/rules'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { formatPath } from '../core/paths/formatPath'
import { type PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import { isAsymmetric } from './isAsymmetric'
import { sortedCopy } from './sortedCopy'
import { extraProperties, sameExtras } from './extraKeys'
import { deepen } from './deepen'
import { isPerfect, matchArrays, type ArrayMatching, type ElementComparer } from './matchArrays'
import { explainMismatch, refineDifference, resolveMatchers, type IdentifyBy, type UnorderedMismatch } from './explainMismatch'
import { createScope, type UnorderedScope } from './createScope'

export type { UnorderedCount, UnorderedElement, UnorderedMismatch, UnorderedPair } from './explainMismatch'
export { maximumMatching, type BipartiteMatching } from './maximumMatching'

/**
 * Options of `compareUnordered` and `toEqualUnordered`.
 * @since 0.1.0
 */
export interface UnorderedOptions {
  /**
   * Whether arrays nested inside the elements are multisets too. Default `true`: every array at
   * every depth is compared without regard to order. `false`: only the top-level array.
   */
  readonly deep?: boolean
  /**
   * Only the arrays at these paths are multisets (`['$', '$.orders[*].items']`), in the library's
   * path grammar; elements of a multiset are addressed as `[*]`. Replaces `deep`; the top-level
   * value may then be anything.
   */
  readonly paths?: readonly string[]
  /** Compare elements like `toStrictEqual` (types, `undefined` properties, holes). Default `false`. */
  readonly strict?: boolean
  /**
   * How to tell which missing and extra elements are the same record, for the failure report only
   * (never for equality): a property name (`'id'`) or a function returning a key.
   */
  readonly identifyBy?: IdentifyBy
}

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
 * Equality of two values from the caller's point of view, e.g. the runner's
 * `(a, b) => this.equals(a, b, this.customTesters)`. It must understand asymmetric matchers:
 * arrays nested inside elements are handed to it wrapped in one.
 * @since 0.1.0
 */
export type UnorderedEquals = (received: unknown, expected: unknown) => boolean

/**
 * How an equality callback should be used, beyond the callback itself.
 * @since 0.1.0
 */
export interface UnorderedEquality {
  readonly equals: UnorderedEquals
  /**
   * Whether plain data may be compared by canonical key instead of asking `equals` for every pair.
   * Set it to `false` when user equality testers are registered. Default `true`.
   */
  readonly keyed?: boolean
}

const IDENTIFY_BY: OptionRule<IdentifyBy> = {
  expected: "a property name such as 'id' or a function returning a key",
  accepts: (value): value is IdentifyBy => typeof value === 'string' || typeof value === 'function',
}

const RULES = { deep: BOOLEAN, paths: PATHS, strict: BOOLEAN, identifyBy: IDENTIFY_BY } as const

/**
 * Reads and checks `UnorderedOptions`, throwing `ExpectDeterministicError` (`BAD_OPTIONS` or
 * `BAD_PATH`) for anything it does not understand, so a typo never weakens a test silently.
 * @example readUnorderedOptions({ deep: false }) // { deep: false }
 * @internal
 */
export function readUnorderedOptions(options: unknown, caller = 'compareUnordered()'): UnorderedOptions {
  const read = readOptions(options, RULES, caller)
  if (read.paths !== undefined && read.deep !== undefined) {
    throw optionError(
      'paths',
      'Give either `deep` or `paths`, not both: `paths` already says exactly which arrays are unordered.',
    )
  }
  return read
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
    for (const [side, value] of [['received', received], ['expected', expected]] as const) {
      if (!Array.isArray(value)) {
        throw new ExpectDeterministicError('BAD_OPTIONS', `The ${side} value must be an array (or pass \`paths\`).`)
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
  let report: Omit<UnorderedResult, 'pass'> | undefined
  const explain = (): Omit<UnorderedResult, 'pass'> =>
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

function explainFailure(
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
  comparer: ElementComparer,
  equality: UnorderedEquals | UnorderedEquality | undefined,
  rootMatching: ArrayMatching | undefined,
): Omit<UnorderedResult, 'pass'> {
  const { steps, ...found } = locate(received, expected, comparer, comparer.scope.root, [], opts.identifyBy, rootMatching)
  if (opts.deep === false || opts.paths !== undefined) {
    const deepComparer = createComparer(createScope({}), opts.strict === true, equality)
    if (equalAt(received, expected, deepComparer, deepComparer.scope.root)) {
      const orderOnly = orderOnlyPaths(found, valueAt(received, steps), valueAt(expected, steps), deepComparer)
      return { ...found, orderOnly }
    }
  }
  return found
}

/** The comparer for one call: the runner's `equals` (with `deepen`) or the core's `deepEqual`. */
export function createComparer(
  scope: UnorderedScope,
  strict: boolean,
  equality?: UnorderedEquals | UnorderedEquality,
): ElementComparer {
  const given = typeof equality === 'function' ? { equals: equality } : equality
  if (given === undefined) {
    // deepEqual knows no asymmetric matchers, so both sides are sorted into canonical order instead.
    // It also tells undefined properties and holes apart, so keys must too: strict, whatever was asked.
    return {
      scope,
      strict: true,
      keyed: true,
      prepareExpected: (value, state) => sortedCopy(value, scope, state),
      prepareReceived: (value, state) => sortedCopy(value, scope, state),
      test: deepEqual,
    }
  }
  const comparer: ElementComparer = {
    scope,
    strict,
    keyed: given.keyed !== false,
    prepareExpected: (value, state) => deepen(value, comparer, state),
    prepareReceived: (value) => value,
    test: given.equals,
  }
  return comparer
}

function equalAt(received: unknown, expected: unknown, comparer: ElementComparer, state: unknown): boolean {
  if (comparer.scope.unordered(state) && Array.isArray(expected)) {
    return (
      Array.isArray(received) &&
      matchArrays(received, expected, comparer, state, true) !== undefined &&
      sameExtras(received, expected, comparer, state)
    )
  }
  return comparer.test(comparer.prepareReceived(received, state), comparer.prepareExpected(expected, state))
}

type Found = { mismatch: UnorderedMismatch } | { difference: Difference }
type Located = Found & { steps: readonly PathStep[] }

/** Walks down to the first multiset that fails to match, or the first difference elsewhere. */
function locate(
  received: unknown,
  expected: unknown,
  comparer: ElementComparer,
  state: unknown,
  steps: PathStep[],
  identifyBy: IdentifyBy | undefined,
  known?: ArrayMatching,
): Located {
  const { scope } = comparer
  const path = formatPath(steps)
  if (scope.unordered(state) && Array.isArray(expected) && Array.isArray(received)) {
    const matching = known ?? (matchArrays(received, expected, comparer, state) as ArrayMatching)
    if (isPerfect(matching, received, expected, comparer)) {
      const { path: at, ...rest } = extrasDifference(received, expected)
      return { difference: { ...rest, path: path + at.slice(1) }, steps }
    }
    return { mismatch: explainMismatch(received, expected, matching, comparer, state, steps, identifyBy), steps }
  }
  if (!scope.inert(state) && !isAsymmetric(expected) && sameContainer(received, expected)) {
    const keys = Array.isArray(expected)
      ? (expected as unknown[]).map((_, index) => index)
      : [...new Set([...Object.keys(expected as object), ...Object.keys(received as object)])].sort()
    for (const key of keys) {
      const next = scope.step(state, key)
      const r = (received as Record<string | number, unknown>)[key]
      const e = (expected as Record<string | number, unknown>)[key]
      if (!equalAt(r, e, comparer, next)) return locate(r, e, comparer, next, [...steps, key], identifyBy)
    }
  }
  const left = sortedCopy(resolveMatchers(expected, received), scope, state)
  const right = sortedCopy(received, scope, state)
  const found = findDifference(left, right)
  const difference = found === undefined
    ? { path: '$', reason: 'values differ', left: expected, right: received }
    : refineDifference(found, left, right, scope, state)
  return { difference: { ...difference, path: path + difference.path.slice(1) }, steps }
}

/** Two arrays of one length, or two plain or class objects: containers `locate` can walk into. */
function sameContainer(received: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(received) && received.length === expected.length
  const kind = kindOf(expected)
  return (kind === Kind.Object || kind === Kind.Instance) && kindOf(received) === kind
}

/**
 * For a failure that every-array-unordered comparison would not have: the nested arrays whose
 * elements differ only in order, found by diffing each failed element with its deep partner.
 */
function orderOnlyPaths(found: Found, received: unknown, expected: unknown, deepComparer: ElementComparer): string[] {
  if (!('mismatch' in found)) return [arrayPathOf(found.difference.path)]
  const { mismatch } = found
  if (!Array.isArray(received) || !Array.isArray(expected)) return []
  const deep = matchArrays(received, expected, deepComparer, deepComparer.scope.root)
  if (deep === undefined) return []
  const failed = [
    ...mismatch.missing.map((m) => m.index),
    ...mismatch.changed.map((p) => p.expected.index),
    ...mismatch.counts.filter((c) => c.expected > c.received).flatMap((c) => c.indices),
  ]
  const paths = new Set<string>()
  for (const index of failed) {
    const partner = deep.expectedToReceived[index] as number
    if (partner === -1) continue
    const difference = findDifference(resolveMatchers(expected[index], received[partner]), received[partner])
    if (difference !== undefined) paths.add(arrayPathOf(`${mismatch.path}[*]${difference.path.slice(1)}`))
  }
  return [...paths].sort()
}

/** Drops the trailing index of a path to an array element: `$.a.tags[1]` -> `$.a.tags`. */
function arrayPathOf(path: string): string {
  return path.replace(/\[\d+\]$/, '')
}

function valueAt(root: unknown, steps: readonly PathStep[]): unknown {
  let current = root
  for (const step of steps) current = (current as Record<PropertyKey, unknown>)[step as PropertyKey]
  return current
}

/** The failure of two arrays equal as multisets whose keys besides the indices differ. */
function extrasDifference(received: readonly unknown[], expected: readonly unknown[]): Difference {
  return { path: '$', reason: 'array properties besides the indices differ', left: extraProperties(expected) ?? {}, right: extraProperties(received) ?? {} }
}
