import { copyContainer } from '../core/canonical/copyContainer'
import { Kind, kindOf } from '../core/kinds/kindOf'
import type { PathStep } from '../core/paths/pathStep'
import { isAsymmetric } from './isAsymmetric'
import { sameExtras } from './extraKeys'
import { matchArrays } from './matchArrays'
import { type ElementComparer } from './ElementComparer'

/**
 * An asymmetric matcher that stands in for a multiset array inside an expected value, so the
 * runner's own `equals` (with its handling of `undefined` properties, class instances, custom
 * testers and other asymmetric matchers) compares everything else and calls back here for the
 * arrays whose order must not matter.
 * @internal
 */
export class UnorderedArray {
  // pretty-format and the runners recognise asymmetric matchers by this tag.
  readonly $$typeof = Symbol.for('jest.asymmetricMatcher')

  constructor(
    readonly sample: readonly unknown[],
    private readonly comparer: ElementComparer,
    private readonly state: unknown,
  ) {}

  asymmetricMatch(other: unknown): boolean {
    if (!Array.isArray(other)) return false
    // toStrictEqual tells an Array subclass from an Array.
    if (this.comparer.strict && Object.getPrototypeOf(other) !== Object.getPrototypeOf(this.sample))
      return false
    return (
      matchArrays(other, this.sample, this.comparer, this.state, true) !== undefined &&
      sameExtras(other, this.sample, this.comparer, this.state)
    )
  }

  toString(): string {
    return 'UnorderedArray'
  }

  toAsymmetricMatcher(): string {
    return `UnorderedArray(${this.sample.length} elements)`
  }
}

/**
 * `value` with every array that `comparer.scope` makes a multiset (at `state` or below) replaced by
 * an `UnorderedArray` matcher. Only the spine down to those arrays is copied (plain objects,
 * ordered arrays, Maps, Sets, class instances with their prototype); asymmetric matchers and
 * everything else are shared with the input, which is never mutated.
 *
 * @example deepen({ tags: ['b', 'a'] }, comparer, root) // { tags: UnorderedArray(2 elements) }
 * @internal
 */
export function deepen(value: unknown, comparer: ElementComparer, state: unknown): unknown {
  return visit(value, comparer, state, new Map())
}

/**
 * `copies` maps each container on the current path to its copy under construction: a reference
 * back to an ancestor must point at the ancestor's copy, or the runner's cycle detection would
 * meet the original where it expects the copy.
 */
function visit(
  value: unknown,
  comparer: ElementComparer,
  state: unknown,
  copies: Map<object, object>,
): unknown {
  const { scope } = comparer
  if (typeof value !== 'object' || value === null || scope.inert(state)) return value
  const cycle = copies.get(value)
  if (cycle !== undefined) return cycle
  if (isAsymmetric(value)) return value
  const kind = kindOf(value)
  if (kind === Kind.Array && scope.unordered(state))
    return new UnorderedArray(value as unknown[], comparer, state)
  if (
    kind !== Kind.Array &&
    kind !== Kind.Object &&
    kind !== Kind.Instance &&
    kind !== Kind.Map &&
    kind !== Kind.Set
  ) {
    return value
  }
  let changed = false
  const child = (item: unknown, step: PathStep): unknown => {
    const out = visit(item, comparer, scope.step(state, step), copies)
    if (out !== item) changed = true
    return out
  }
  let out: object
  if (kind === Kind.Array) {
    const source = value as unknown[]
    const target = new Array<unknown>(source.length)
    if (Object.getPrototypeOf(value) !== Array.prototype)
      Object.setPrototypeOf(target, Object.getPrototypeOf(value) as object)
    copies.set(value, target)
    for (let index = 0; index < source.length; index++) {
      if (index in source) target[index] = child(source[index], index)
    }
    out = target
  } else {
    out = copyContainer(value, kind, copies, child)
  }
  copies.delete(value)
  // Untouched subtrees stay the user's own objects: custom testers and matchers see no copies.
  // (A reference back to an ancestor counts as a change, so that ancestor is copied too.)
  return changed ? out : value
}
