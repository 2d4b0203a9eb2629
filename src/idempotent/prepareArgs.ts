import { isThenable } from '../core/kinds/isThenable'
import { ExpectDeterministicError } from '../errors'
import { cloneDeep } from './cloneDeep'
import type { Random } from './createRandom'
import { IdempotenceCallbackError } from './IdempotenceCallbackError'
import { ignoreRejection } from './ignoreRejection'
import type { CallPerturbation } from './perturb/CallPerturbation'
import { injectAsync } from './perturb/injectAsync'
import { shuffleCopy, type Reordering } from './perturb/shuffleCopy'
import type { IdempotentPlan } from './readIdempotentOptions'

/** One call's arguments, and the copy that shows what the call changed. @internal */
export interface Prepared {
  readonly given: unknown[]
  readonly snapshot: readonly unknown[] | undefined
  readonly reorderings: readonly Reordering[]
  readonly reordered: number
}

/**
 * The arguments of call `index` (from 0): the factory's result or a copy of `args`; reordered for
 * calls 2..n when `shuffle` (`random`, given only when `'order'` is perturbed in this run); with
 * functions wrapped for the `'async'` source (not under `clone: false`, which promises the very
 * same values).
 * @throws IdempotenceCallbackError when the factory throws; ExpectDeterministicError
 *   (`BAD_OPTIONS`) when it returns a promise or something other than an array.
 * @internal
 */
export function prepareArgs(
  plan: IdempotentPlan,
  index: number,
  random: Random | undefined,
  context: CallPerturbation | undefined,
): Prepared {
  const factory = typeof plan.args === 'function'
  let base: unknown
  try {
    base = factory ? (plan.args as () => unknown)() : plan.args
  } catch (error) {
    throw new IdempotenceCallbackError('args', index + 1, error)
  }
  if (isThenable(base)) {
    ignoreRejection(base)
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The \`args\` factory returned a Promise before call ${index + 1}: it must return the array of arguments synchronously (await the data before the assertion).`,
    )
  }
  if (!Array.isArray(base)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The \`args\` factory must return an array of arguments, but call ${index + 1} got ${base === null ? 'null' : typeof base}.`,
    )
  }
  // Wrapped before any copy is taken, so the "before" picture holds the same wrappers and a
  // wrapper is never mistaken for a change the call made.
  if (context !== undefined && plan.sources.includes('async') && (factory || plan.clone)) {
    base = injectAsync(base, context, plan.maxDepth)
  }
  const prepared = prepare(plan, index, random, base as unknown[], factory)
  if (context !== undefined && prepared.reordered > 0) {
    context.add('order', 'arguments', prepared.reordered)
  }
  return prepared
}

function prepare(
  plan: IdempotentPlan,
  index: number,
  random: Random | undefined,
  base: unknown[],
  factory: boolean,
): Prepared {
  // Call 1 gets the arguments as given; call 2 sees every collection reversed (the order most
  // likely to differ), later calls see seeded random orders.
  if (random !== undefined && index > 0) {
    const shuffled = shuffleCopy(base, index === 1 ? 'reverse' : random, {
      unordered: plan.shuffleUnordered,
    })
    // `base` itself is never handed to the function, so it is the "before" picture.
    return { given: shuffled.value, snapshot: plan.allowMutation ? undefined : base, ...shuffled }
  }
  if (factory) {
    const snapshot = plan.allowMutation ? undefined : cloneDeep(base)
    return { given: base, snapshot, reorderings: [], reordered: 0 }
  }
  if (plan.clone) {
    return {
      given: cloneDeep(base),
      snapshot: plan.allowMutation ? undefined : base,
      reorderings: [],
      reordered: 0,
    }
  }
  // Shared arguments: keep a copy to see what this call changes.
  return {
    given: base,
    snapshot: plan.allowMutation ? undefined : cloneDeep(base),
    reorderings: [],
    reordered: 0,
  }
}
