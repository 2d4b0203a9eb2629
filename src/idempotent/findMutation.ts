import { normalize } from '../core/canonical/normalize'
import { findDifference } from '../core/equality/findDifference'

/**
 * A call that changed one of its arguments: which argument, where, and the value there before and
 * after the call.
 * @since 0.1.0
 */
export interface MutationFinding {
  /** The call, counting from 1. */
  readonly call: number
  /** The argument's position, counting from 0. */
  readonly argument: number
  /** Where in that argument the first change is (`$` is the argument itself). */
  readonly path: string
  /** What changed there, in words (`"values differ"`, `"key missing on the right"`, …). */
  readonly reason: string
  readonly before: unknown
  readonly after: unknown
}

/**
 * The first argument that differs between `before` (a copy taken before the call) and `after` (the
 * arguments the call received, read after it returned), or `undefined` when none does.
 *
 * Key order, Map and Set order never count as changes. Arrays at `unordered` paths (rooted at the
 * argument list: `$[0].rows`) are compared as multisets, so a shuffled copy is not a mutation.
 * Data deeper than `maxDepth` (default `DEFAULT_MAX_DEPTH`, 1,000) throws `TOO_DEEP`.
 *
 * @example
 * const args = [{ items: [1] }]
 * const before = cloneDeep(args)
 * args[0].items.push(2)
 * findMutation(before, args, 1) // { call: 1, argument: 0, path: '$.items', … }
 * @internal
 */
export function findMutation(
  before: readonly unknown[],
  after: readonly unknown[],
  call: number,
  unordered?: boolean | readonly string[],
  maxDepth?: number,
): MutationFinding | undefined {
  const sorts = unordered === true || (Array.isArray(unordered) && unordered.length > 0)
  // Normalizing costs a full copy; only arrays the caller shuffled need it.
  const left = sorts ? (normalize(before, { unordered, maxDepth }) as unknown[]) : before
  const right = sorts ? (normalize(after, { unordered, maxDepth }) as unknown[]) : after
  const count = Math.max(left.length, right.length)
  const depth = { maxDepth }
  for (let argument = 0; argument < count; argument++) {
    // Most calls change nothing: findDifference answers those in its fast mode.
    const difference = findDifference(left[argument], right[argument], depth)
    if (difference !== undefined) {
      return {
        call,
        argument,
        path: difference.path,
        reason: difference.reason,
        before: difference.left,
        after: difference.right,
      }
    }
  }
  return undefined
}
