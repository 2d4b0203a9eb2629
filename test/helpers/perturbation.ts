import type { IdempotenceResult } from '../../src/idempotent/IdempotenceResult'
import { CallPerturbation, type Experiment } from '../../src/idempotent/perturb/CallPerturbation'
import { PerturbSession } from '../../src/idempotent/perturb/PerturbSession'
import type { PerturbSource } from '../../src/idempotent/perturb/PerturbSource'

/** The synchronous result; fails the test when the engine returned a promise. */
export function sync(result: IdempotenceResult | Promise<IdempotenceResult>): IdempotenceResult {
  if (result instanceof Promise) throw new Error('expected a synchronous result')
  return result
}

/** How `inCall` runs its body. */
export interface CallOptions {
  /** The call's number from 0 (default 1: call 2, the first perturbed call). */
  readonly call?: number
  readonly seed?: number
  /** Perturb (default) or only hold the sources. */
  readonly mode?: 'perturb' | 'held' | 'observe'
  readonly range?: Experiment['range']
  readonly capture?: Experiment['capture']
}

/**
 * Runs `body` as one call of a check that perturbs `sources`: a session is opened, the sources
 * installed, `body` run inside the call's context, and the session closed again (also when
 * `body` throws or its promise rejects). Returns what `body` returned and the call's context.
 */
export function inCall<T>(
  sources: readonly PerturbSource[],
  body: () => T,
  options: CallOptions = {},
): { value: T; context: CallPerturbation } {
  const session = PerturbSession.open(options.seed ?? 1234)
  try {
    session.install(sources)
    const mode = options.mode ?? 'perturb'
    const experiment: Experiment = {
      perturbed: new Set(mode === 'perturb' ? sources : []),
      held: new Set(mode === 'held' ? sources : []),
      range: options.range,
      capture: options.capture,
    }
    const context = new CallPerturbation(options.call ?? 1, options.seed ?? 1234, experiment)
    const value = session.run(context, body)
    if (value instanceof Promise) {
      const settled = value.finally(() => session.close())
      return { value: settled as T, context }
    }
    session.close()
    return { value, context }
  } catch (error) {
    session.close()
    throw error
  }
}
