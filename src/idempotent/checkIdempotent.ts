import { deepEqual } from '../core/equality/deepEqual'
import type { IdempotenceResult } from './IdempotenceResult'
import { readIdempotentOptions, type IdempotentOptions } from './readIdempotentOptions'
import { runPlan } from './runPlan'
import { runProperty, type PropertyIdempotenceResult } from './runProperty'
import type { Equals } from './summarize'

/**
 * Calls `fn` `times` times and checks that every output equals the first after normalization:
 * repeat-and-compare, not `f(f(x))`. Each call gets fresh arguments (a deep copy, or the factory's
 * result), outputs are normalized as soon as each call returns (so a later call cannot change an
 * earlier output through shared state), and a call that changes its arguments is reported.
 *
 * When `fn` returns promises the result is a promise; otherwise it is returned synchronously.
 * Deterministic for a deterministic `fn`: shuffled arguments depend only on the seed.
 *
 * `equals` compares normalized outputs; it defaults to the strict `deepEqual`.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS`) for bad options, a non-function `fn`, a
 *   fast-check arbitrary as `args` (use `checkIdempotentProperty`) or a factory that does not
 *   return an array; `BAD_OPTIONS` too when the factory or `normalize` returns a promise.
 * @throws IdempotenceCallbackError when the `args` factory or `normalize` throws (a promise result
 *   rejects with it instead).
 * @example
 * const result = checkIdempotent((xs: number[]) => [...new Set(xs)], { args: [[3, 1, 3]] })
 * result.pass // true
 * @since 0.1.0
 */
export function checkIdempotent(
  fn: unknown,
  options?: IdempotentOptions,
  equals: Equals = deepEqual,
): IdempotenceResult | Promise<IdempotenceResult> {
  return runPlan(fn, readIdempotentOptions(options, 'checkIdempotent()'), equals)
}

/**
 * Property mode of `checkIdempotent`: `args` is a fast-check arbitrary of argument lists
 * (`fc.tuple(fc.array(fc.integer()))`), and for every generated list the function must pass the
 * repeat-and-compare check. fast-check shrinks a failure to a small counterexample; its seed and
 * path are returned so `{ fc: { seed, path } }` replays it.
 *
 * fast-check is an optional peer dependency, loaded only in this mode (so the result is always a
 * promise).
 * The shuffling inside each check uses the library's own seeded generator and `seed` option.
 *
 * @throws ExpectDeterministicError (`BAD_OPTIONS`) for bad options, when `args` is not an
 *   arbitrary, when fast-check cannot be loaded, or when a generated value is not an array.
 * @example
 * const result = await checkIdempotentProperty((xs: number[]) => xs.toSorted(), {
 *   args: fc.tuple(fc.array(fc.integer())),
 * })
 * result.pass // true
 * @since 0.1.0
 */
export async function checkIdempotentProperty(
  fn: unknown,
  options: IdempotentOptions,
  equals: Equals = deepEqual,
): Promise<PropertyIdempotenceResult> {
  return runProperty(fn, readIdempotentOptions(options, 'checkIdempotentProperty()'), equals)
}
