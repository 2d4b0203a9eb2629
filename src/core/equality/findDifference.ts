import type { Difference, EqualityOptions } from '../../types'
import { compareStructurally } from './compareStructurally'
import { quickEqual, readEqualityOptions } from './deepEqual'

/**
 * The first difference between `a` and `b` under `deepEqual`'s rules, or `undefined` when they are
 * equal. "First" follows the canonical order (sorted keys), so the answer does not depend on
 * insertion order.
 *
 * @example findDifference({ user: { id: 1 } }, { user: { id: 2 } })
 * // { path: '$.user.id', reason: 'values differ', left: 1, right: 2 }
 * @since 0.1.0
 */
export function findDifference(
  a: unknown,
  b: unknown,
  options?: EqualityOptions,
): Difference | undefined {
  const maxDepth = readEqualityOptions(options, 'findDifference()')
  // Most values asked about are equal: the fast mode says so without tracking a path.
  if (quickEqual(a, b, maxDepth) === true) return undefined
  return compareStructurally(a, b, true, maxDepth).difference
}
