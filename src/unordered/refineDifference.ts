import { isIndexKey } from '../core/kinds/canonicalKeys'
import { formatStep } from '../core/paths/formatPath'
import { parsePath } from '../core/paths/parsePath'
import type { PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import type { UnorderedScope } from './createScope'

/**
 * Rewrites a difference found in sorted copies (`left`, `right`) for people: when it lies inside
 * a multiset, an index into the sorted copy says nothing about the original, so the difference is
 * reported at the multiset itself (`$.roles`, both sorted arrays) instead.
 * @internal
 */
export function refineDifference(
  difference: Difference,
  left: unknown,
  right: unknown,
  scope: UnorderedScope,
  state: unknown,
): Difference {
  let segments: ReturnType<typeof parsePath>
  try {
    segments = parsePath(difference.path)
  } catch {
    return difference
  }
  let out = '$'
  let at = state
  let l = left
  let r = right
  const child = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined
  for (const segment of segments) {
    if (segment.kind !== 'key') return difference
    if (Array.isArray(l) && Array.isArray(r) && isIndexKey(segment.key) && scope.unordered(at)) {
      return { path: out, reason: 'multisets differ', left: l, right: r }
    }
    const step: PathStep =
      Array.isArray(l) && isIndexKey(segment.key) ? Number(segment.key) : segment.key
    out += formatStep(step)
    at = scope.step(at, step)
    l = child(l, segment.key)
    r = child(r, segment.key)
  }
  return { ...difference, path: out }
}
