import { ExpectDeterministicError } from '../errors'
import { isArbitrary, type IdempotentPlan } from './readIdempotentOptions'
import type { IdempotenceResult } from './IdempotenceResult'
import type { PerturbSource } from './perturb/PerturbSource'
import { runPlan } from './runPlan'
import type { Equals } from './summarize'

/**
 * What `checkIdempotentProperty` found: whether every generated argument list passed, and for a
 * failure the shrunk counterexample, the idempotence result for it, and how to replay it.
 * @since 0.1.0
 */
export interface PropertyIdempotenceResult {
  readonly pass: boolean
  /** How many generated inputs were tried before the failure (or in all). */
  readonly numRuns: number
  /** The smallest failing argument list fast-check found. */
  readonly counterexample: readonly unknown[] | undefined
  /** fast-check's seed and shrink path: `{ fc: { seed, path } }` replays the failure. */
  readonly seed: number
  readonly path: string | undefined
  readonly numShrinks: number
  /** The repeat-and-compare result for the counterexample. */
  readonly failure: IdempotenceResult | undefined
  /**
   * How many times each perturbed source was exercised over every generated input.
   * @since 0.2.0
   */
  readonly perturbed: Readonly<Partial<Record<PerturbSource, number>>>
  /**
   * Sources named in a `perturb` list that no generated input exercised: the check fails.
   * @since 0.2.0
   */
  readonly unexercised: readonly PerturbSource[]
}

/** The part of fast-check's module used here. */
interface FastCheck {
  asyncProperty(arb: unknown, predicate: (value: unknown) => Promise<boolean>): unknown
  check(property: unknown, parameters?: object): Promise<RunDetails>
}

interface RunDetails {
  failed: boolean
  numRuns: number
  numShrinks: number
  seed: number
  counterexample: [unknown] | null
  counterexamplePath: string | null
  errorInstance?: unknown
}

/** `checkIdempotentProperty` for options that were already read. @internal */
export async function runProperty(
  fn: unknown,
  plan: IdempotentPlan,
  equals: Equals,
): Promise<PropertyIdempotenceResult> {
  if (!isArbitrary(plan.args)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      'Property mode needs a fast-check arbitrary as `args`.',
    )
  }
  if (typeof fn !== 'function') {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The function to call must be a function, but received ${typeof fn}.`,
    )
  }
  const fc = await loadFastCheck()
  let lastFailure: IdempotenceResult | undefined
  const perturbed: Partial<Record<PerturbSource, number>> = {}
  // Causes are named once, for the shrunk counterexample, and exercise is counted over all inputs:
  // one input that happens not to read a directory is no reason to fail.
  const quick = { attribute: false, requireExercise: false }
  // An async property works for sync and async functions alike; fast-check awaits either.
  const property = fc.asyncProperty(plan.args, async (generated) => {
    if (!Array.isArray(generated)) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        `In property mode \`args\` must generate arrays of arguments (wrap it: fc.tuple(arb)), but it generated ${typeof generated}.`,
      )
    }
    let result: IdempotenceResult
    try {
      result = await runPlan(fn, { ...plan, args: generated }, equals, quick)
      for (const [source, count] of Object.entries(result.perturbed) as [PerturbSource, number][])
        perturbed[source] = (perturbed[source] ?? 0) + count
    } catch (error) {
      // This input failed by throwing (a throwing `normalize`, say): an earlier failure is no
      // longer the counterexample's result.
      lastFailure = undefined
      throw error
    }
    // fast-check's last failing input is the shrunk counterexample, so the last failure is its result.
    if (!result.pass) lastFailure = result
    return result.pass
  })
  const details = await fc.check(property, { ...plan.fc })
  const error = details.errorInstance
  if (error instanceof ExpectDeterministicError) throw error
  if (details.failed && error !== undefined && lastFailure === undefined) {
    // The check itself threw for the counterexample (a bad `normalize`, say): surface it unchanged.
    throw error
  }
  const counterexample = details.failed
    ? (details.counterexample?.[0] as unknown[] | undefined)
    : undefined
  // The counterexample once more, now naming the cause of its divergence.
  if (lastFailure !== undefined && counterexample !== undefined && plan.sources.length > 0) {
    const named = await runPlan(fn, { ...plan, args: counterexample }, equals, {
      requireExercise: false,
    })
    if (!named.pass) lastFailure = named
  }
  const unexercised = details.failed
    ? []
    : plan.explicit.filter((source) => (perturbed[source] ?? 0) === 0)
  return {
    pass: !details.failed && unexercised.length === 0,
    numRuns: details.numRuns,
    counterexample,
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
    numShrinks: details.numShrinks,
    failure: details.failed ? lastFailure : undefined,
    perturbed,
    unexercised,
  }
}

async function importFastCheck(): Promise<unknown> {
  try {
    return await import('fast-check')
  } catch (error) {
    // Jest runs CommonJS tests in a VM whose import() throws unless ESM support is switched on;
    // there the CommonJS build has Jest's own `require`.
    if (typeof require !== 'function') throw error
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- only reached inside Jest's CommonJS VM
      return require('fast-check') as unknown
    } catch {
      throw error
    }
  }
}

async function loadFastCheck(): Promise<FastCheck> {
  try {
    const loaded = (await importFastCheck()) as FastCheck & { default?: FastCheck }
    return typeof loaded.asyncProperty === 'function' ? loaded : (loaded.default as FastCheck)
  } catch (cause) {
    const missing = (cause as { code?: unknown } | undefined)?.code
    const detail =
      missing === 'MODULE_NOT_FOUND' || missing === 'ERR_MODULE_NOT_FOUND'
        ? 'needs the fast-check package: install it as a dev dependency.'
        : `could not load the fast-check package (${cause instanceof Error ? cause.message : String(cause)}).`
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `Property mode (a fast-check arbitrary as \`args\`) ${detail}`,
      { cause },
    )
  }
}
