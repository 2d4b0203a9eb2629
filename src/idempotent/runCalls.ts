import { isThenable } from '../core/kinds/isThenable'
import { deepEqual } from '../core/equality/deepEqual'
import { createRandom } from './createRandom'
import { DistinctOutputs } from './DistinctOutputs'
import { ignoreRejection } from './ignoreRejection'
import { settle } from './maybeAsync'
import { CallPerturbation, type Experiment } from './perturb/CallPerturbation'
import type { PerturbSession } from './perturb/PerturbSession'
import { atCall } from './atCall'
import { prepareArgs } from './prepareArgs'
import type { IdempotentPlan } from './readIdempotentOptions'
import { settleCall } from './settleCall'
import {
  failsAgainst,
  snapshotComparer,
  type Equals,
  type Run,
  type SettledCall,
} from './summarize'

/** What one run of calls does. @internal */
export interface RunSetup {
  readonly fn: (...args: unknown[]) => unknown
  readonly plan: IdempotentPlan
  readonly equals: Equals
  /** The patches of the check, when global sources are perturbed. */
  readonly session: PerturbSession | undefined
  /** What to perturb and hold; `undefined` when nothing is perturbed. */
  readonly experiment: Experiment | undefined
  /** The calls to make, by number from 0 (default: every call of the plan). */
  readonly indices?: readonly number[]
  /** Stop at the first call that fails against the first (only when calls run one by one). */
  readonly stopAtFailure?: boolean
  /** Counts the calls made, for the cost of naming a cause. */
  readonly counter?: { calls: number }
}

/**
 * Makes the calls of one run and settles each as it returns: one after another (awaiting each
 * promise), or with `concurrent`, all started before any is awaited. Each call runs inside the
 * session as its own `CallPerturbation`, so the patches know which call is running.
 * A `drive`n generator: synchronous for a synchronous function.
 * @internal
 */
export function* runCalls(setup: RunSetup): Generator<unknown, Run, unknown> {
  const { plan } = setup
  const indices = setup.indices ?? Array.from({ length: plan.times }, (_, i) => i)
  const distinct = new DistinctOutputs(
    snapshotComparer(plan, setup.equals),
    setup.equals !== deepEqual,
  )
  // 'order' draws from one generator in call order, as `shuffle` always has, so a seed replays.
  const random =
    plan.shuffle && setup.experiment?.perturbed.has('order') === true
      ? createRandom(plan.seed)
      : undefined
  const start = (index: number): SettledCall | Promise<SettledCall> => {
    if (setup.counter !== undefined) setup.counter.calls++
    const context =
      setup.experiment === undefined
        ? undefined
        : new CallPerturbation(index, plan.seed, setup.experiment)
    const prepared = atCall(index, () => prepareArgs(plan, index, random, context))
    const finish = (ok: boolean, value: unknown): SettledCall =>
      atCall(index, () => settleCall(plan, index, prepared, ok, value, context, distinct))
    let returned: unknown
    try {
      returned =
        context === undefined || setup.session === undefined
          ? setup.fn(...prepared.given)
          : setup.session.run(context, () => setup.fn(...prepared.given))
    } catch (error) {
      return finish(false, error)
    }
    if (isThenable(returned)) {
      // Attached outside the call's context: settling (our own normalizing and sorting) is never
      // perturbed.
      return Promise.resolve(returned).then(
        (value) => finish(true, value),
        (error: unknown) => finish(false, error),
      )
    }
    return finish(true, returned)
  }

  if (plan.concurrent) {
    // Prepare and start every call before awaiting any, so async calls overlap.
    const started: (SettledCall | Promise<SettledCall>)[] = []
    try {
      for (const index of indices) started.push(start(index))
    } catch (error) {
      // The calls already running are abandoned; their failures must not go unhandled.
      for (const call of started) if (isThenable(call)) ignoreRejection(call)
      throw error
    }
    const async = started.some(isThenable)
    const settled = async ? yield* settle(Promise.all(started)) : (started as SettledCall[])
    return { settled, async, concurrent: async, distinct: distinct.size }
  }
  const settled: SettledCall[] = []
  let async = false
  for (const index of indices) {
    const outcome = start(index)
    async ||= isThenable(outcome)
    const current = yield* settle(outcome)
    settled.push(current)
    if (current.thrown && plan.errors === 'fail') break
    if (setup.stopAtFailure === true && failsAgainst(plan, settled[0] as SettledCall, current))
      break
  }
  return { settled, async, concurrent: false, distinct: distinct.size }
}
