import { copySpine } from './copySpine'
import { sameExtras } from './extraKeys'
import { matchArrays } from './matchArrays'
import { type ElementComparer } from './ElementComparer'
import { RUNNER_NESTING, RunnerLimit } from './RunnerLimit'

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
    // Data with cycles comes back to an array pair being matched further up: as the runners'
    // `equals` does for cycles, assume it matches there (any real difference is found on the way).
    const { comparer } = this
    const pairs = comparer.active.get(this.sample)
    if (pairs?.includes(other) === true) return true
    // Past this many nested multisets the runner's recursion would soon run out of stack.
    if (comparer.nesting >= RUNNER_NESTING) throw new RunnerLimit('deep')
    if (pairs === undefined) comparer.active.set(this.sample, [other])
    else pairs.push(other)
    comparer.nesting++
    try {
      return (
        matchArrays(other, this.sample, comparer, this.state, true) !== undefined &&
        sameExtras(other, this.sample, comparer, this.state)
      )
    } finally {
      comparer.nesting--
      const list = comparer.active.get(this.sample) as unknown[]
      list.pop()
      if (list.length === 0) comparer.active.delete(this.sample)
    }
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
 * everything else are shared with the input, which is never mutated, and so is every container
 * with no multiset below it. A reference back to an ancestor points at the ancestor's copy, or
 * the runner's cycle detection would meet the original where it expects the copy.
 *
 * @example deepen({ tags: ['b', 'a'] }, comparer, root) // { tags: UnorderedArray(2 elements) }
 * @internal
 */
export function deepen(value: unknown, comparer: ElementComparer, state: unknown): unknown {
  return copySpine(
    value,
    {
      scope: comparer.scope,
      maxDepth: comparer.maxDepth,
      shareUnchanged: true,
      arrayExtras: false,
      multiset: (array, at) => new UnorderedArray(array, comparer, at),
    },
    state,
  )
}
