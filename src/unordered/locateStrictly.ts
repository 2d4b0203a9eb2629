import { compareStructurally } from '../core/equality/compareStructurally'
import { MEMBER, type PathStep } from '../core/paths/pathStep'
import type { ElementComparer } from './ElementComparer'
import { explainArrays, type Located } from './explainArrays'
import type { ArrayMatching } from './matchArrays'
import type { IdentifyBy } from './readUnorderedOptions'

/**
 * `locate` for the core's strict comparer (no runner): the first difference of the two sorted
 * copies, found by one comparison in linear time, lies either inside the first multiset on its
 * path, which is then explained element by element, or outside every multiset. Any depth works.
 * @internal
 */
export function locateStrictly(
  received: unknown,
  expected: unknown,
  comparer: ElementComparer,
  identifyBy: IdentifyBy | undefined,
  rootMatching: ArrayMatching | undefined,
): Located {
  const { scope, maxDepth } = comparer
  // A top-level multiset is the place: no need to compare whole copies to find it.
  if (scope.unordered(scope.root) && Array.isArray(received) && Array.isArray(expected))
    return explainArrays(received, expected, comparer, scope.root, [], identifyBy, rootMatching)
  const left = comparer.prepareExpected(expected, scope.root)
  const right = comparer.prepareReceived(received, scope.root)
  const found = compareStructurally(left, right, true, maxDepth)
  const steps = found.steps ?? []
  // Walk the path in the originals (their keys and ordered indices are the copies') up to the
  // first multiset; a Set member or Map entry has no address there, so the walk stops at one.
  let r = received
  let e = expected
  let state = scope.root
  for (let k = 0; k <= steps.length; k++) {
    if (scope.unordered(state) && Array.isArray(r) && Array.isArray(e)) {
      const known = k === 0 ? rootMatching : undefined
      return explainArrays(r, e, comparer, state, steps.slice(0, k), identifyBy, known)
    }
    const step = steps[k] as PathStep
    if (k === steps.length || step === MEMBER || typeof r !== 'object' || r === null) break
    if (typeof e !== 'object' || e === null) break
    state = scope.step(state, step)
    r = (r as Record<PropertyKey, unknown>)[step as PropertyKey]
    e = (e as Record<PropertyKey, unknown>)[step as PropertyKey]
  }
  const difference = found.difference ?? {
    path: '$',
    reason: 'values differ',
    left: expected,
    right: received,
  }
  return { difference, steps }
}
