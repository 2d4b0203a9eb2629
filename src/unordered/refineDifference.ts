import { printablePath } from '../core/paths/formatPath'
import type { PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import type { UnorderedScope } from './createScope'

/**
 * Rewrites a difference found in sorted copies (`left`, `right`) for people: when it lies inside
 * a multiset, an index into the sorted copy says nothing about the original, so the difference is
 * reported at the multiset itself (`$.roles`, both sorted arrays) instead. `steps` is the
 * difference's path as steps (its printed path may be abridged).
 * @internal
 */
export function refineDifference(
  difference: Difference,
  steps: readonly PathStep[],
  left: unknown,
  right: unknown,
  scope: UnorderedScope,
  state: unknown,
): Difference {
  let at = state
  let l = left
  let r = right
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k] as PathStep
    if (Array.isArray(l) && Array.isArray(r) && typeof step === 'number' && scope.unordered(at)) {
      return {
        path: printablePath(steps.slice(0, k)),
        reason: 'multisets differ',
        left: l,
        right: r,
      }
    }
    at = scope.step(at, step)
    l = child(l, step)
    r = child(r, step)
  }
  return difference
}

function child(value: unknown, step: PathStep): unknown {
  return typeof value === 'object' && value !== null && typeof step !== 'object'
    ? (value as Record<PropertyKey, unknown>)[step]
    : undefined
}
