import { normalize } from './canonicalize'
import { Kind, kindOf } from './kind'
import { compareCanonical } from './order'
import { MEMBER, type PathStep } from './paths'
import { isAsymmetric } from './unorderedAsymmetric'
import type { UnorderedScope } from './unorderedScope'

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
 * @since 0.1.0
 */
export function sortedCopy(value: unknown, scope: UnorderedScope, state: unknown): unknown {
  return copy(value, scope, state, new Set())
}

function copy(value: unknown, scope: UnorderedScope, state: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null || scope.inert(state)) return value
  if (ancestors.has(value) || isAsymmetric(value)) return value
  const kind = kindOf(value)
  if (kind !== Kind.Array && kind !== Kind.Object && kind !== Kind.Instance && kind !== Kind.Map && kind !== Kind.Set) {
    return value
  }
  ancestors.add(value)
  const child = (item: unknown, step: PathStep): unknown => copy(item, scope, scope.step(state, step), ancestors)
  let out: unknown
  if (kind === Kind.Array) {
    const array = value as readonly unknown[]
    const unordered = scope.unordered(state)
    const items = Array.from(array, (item, index) => child(item, unordered ? MEMBER : index))
    out = unordered ? sortCanonically(items) : items
    if (Object.getPrototypeOf(value) !== Array.prototype) Object.setPrototypeOf(out, Object.getPrototypeOf(value) as object)
  } else if (kind === Kind.Map) {
    out = new Map(
      Array.from(value as Map<unknown, unknown>, ([key, item]) => [key, child(item, stepOfKey(key))] as const),
    )
  } else if (kind === Kind.Set) {
    out = new Set(Array.from(value as Set<unknown>, (item) => child(item, MEMBER)))
  } else {
    const target = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string | symbol, unknown>
    const source = value as Record<string | symbol, unknown>
    for (const key of Reflect.ownKeys(value)) {
      if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue
      Object.defineProperty(target, key, {
        value: child(source[key], key),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    out = target
  }
  ancestors.delete(value)
  return out
}

function stepOfKey(key: unknown): PathStep {
  return typeof key === 'string' || typeof key === 'number' || typeof key === 'symbol' ? key : MEMBER
}

/** Sorts items by their canonical forms, computed once each; equal forms keep input order. */
export function sortCanonically<T>(items: readonly T[]): T[] {
  const forms = items.map((item) => normalize(item))
  const order = items.map((_, index) => index)
  order.sort((a, b) => compareCanonical(forms[a], forms[b]) || a - b)
  return order.map((index) => items[index] as T)
}
