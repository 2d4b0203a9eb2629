import { deepEqual } from '../src/core/equality/deepEqual'
import { ExpectDeterministicError } from '../src/errors'
import {
  isArbitrary,
  readIdempotentOptions,
  type IdempotentOptions,
  type IdempotentPlan,
} from '../src/idempotent/readIdempotentOptions'
import { seedFromText } from '../src/idempotent/createRandom'
import { IdempotenceCallbackError } from '../src/idempotent/IdempotenceCallbackError'
import { runPlan } from '../src/idempotent/runPlan'
import { type Equals } from '../src/idempotent/summarize'
import { type IdempotenceResult } from '../src/idempotent/IdempotenceResult'
import { runProperty, type PropertyIdempotenceResult } from '../src/idempotent/runProperty'
import type { MatcherContext, MatcherResult } from './context'
import { describeIdempotence, describeOutcome, describeThrown } from './describeIdempotence'
import { describeUnexercised } from './describePerturbation'
import { safeContext } from './safeContext'
import { asUsageError, hint, usageError } from './format'

const NAME = 'toBeIdempotent'

/**
 * Calls the received function `times` times (default 5) and passes when every output equals the
 * first after canonical normalization: repeat-and-compare, not `f(f(x))`. Returns a promise when
 * the function returns promises, or when `args` is a fast-check arbitrary (property mode).
 *
 * @example
 * expect(buildReport).toBeIdempotent({ args: [rows], shuffle: true })
 * await expect(fetchAll).toBeIdempotent(3, { concurrent: true })
 * @internal
 */
export function toBeIdempotent(
  this: MatcherContext,
  received: unknown,
  timesOrOptions?: number | IdempotentOptions,
  maybeOptions?: IdempotentOptions,
): MatcherResult | Promise<MatcherResult> {
  const plan = readPlan(this, timesOrOptions, maybeOptions)
  if (typeof received !== 'function') {
    throw usageError(
      this,
      NAME,
      'received value must be a function (the function to call repeatedly).',
      received,
    )
  }
  const equals = equalsFor(this, plan.maxDepth)
  // Errors of a run (bad options found late, a throwing callback) read the same sync or async.
  const rethrow = (error: unknown): never => {
    throw asMatcherError(this, plan, error, received)
  }
  try {
    if (isArbitrary(plan.args)) {
      return runProperty(received, plan, equals).then(
        (result) => propertyResult(this, plan, result),
        rethrow,
      )
    }
    const result = runPlan(received, plan, equals)
    if (result instanceof Promise) {
      return result.then((settled) => matcherResult(this, plan, settled, undefined), rethrow)
    }
    return matcherResult(this, plan, result, undefined)
  } catch (error) {
    return rethrow(error)
  }
}

/** Reads `(times?, options?)` or `(options)`, filling in a seed derived from the test's name. */
function readPlan(
  ctx: MatcherContext,
  timesOrOptions: unknown,
  maybeOptions: unknown,
): IdempotentPlan {
  let options: IdempotentOptions
  if (typeof timesOrOptions === 'number') {
    if (maybeOptions !== undefined && !isOptionsObject(maybeOptions)) {
      throw usageError(
        ctx,
        NAME,
        'options must be an object such as { args: [input], shuffle: true }.',
        maybeOptions,
      )
    }
    const rest = (maybeOptions ?? {}) as IdempotentOptions
    if (rest.times !== undefined) {
      throw usageError(
        ctx,
        NAME,
        'times is given twice: as the first argument and as options.times.',
        rest.times,
      )
    }
    options = { ...rest, times: timesOrOptions }
  } else if (timesOrOptions === undefined) {
    if (maybeOptions !== undefined && !isOptionsObject(maybeOptions)) {
      throw usageError(
        ctx,
        NAME,
        'options must be an object such as { args: [input], shuffle: true }.',
        maybeOptions,
      )
    }
    options = (maybeOptions ?? {}) as IdempotentOptions
  } else if (isOptionsObject(timesOrOptions)) {
    if (maybeOptions !== undefined) {
      throw usageError(
        ctx,
        NAME,
        'pass either (times, options) or (options), not options twice.',
        maybeOptions,
      )
    }
    options = timesOrOptions as IdempotentOptions
  } else {
    throw usageError(
      ctx,
      NAME,
      'times must be an integer of at least 2, or the first argument an options object.',
      timesOrOptions,
    )
  }
  // Derived from the test's name: every test perturbs differently, every run of a test the same way.
  const perturbs =
    (options.shuffle !== undefined && options.shuffle !== false) ||
    (options.perturb !== undefined && options.perturb !== false)
  if (options.seed === undefined && perturbs) {
    options = { ...options, seed: seedFromText(ctx.currentTestName ?? '') }
  }
  try {
    return readIdempotentOptions(options, `${NAME}()`)
  } catch (error) {
    // Show the offending value itself when it is `times`, the options object otherwise.
    const badTimes = error instanceof ExpectDeterministicError && error.option === 'times'
    throw asUsageError(ctx, NAME, error, badTimes ? options.times : options)
  }
}

function isOptionsObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Our strict equality first; the runner's `equals` (with the user's custom testers) may then
 * accept what it does not. Map and Set contents go to `deepEqual`, because the runner's `equals`
 * without its iterable tester sees no keys in them and would call any two Maps equal.
 */
function equalsFor(ctx: MatcherContext, maxDepth: number): Equals {
  const testers = ctx.customTesters ?? []
  // The engine recognises `deepEqual` itself and applies the plan's `maxDepth` to it.
  if (testers.length === 0) return deepEqual
  const depth = { maxDepth }
  const collections = (a: unknown, b: unknown): boolean | undefined =>
    a instanceof Map || a instanceof Set || b instanceof Map || b instanceof Set
      ? deepEqual(a, b, depth)
      : undefined
  const all = [...testers, collections]
  return (a, b) => deepEqual(a, b, depth) || ctx.equals(a, b, all, true)
}

/**
 * Bad options become the matcher's usage error; a throwing `args` factory or `normalize` becomes
 * an error with the hint and the call, thrown in both directions (like a throwing call); anything
 * else passes through unchanged.
 */
function asMatcherError(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  error: unknown,
  received: unknown,
): unknown {
  if (!(error instanceof IdempotenceCallbackError)) return asUsageError(ctx, NAME, error, received)
  const rule =
    error.option === 'args'
      ? `The \`args\` factory threw before call ${error.call} of ${plan.times}, so the calls could not be compared.`
      : `\`normalize\` threw on the output of call ${error.call} of ${plan.times}, so the calls could not be compared.`
  const message = [
    hint(ctx, NAME),
    rule,
    `Thrown: ${safeContext(ctx).utils.printReceived(error.cause)}`,
  ]
  return new Error(message.join('\n\n'), { cause: error.cause })
}

function matcherResult(
  runnerCtx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult,
  property: PropertyIdempotenceResult | undefined,
): MatcherResult {
  // The runner's printers throw on hostile values (a revoked Proxy, a throwing message getter):
  // the safe context reports those with the core's UNREADABLE error instead.
  const ctx = safeContext(runnerCtx)
  // A source asked for by name that was never reached fails in both directions: the perturbation
  // never happened, so neither outcome says anything about it.
  if (result.unexercised.length > 0) {
    const parts = [hint(ctx, NAME), describeUnexercised(result.unexercised, result.calls.length)]
    if (!result.pass && (result.divergence !== undefined || result.mutations.length > 0))
      parts.push(...describeOutcome(ctx, plan, result, property))
    throw new Error(parts.join('\n\n'))
  }
  // A throwing call fails in both directions: `.not` must not pass because the function crashed.
  if (result.thrown !== undefined) throw describeThrown(ctx, plan, result, property)
  // So does a mutation when the outputs agree: changed arguments are a bug of their own, not
  // evidence that the calls differ, so `.not` must not pass on them either.
  if (result.divergence === undefined && result.mutations.length > 0) {
    throw new Error(describeIdempotence(ctx, plan, result, property))
  }
  return { pass: result.pass, message: () => describeIdempotence(ctx, plan, result, property) }
}

function propertyResult(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  property: PropertyIdempotenceResult,
): MatcherResult {
  if (property.failure !== undefined) return matcherResult(ctx, plan, property.failure, property)
  if (property.unexercised.length > 0) {
    const runs = `${property.numRuns} fast-check ${property.numRuns === 1 ? 'run' : 'runs'}`
    throw new Error(
      [hint(ctx, NAME), describeUnexercised(property.unexercised, 0, runs)].join('\n\n'),
    )
  }
  return { pass: property.pass, message: () => describeIdempotence(ctx, plan, undefined, property) }
}
