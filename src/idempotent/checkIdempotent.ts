import { canonicalSnapshot, sameSnapshot, type CanonicalSnapshot } from './canonicalSnapshot'
import { cloneDeep } from './cloneDeep'
import { deepEqual } from '../core/equality/deepEqual'
import { findDifference } from '../core/equality/findDifference'
import { ExpectDeterministicError } from '../errors'
import { isArbitrary, readIdempotentOptions, type IdempotentOptions, type IdempotentPlan } from './readIdempotentOptions'
import { findMutation, type MutationFinding } from './findMutation'
import { createRandom, type Random } from './createRandom'
import { runProperty, type PropertyIdempotenceResult } from './runProperty'
import { shuffleCopy, type Reordering } from './perturb/shuffleCopy'
import { isThenable } from '../core/kinds/isThenable'
import { Thrown } from './Thrown'
import type { Difference } from '../types'

export { DEFAULT_TIMES, MAX_TIMES } from './readIdempotentOptions'
export type { ArbitraryLike, IdempotentOptions, PropertyParameters } from './readIdempotentOptions'
export type { MutationFinding } from './findMutation'
export type { PropertyIdempotenceResult } from './runProperty'
export type { Reordering } from './perturb/shuffleCopy'
export { Thrown } from './Thrown'

/**
 * One completed call, as `checkIdempotent` saw it.
 * @since 0.1.0
 */
export interface CallRecord {
  /** The call's number, counting from 1. */
  readonly call: number
  /** The output after `normalize` (the user's, then the canonical one); a `Thrown` for a thrown error. */
  readonly output: unknown
  /** The collections reordered in this call's arguments under `shuffle` (the first 20). */
  readonly reorderings: readonly Reordering[]
  /** How many collections were reordered in this call's arguments. */
  readonly reordered: number
}

/**
 * What `checkIdempotent` found.
 * @since 0.1.0
 */
export interface IdempotenceResult {
  /** Every call returned an output equal to call 1's, and (unless allowed) no call changed its arguments. */
  readonly pass: boolean
  /** How many calls were asked for. */
  readonly times: number
  /** The completed calls, in call order. */
  readonly calls: readonly CallRecord[]
  /** The first call whose output differs from call 1's, and the first difference (call 1 on the left). */
  readonly divergence: { readonly call: number; readonly difference: Difference | undefined } | undefined
  /** How many different outputs the calls returned (1 when all agree). */
  readonly distinct: number
  /** The first argument change of each call that changed its arguments. */
  readonly mutations: readonly MutationFinding[]
  /** The first call that threw, when `errors` is `'fail'`; later calls were not made (unless concurrent). */
  readonly thrown: { readonly call: number; readonly error: unknown } | undefined
  /** The shuffle seed, when `shuffle` was on. */
  readonly seed: number | undefined
  /** Whether the function returned promises (and the calls were awaited). */
  readonly async: boolean
  /** Whether the calls were started together (`concurrent` with an async function). */
  readonly concurrent: boolean
}

/**
 * Thrown when one of the caller's own callbacks, the `args` factory or `normalize`, throws: the
 * function under test was not at fault, so this is neither a pass nor a failure of idempotence.
 * `cause` is the original error, `call` the call (from 1) it happened for.
 *
 * @example
 * try { checkIdempotent(fn, { args: loadFixture }) } catch (e) {
 *   if (e instanceof IdempotenceCallbackError) console.log(e.option, e.call, e.cause)
 * }
 * @since 0.1.0
 */
export class IdempotenceCallbackError extends Error {
  override readonly name = 'IdempotenceCallbackError'
  readonly option: 'args' | 'normalize'
  readonly call: number

  constructor(option: 'args' | 'normalize', call: number, cause: unknown) {
    super(
      option === 'args' ? `The \`args\` factory threw before call ${call}.` : `\`normalize\` threw on the output of call ${call}.`,
      { cause },
    )
    this.option = option
    this.call = call
  }
}

/** Compares two normalized outputs. */
export type Equals = (a: unknown, b: unknown) => boolean

interface Prepared {
  readonly given: unknown[]
  readonly snapshot: readonly unknown[] | undefined
  readonly reorderings: readonly Reordering[]
  readonly reordered: number
}

interface Settled {
  readonly record: CallRecord & { readonly snapshot: CanonicalSnapshot }
  readonly thrown: boolean
  readonly error: unknown
  readonly mutation: MutationFinding | undefined
}

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
  return runProperty(fn, readIdempotentOptions(options, 'checkIdempotentProperty()'), equals, runPlan)
}


/** `checkIdempotent` for options that were already read (the matcher reads them once). */
export function runPlan(fn: unknown, plan: IdempotentPlan, equals: Equals): IdempotenceResult | Promise<IdempotenceResult> {
  if (typeof fn !== 'function') {
    throw new ExpectDeterministicError('BAD_OPTIONS', `The function to call must be a function, but received ${typeof fn}.`)
  }
  if (isArbitrary(plan.args)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      '`args` is a fast-check arbitrary: use checkIdempotentProperty, which runs the property for generated arguments.',
    )
  }
  const random = plan.shuffle ? createRandom(plan.seed) : undefined
  const prepare = (index: number): Prepared => prepareArgs(plan, index, random)
  const start = (index: number): Settled | Promise<Settled> => {
    const prepared = prepare(index)
    let returned: unknown
    try {
      returned = (fn as (...args: unknown[]) => unknown)(...prepared.given)
    } catch (error) {
      return settle(plan, index, prepared, false, error)
    }
    if (isThenable(returned)) {
      return Promise.resolve(returned).then(
        (value) => settle(plan, index, prepared, true, value),
        (error: unknown) => settle(plan, index, prepared, false, error),
      )
    }
    return settle(plan, index, prepared, true, returned)
  }

  if (plan.concurrent) {
    // Prepare and start every call before awaiting any, so async calls overlap.
    const started: (Settled | Promise<Settled>)[] = []
    try {
      for (let index = 0; index < plan.times; index++) started.push(start(index))
    } catch (error) {
      // The calls already running are abandoned; their failures must not go unhandled.
      for (const call of started) if (isThenable(call)) ignoreRejection(call)
      throw error
    }
    if (started.some(isThenable)) {
      return Promise.all(started).then((settled) => summarize(plan, settled, equals, true, true))
    }
    return summarize(plan, started as Settled[], equals, false, false)
  }
  const stops = (s: Settled): boolean => s.thrown && plan.errors === 'fail'
  const settled: Settled[] = []
  for (let index = 0; index < plan.times; index++) {
    const outcome = start(index)
    if (isThenable(outcome)) {
      return (async () => {
        let current = await outcome
        settled.push(current)
        for (let next = index + 1; next < plan.times && !stops(current); next++) {
          current = await start(next)
          settled.push(current)
        }
        return summarize(plan, settled, equals, true, false)
      })()
    }
    settled.push(outcome)
    if (stops(outcome)) break
  }
  return summarize(plan, settled, equals, false, false)
}

function prepareArgs(plan: IdempotentPlan, index: number, random: Random | undefined): Prepared {
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
  // Call 1 gets the arguments as given; call 2 sees every collection reversed (the order most
  // likely to differ), later calls see seeded random orders.
  if (random !== undefined && index > 0) {
    const shuffled = shuffleCopy(base, index === 1 ? 'reverse' : random, { unordered: plan.shuffleUnordered })
    // `base` itself is never handed to the function, so it is the "before" picture.
    return { given: shuffled.value, snapshot: plan.allowMutation ? undefined : base, ...shuffled }
  }
  if (factory) {
    const snapshot = plan.allowMutation ? undefined : cloneDeep(base)
    return { given: base, snapshot, reorderings: [], reordered: 0 }
  }
  if (plan.clone) {
    return { given: cloneDeep(base), snapshot: plan.allowMutation ? undefined : base, reorderings: [], reordered: 0 }
  }
  // Shared arguments: keep a copy to see what this call changes.
  return { given: base as unknown[], snapshot: plan.allowMutation ? undefined : cloneDeep(base), reorderings: [], reordered: 0 }
}

function settle(plan: IdempotentPlan, index: number, prepared: Prepared, ok: boolean, value: unknown): Settled {
  const mutation =
    prepared.snapshot === undefined
      ? undefined
      : findMutation(
          prepared.snapshot,
          prepared.given,
          index + 1,
          plan.shuffle ? plan.shuffleUnordered : undefined,
          plan.maxDepth,
        )
  // The user's normalize sees returned values only; a Thrown is already reduced to class and message.
  const raw = ok ? applyNormalize(plan, index, value) : new Thrown(value)
  // Taken now, so a later call cannot change this output through shared state.
  const snapshot: CanonicalSnapshot =
    ok || plan.errors === 'compare'
      ? canonicalSnapshot(raw, { unordered: plan.unordered, ignore: plan.ignore, maxDepth: plan.maxDepth })
      : { text: undefined, value: raw }
  const record: CallRecord & { readonly snapshot: CanonicalSnapshot } = {
    call: index + 1,
    get output() {
      return snapshot.value
    },
    snapshot,
    reorderings: prepared.reorderings,
    reordered: prepared.reordered,
  }
  return {
    record,
    thrown: !ok,
    error: ok ? undefined : value,
    mutation,
  }
}

function applyNormalize(plan: IdempotentPlan, index: number, value: unknown): unknown {
  if (plan.normalize === undefined) return value
  let normalized: unknown
  try {
    normalized = plan.normalize(value)
  } catch (error) {
    throw new IdempotenceCallbackError('normalize', index + 1, error)
  }
  // Every output would be a pending Promise, equal to no other: the check would mean nothing.
  if (isThenable(normalized)) {
    ignoreRejection(normalized)
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `\`normalize\` returned a Promise on the output of call ${index + 1}: \`normalize\` must be synchronous; await inside fn instead.`,
    )
  }
  return normalized
}

/** A promise we refuse to use must not also surface later as an unhandled rejection. */
function ignoreRejection(thenable: PromiseLike<unknown>): void {
  Promise.resolve(thenable).catch(() => undefined)
}

function summarize(
  plan: IdempotentPlan,
  settled: readonly Settled[],
  equals: Equals,
  async: boolean,
  concurrent: boolean,
): IdempotenceResult {
  const base = {
    times: plan.times,
    calls: settled.map((s) => s.record),
    seed: plan.shuffle ? plan.seed : undefined,
    async,
    concurrent,
    mutations: settled.flatMap((s) => (s.mutation === undefined ? [] : [s.mutation])),
  }
  const failed = plan.errors === 'fail' ? settled.find((s) => s.thrown) : undefined
  if (failed !== undefined) {
    return {
      ...base,
      pass: false,
      divergence: undefined,
      distinct: 0,
      thrown: { call: failed.record.call, error: failed.error },
    }
  }
  // JSON outputs compare by canonical text unless custom equality was asked for; the default
  // strict equality gets the plan's depth limit.
  const depth = { maxDepth: plan.maxDepth }
  const strict = (a: CanonicalSnapshot, b: CanonicalSnapshot): boolean =>
    a.text !== undefined && b.text !== undefined ? a.text === b.text : deepEqual(a.value, b.value, depth)
  const same = (a: Settled, b: Settled): boolean =>
    equals === deepEqual
      ? strict(a.record.snapshot, b.record.snapshot)
      : sameSnapshot(a.record.snapshot, b.record.snapshot, equals)
  const first = settled[0] as Settled
  let divergence: IdempotenceResult['divergence']
  for (let i = 1; i < settled.length && divergence === undefined; i++) {
    const other = settled[i] as Settled
    if (!same(first, other)) {
      divergence = { call: i + 1, difference: findDifference(first.record.output, other.record.output, depth) }
    }
  }
  return {
    ...base,
    pass: divergence === undefined && base.mutations.length === 0,
    divergence,
    distinct: divergence === undefined ? 1 : countDistinct(settled, same),
    thrown: undefined,
  }
}

/** Distinct outputs; only computed on failure, where the call count is small. */
function countDistinct(settled: readonly Settled[], same: (a: Settled, b: Settled) => boolean): number {
  const representatives: Settled[] = []
  for (const output of settled) {
    if (!representatives.some((r) => same(r, output))) representatives.push(output)
  }
  return representatives.length
}
