import { normalize } from '../core/canonical/normalize'
import { copyContainer } from '../core/canonical/copyContainer'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { compareCanonical } from '../core/order/compareCanonical'
import { MEMBER, type PathStep } from '../core/paths/pathStep'
import { isAsymmetric } from './isAsymmetric'
import { extraKeys } from './extraKeys'
import type { UnorderedScope } from './createScope'

/**
 * A copy of `value` in which every array that `scope` makes a multiset is sorted into canonical
 * order (`compareCanonical` over each element's `normalize`d form). Two values that are equal as
 * multisets give copies that are equal in order, so an ordinary ordered comparison or diff of the
 * copies shows only real differences.
 *
 * Only the spine down to sorted arrays is copied: plain objects, arrays, Maps, Sets and class
 * instances (same prototype, own enumerable properties); everything else, asymmetric matchers
 * included, is shared with the input, which is never mutated. A reference back to an ancestor is
 * kept as it is.
 *
 * @example sortedCopy({ tags: ['b', 'a'] }, scope, scope.root) // { tags: ['a', 'b'] }
 * @internal
 */
export function sortedCopy(value: unknown, scope: UnorderedScope, state: unknown): unknown {
  return copy(value, scope, state, new Map())
}

// `copies` maps each container on the current path to its copy under construction, so a reference
// back to an ancestor points at the ancestor's copy and the copy's cycles mirror the input's.
function copy(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  copies: Map<object, object>,
): unknown {
  if (typeof value !== 'object' || value === null || scope.inert(state)) return value
  const cycle = copies.get(value)
  if (cycle !== undefined) return cycle
  if (isAsymmetric(value)) return value
  const kind = kindOf(value)
  if (
    kind !== Kind.Array &&
    kind !== Kind.Object &&
    kind !== Kind.Instance &&
    kind !== Kind.Map &&
    kind !== Kind.Set
  ) {
    return value
  }
  const child = (item: unknown, step: PathStep): unknown =>
    copy(item, scope, scope.step(state, step), copies)
  let out: object
  if (kind === Kind.Array) {
    const source = value as readonly unknown[]
    const unordered = scope.unordered(state)
    const target = new Array<unknown>(source.length)
    if (Object.getPrototypeOf(value) !== Array.prototype)
      Object.setPrototypeOf(target, Object.getPrototypeOf(value) as object)
    copies.set(value, target)
    for (let index = 0; index < source.length; index++)
      target[index] = child(source[index], unordered ? MEMBER : index)
    if (unordered) sortCanonically(target).forEach((item, index) => (target[index] = item))
    // Keys besides the indices (`Object.assign([1], { x: 1 })`) are compared and diffed too.
    for (const key of extraKeys(source)) {
      ;(target as unknown as Record<PropertyKey, unknown>)[key] = child(
        (source as unknown as Record<PropertyKey, unknown>)[key],
        key,
      )
    }
    out = target
  } else {
    out = copyContainer(value, kind, copies, child)
  }
  copies.delete(value)
  return out
}

/** Sorts items by their canonical forms, computed once each; equal forms keep input order. @internal */
export function sortCanonically<T>(items: readonly T[]): T[] {
  const forms = items.map((item) => normalize(item))
  const order = items.map((_, index) => index)
  order.sort((a, b) => compareCanonical(forms[a], forms[b]) || a - b)
  return order.map((index) => items[index] as T)
}
