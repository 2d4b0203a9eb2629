import { ExpectDeterministicError } from '../errors'
import { attributeCause } from './attributeCause'
import type { IdempotenceResult } from './IdempotenceResult'
import { drive } from './maybeAsync'
import type { Experiment } from './perturb/CallPerturbation'
import { PerturbSession } from './perturb/PerturbSession'
import { isArbitrary, type IdempotentPlan } from './readIdempotentOptions'
import { runCalls, type RunSetup } from './runCalls'
import { summarize, type Equals } from './summarize'

/** How `runPlan` runs: property mode names causes once, for the counterexample. @internal */
export interface RunMode {
  /** Name the cause of a divergence and narrow it to its site (default `true`). */
  readonly attribute?: boolean
  /** Fail when a source named in `perturb` was never exercised (default `true`). */
  readonly requireExercise?: boolean
}

/**
 * `checkIdempotent` for options that were already read (the matcher reads them once). With
 * global sources to perturb it opens a `PerturbSession`, installs their patches once, and closes
 * it when the check settles, throws or rejects; a check without them patches nothing.
 * @internal
 */
export function runPlan(
  fn: unknown,
  plan: IdempotentPlan,
  equals: Equals,
  mode: RunMode = {},
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
  const globals = plan.sources.filter((source) => source !== 'order')
  const session = globals.length > 0 ? PerturbSession.open(plan.seed) : undefined
  let outcome: IdempotenceResult | Promise<IdempotenceResult>
  try {
    session?.install(globals)
    outcome = drive(check(fn as (...args: unknown[]) => unknown, plan, equals, session, mode))
  } catch (error) {
    session?.close()
    throw error
  }
  if (session === undefined) return outcome
  if (!(outcome instanceof Promise)) {
    session.close()
    return outcome
  }
  return outcome.then(
    (result) => {
      session.close()
      return result
    },
    (error: unknown) => {
      session.close()
      throw error
    },
  )
}

function* check(
  fn: (...args: unknown[]) => unknown,
  plan: IdempotentPlan,
  equals: Equals,
  session: PerturbSession | undefined,
  mode: RunMode,
): Generator<unknown, IdempotenceResult, unknown> {
  const experiment: Experiment | undefined =
    plan.sources.length === 0 ? undefined : { perturbed: new Set(plan.sources), held: new Set() }
  const setup: RunSetup = { fn, plan, equals, session, experiment }
  const result = summarize(plan, yield* runCalls(setup))
  const unexercised =
    mode.requireExercise === false
      ? []
      : plan.explicit.filter((source) => (result.perturbed[source] ?? 0) === 0)
  const checked = { ...result, unexercised, pass: result.pass && unexercised.length === 0 }
  // Call 1 runs unperturbed, so only a later call can fail because of the perturbation.
  const diverged = result.divergence !== undefined || (result.thrown?.call ?? 1) > 1
  if (experiment === undefined || mode.attribute === false || !diverged) return checked
  const reached = plan.sources.filter((source) => (result.perturbed[source] ?? 0) > 0)
  const found = yield* attributeCause(setup, reached)
  return {
    ...checked,
    causes: found.causes,
    sites: found.sites,
    perturbation: checked.perturbation && {
      ...checked.perturbation,
      verdict: found.verdict,
      together: found.together,
      tried: found.tried,
      attributionCalls: found.attributionCalls,
      narrowingCalls: found.narrowingCalls,
    },
  }
}
