import { ExpectDeterministicError } from '../errors'
import { isThenable } from '../core/kinds/isThenable'
import { canonicalSnapshot, type CanonicalSnapshot } from './canonicalSnapshot'
import { cloneDeep } from './cloneDeep'
import { createRandom, type Random } from './createRandom'
import { findMutation } from './findMutation'
import { IdempotenceCallbackError } from './IdempotenceCallbackError'
import type { CallRecord, IdempotenceResult } from './IdempotenceResult'
import { ignoreRejection } from './ignoreRejection'
import { shuffleCopy, type Reordering } from './perturb/shuffleCopy'
import { isArbitrary, type IdempotentPlan } from './readIdempotentOptions'
import { summarize, type Equals, type SettledCall } from './summarize'
import { Thrown } from './Thrown'

interface Prepared {
  readonly given: unknown[]
  readonly snapshot: readonly unknown[] | undefined
  readonly reorderings: readonly Reordering[]
  readonly reordered: number
}

/** `checkIdempotent` for options that were already read (the matcher reads them once). @internal */
export function runPlan(
  fn: unknown,
  plan: IdempotentPlan,
  equals: Equals,
): IdempotenceResult | Promise<IdempotenceResult> {
  if (typeof fn !== 'function') {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The function to call must be a function, but received ${typeof fn}.`,
    )
  }
  if (isArbitrary(plan.args)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      '`args` is a fast-check arbitrary: use checkIdempotentProperty, which runs the property for generated arguments.',
    )
  }
  const random = plan.shuffle ? createRandom(plan.seed) : undefined
  const prepare = (index: number): Prepared => atCall(index, () => prepareArgs(plan, index, random))
  const start = (index: number): SettledCall | Promise<SettledCall> => {
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
    const started: (SettledCall | Promise<SettledCall>)[] = []
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
    return summarize(plan, started as SettledCall[], equals, false, false)
  }
  const stops = (s: SettledCall): boolean => s.thrown && plan.errors === 'fail'
  const settled: SettledCall[] = []
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
    given: base as unknown[],
    snapshot: plan.allowMutation ? undefined : cloneDeep(base),
    reorderings: [],
    reordered: 0,
  }
}

/** Names the call in the library's errors about unreadable or too large data (arguments, outputs). */
function atCall<T>(index: number, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof ExpectDeterministicError) || error.option !== undefined) throw error
    if (!['UNREADABLE', 'TOO_DEEP', 'TOO_LONG', 'UNCOMPARABLE'].includes(error.code)) throw error
    throw new ExpectDeterministicError(error.code, `Call ${index + 1}: ${error.message}`, {
      path: error.path,
      cause: error,
    })
  }
}

function settle(
  plan: IdempotentPlan,
  index: number,
  prepared: Prepared,
  ok: boolean,
  value: unknown,
): SettledCall {
  return atCall(index, () => settleCall(plan, index, prepared, ok, value))
}

function settleCall(
  plan: IdempotentPlan,
  index: number,
  prepared: Prepared,
  ok: boolean,
  value: unknown,
): SettledCall {
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
      ? canonicalSnapshot(raw, {
          unordered: plan.unordered,
          ignore: plan.ignore,
          maxDepth: plan.maxDepth,
        })
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
