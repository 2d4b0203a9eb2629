import { deepEqual } from '../core/equality/deepEqual'
import type { UnorderedScope } from './createScope'
import { deepen } from './deepen'
import { createKeyMemo } from './KeyMemo'
import type { ElementComparer } from './ElementComparer'
import { sameExtras } from './extraKeys'
import { matchArrays } from './matchArrays'
import { sortedCopy } from './sortedCopy'
import { DEFAULT_MAX_DEPTH } from '../core/traversal/traversalError'

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

/** The comparer for one call: the runner's `equals` (with `deepen`) or the core's `deepEqual`. @internal */
export function createComparer(
  scope: UnorderedScope,
  strict: boolean,
  equality?: UnorderedEquals | UnorderedEquality,
  maxDepth = DEFAULT_MAX_DEPTH,
  loose = false,
): ElementComparer {
  const given = typeof equality === 'function' ? { equals: equality } : equality
  if (given === undefined) {
    // deepEqual knows no asymmetric matchers, so both sides are sorted into canonical order instead.
    // It also tells undefined properties and holes apart, so keys must too: strict, unless the
    // copies are loose (toEqual's view, which leaves undefined properties out of both).
    const depth = { maxDepth }
    // A report prepares the same values again (the whole value, then its elements and theirs):
    // each container is copied once.
    const memo = new WeakMap<object, { state: unknown; copy: unknown }>()
    const prepare = (value: unknown, state: unknown): unknown =>
      sortedCopy(value, scope, state, maxDepth, loose, memo)
    return {
      scope,
      strict: !loose,
      keyed: true,
      matchers: false,
      maxDepth,
      loose,
      nesting: 0,
      active: new Map(),
      keys: createKeyMemo(),
      prepareExpected: prepare,
      prepareReceived: prepare,
      test: (a, b) => deepEqual(a, b, depth),
    }
  }
  const comparer: ElementComparer = {
    scope,
    strict,
    keyed: given.keyed !== false,
    matchers: true,
    maxDepth,
    loose: false,
    nesting: 0,
    active: new Map(),
    keys: createKeyMemo(),
    prepareExpected: (value, state) => deepen(value, comparer, state),
    prepareReceived: (value) => value,
    test: given.equals,
  }
  return comparer
}

/** Whether two values at `state` are equal, multisets where the scope says so. @internal */
export function equalAt(
  received: unknown,
  expected: unknown,
  comparer: ElementComparer,
  state: unknown,
): boolean {
  if (comparer.scope.unordered(state) && Array.isArray(expected)) {
    return (
      Array.isArray(received) &&
      matchArrays(received, expected, comparer, state, true) !== undefined &&
      sameExtras(received, expected, comparer, state)
    )
  }
  return comparer.test(
    comparer.prepareReceived(received, state),
    comparer.prepareExpected(expected, state),
  )
}
