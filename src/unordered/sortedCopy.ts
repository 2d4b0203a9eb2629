import { normalize } from '../core/canonical/normalize'
import { compareCanonical } from '../core/order/compareCanonical'
import { DEFAULT_MAX_DEPTH } from '../core/traversal/traversalError'
import { copySpine } from './copySpine'
import type { UnorderedScope } from './createScope'
import { RunnerLimit } from './RunnerLimit'

/**
 * A copy of `value` in which every array that `scope` makes a multiset is sorted into canonical
 * order (`compareCanonical` over each element's `normalize`d form). Two values that are equal as
 * multisets give copies that are equal in order, so an ordinary ordered comparison or diff of the
 * copies shows only real differences.
 *
 * Only the spine down to sorted arrays is copied: plain objects, arrays, Maps, Sets and class
 * instances (same prototype, own enumerable properties); everything else, asymmetric matchers
 * included, is shared with the input, which is never mutated. A reference back to an ancestor
 * points at the ancestor's copy. Any depth up to `maxDepth` works: the walk keeps its own stack.
 * With `loose`, the copy reads values as `toEqual` does (see `copySpine`) and an asymmetric matcher
 * throws `RunnerLimit`. `memo` keeps the copies of every container copied, for copies to come.
 *
 * @example sortedCopy({ tags: ['b', 'a'] }, scope, scope.root) // { tags: ['a', 'b'] }
 * @internal
 */
export function sortedCopy(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  maxDepth = DEFAULT_MAX_DEPTH,
  loose = false,
  memo?: WeakMap<object, { readonly state: unknown; readonly copy: unknown }>,
): unknown {
  return copySpine(
    value,
    {
      scope,
      maxDepth,
      memo,
      shareUnchanged: false,
      arrayExtras: true,
      // `toEqual`'s view (see `compareLoosely`): no asymmetric matchers, which need the runner.
      loose,
      onAsymmetric: loose
        ? () => {
            throw new RunnerLimit('asymmetric')
          }
        : undefined,
      finishArray: (copy, unordered, simple) => {
        if (!unordered || copy.length < 2) return copy
        // Below here every multiset is sorted already: plain data orders as it is, in time
        // linear in what tells elements apart (normalizing each element would be quadratic in
        // the depth of nested multisets).
        const sorted = simple ? sortInPlace(copy) : sortCanonically(copy, maxDepth)
        sorted.forEach((item, index) => (copy[index] = item))
        return copy
      },
    },
    state,
  )
}

function sortInPlace<T>(items: readonly T[]): T[] {
  const order = items.map((_, index) => index)
  order.sort((a, b) => compareCanonical(items[a], items[b]) || a - b)
  return order.map((index) => items[index] as T)
}

/** Sorts items by their canonical forms, computed once each; equal forms keep input order. @internal */
export function sortCanonically<T>(items: readonly T[], maxDepth = DEFAULT_MAX_DEPTH): T[] {
  if (items.length < 2) return [...items]
  const forms = items.map((item) => normalize(item, { maxDepth }))
  const order = items.map((_, index) => index)
  order.sort((a, b) => compareCanonical(forms[a], forms[b]) || a - b)
  return order.map((index) => items[index] as T)
}
