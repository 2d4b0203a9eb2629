import type { IdempotentPlan } from '../src/idempotent/readIdempotentOptions'
import { findReordering } from '../src/idempotent/findReordering'
import type { CallRecord, IdempotenceResult } from '../src/idempotent/IdempotenceResult'
import type { PropertyIdempotenceResult } from '../src/idempotent/runProperty'
import { stableStringify } from '../src/core/text/stableStringify'
import type { MatcherContext } from './context'
import { describeMutation, mutationHeadline, sides } from './describeMutation'
import { describeCause, describeExercise, replayOption } from './describePerturbation'
import { hint } from './format'

const NAME = 'toBeIdempotent'
// An output printed under `.not` helps only while it is short; a 100,000-row report does not.
const MAX_PRINTED_OUTPUT = 2000
const MAX_REORDERINGS = 5

/** The failure message of `toBeIdempotent` (and of `.not.toBeIdempotent`). @internal */
export function describeIdempotence(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult | undefined,
  property: PropertyIdempotenceResult | undefined,
): string {
  return [hint(ctx, NAME), ...describeOutcome(ctx, plan, result, property)].join('\n\n')
}

/** The paragraphs of `describeIdempotence` after its hint line. @internal */
export function describeOutcome(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult | undefined,
  property: PropertyIdempotenceResult | undefined,
): string[] {
  if (result === undefined || result.pass) return describeSameness(ctx, plan, result, property)
  const parts = describeFailure(ctx, plan, result)
  if (property !== undefined) parts.push(describeCounterexample(ctx, plan, property))
  return parts
}

/** The error thrown when a call throws and `errors` is `'fail'`. @internal */
export function describeThrown(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult,
  property: PropertyIdempotenceResult | undefined,
): Error {
  const thrown = result.thrown as { call: number; error: unknown }
  const parts = [hint(ctx, NAME)]
  const cause = describeCause(plan, result)
  if (cause !== undefined) parts.push(cause)
  parts.push(
    `Expected every call to return, but call ${thrown.call} of ${result.times} threw.`,
    `Thrown: ${ctx.utils.printReceived(thrown.error)}`,
  )
  if (property !== undefined) parts.push(describeCounterexample(ctx, plan, property))
  const exercise = describeExercise(plan, result)
  if (exercise !== undefined) parts.push(exercise)
  parts.push(
    "To compare thrown errors (class and message) like outputs, pass { errors: 'compare' }.",
  )
  return new Error(parts.join('\n\n'), { cause: thrown.error })
}

function describeFailure(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult,
): string[] {
  const parts: string[] = []
  const cause = describeCause(plan, result)
  if (cause !== undefined) parts.push(cause)
  const divergence = result.divergence
  const mutation = result.mutations[0]
  if (divergence !== undefined) {
    const subject = property(plan) ? 'For the counterexample below: ' : ''
    parts.push(
      `Expected every call to return the same output, but call ${divergence.call} of ${result.times} differs from call 1.\n\n` +
        `${subject}${result.distinct} distinct outputs in ${result.times} calls (${comparison(plan, result)}).`,
    )
    parts.push(...describeDifference(ctx, plan, result, divergence))
    // The reordering report, unless another source was named as the cause.
    if (plan.shuffle && (result.causes.length === 0 || result.causes.includes('order')))
      parts.push(describeShuffle(plan, result, divergence.call, cause === undefined))
  } else if (mutation !== undefined) {
    parts.push(mutationHeadline(mutation))
  }
  if (mutation !== undefined)
    parts.push(describeMutation(ctx, result.mutations, mutation, divergence !== undefined))
  const exercise = describeExercise(plan, result)
  if (exercise !== undefined) parts.push(exercise)
  return parts
}

/**
 * The first difference and a diff of the two outputs; or, when they hold the same elements in
 * another order, that and the `unordered` option that says order is not part of the contract.
 */
function describeDifference(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult,
  divergence: NonNullable<IdempotenceResult['divergence']>,
): string[] {
  const first = (result.calls[0] as CallRecord).output
  const other = (result.calls[divergence.call - 1] as CallRecord).output
  const difference = divergence.difference
  if (difference === undefined) return []
  const call = `call ${divergence.call}`
  const reordered = findReordering(first, other, difference.path, {
    unordered: plan.unordered,
    maxDepth: plan.maxDepth,
    generalize: true,
  })
  if (reordered !== undefined) {
    const paths = [...(Array.isArray(plan.unordered) ? plan.unordered : []), reordered]
    const lines = [
      `The outputs differ only in order at ${reordered}: call 1 and ${call} hold the same elements in another order. ` +
        `If their order is not part of the contract, say so with { unordered: [${paths.map((p) => `'${p}'`).join(', ')}] }.`,
    ]
    if (printable(first) && printable(other)) {
      lines.push(
        `Call 1: ${ctx.utils.printExpected(first)}\nCall ${divergence.call}: ${ctx.utils.printReceived(other)}`,
      )
    }
    return lines
  }
  const parts = [
    `First difference at ${difference.path} (${sides(difference.reason, 'call 1', call)}):\n` +
      `Call 1: ${ctx.utils.printExpected(difference.left)}\n` +
      `Call ${divergence.call}: ${ctx.utils.printReceived(difference.right)}`,
  ]
  // Two different leaves at the root are fully shown above; a diff would repeat them.
  const leaves = difference.path === '$' && !isObject(first) && !isObject(other)
  const diff = leaves
    ? undefined
    : ctx.utils.diff(first, other, {
        aAnnotation: 'Call 1',
        bAnnotation: `Call ${divergence.call}`,
        expand: false,
      })
  if (diff) parts.push(diff)
  return parts
}

function describeSameness(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult | undefined,
  property: PropertyIdempotenceResult | undefined,
): string[] {
  if (result === undefined) {
    const runs = property?.numRuns ?? 0
    return [
      `Expected some generated input to make the calls differ, but in ${runs} fast-check runs every call returned the same output.`,
      `Replay: { fc: { seed: ${property?.seed ?? 0} } }`,
    ]
  }
  const parts = [
    `Expected some call to return a different output, but all ${result.times} calls returned the same output (${comparison(plan, result)}).`,
  ]
  const printed = printable((result.calls[0] as CallRecord).output)
  if (printed)
    parts.push(`Output: ${ctx.utils.printReceived((result.calls[0] as CallRecord).output)}`)
  const exercise = describeExercise(plan, result)
  if (exercise !== undefined) parts.push(exercise)
  else if (result.seed !== undefined) parts.push(`Shuffle seed: ${result.seed}.`)
  return parts
}

function property(plan: IdempotentPlan): boolean {
  return typeof plan.args === 'object' && !Array.isArray(plan.args)
}

/** How the outputs were compared, in a few words. */
function comparison(plan: IdempotentPlan, result: IdempotenceResult): string {
  const steps = ['compared in canonical form']
  if (plan.normalize !== undefined) steps.push('after your normalize')
  if (plan.unordered === true) steps.push('every array unordered')
  else if (Array.isArray(plan.unordered) && plan.unordered.length > 0)
    steps.push(`unordered at ${plan.unordered.join(', ')}`)
  if (plan.ignore !== undefined && plan.ignore.length > 0)
    steps.push(`ignoring ${plan.ignore.join(', ')}`)
  if (plan.errors === 'compare') steps.push('thrown errors compared by class and message')
  if (result.concurrent) steps.push('calls run concurrently')
  return steps.join(', ')
}

function describeShuffle(
  plan: IdempotentPlan,
  result: IdempotenceResult,
  call: number,
  withSeed: boolean,
): string {
  const record = result.calls[call - 1] as CallRecord
  const lines = withSeed
    ? [`Shuffle seed: ${plan.seed}. Replay with ${replayOption(plan, result)}.`]
    : []
  if (record.reordered === 0) {
    lines.push(
      `Call ${call} got its arguments in the given order, so the difference is not caused by reordering.`,
    )
  } else {
    lines.push(
      `Call ${call} got its arguments reordered (${record.reordered} ${record.reordered === 1 ? 'collection' : 'collections'}; call 1 got them as given):`,
    )
    for (const r of record.reorderings.slice(0, MAX_REORDERINGS)) {
      lines.push(`  ${r.path}: ${r.kind} ${r.shuffled.join(', ')} (given: ${r.given.join(', ')})`)
    }
    if (record.reordered > MAX_REORDERINGS)
      lines.push(`  … and ${record.reordered - MAX_REORDERINGS} more`)
  }
  return lines.join('\n')
}

function describeCounterexample(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  property: PropertyIdempotenceResult,
): string {
  const path = property.path === undefined ? '' : `, path: ${JSON.stringify(property.path)}`
  return (
    `Counterexample (fast-check, after ${property.numRuns} ${property.numRuns === 1 ? 'run' : 'runs'} and ` +
    `${property.numShrinks} ${property.numShrinks === 1 ? 'shrink' : 'shrinks'}): ` +
    `args = ${ctx.utils.printReceived(property.counterexample)}\n` +
    `Replay with { fc: { seed: ${property.seed}${path} } }${plan.fc?.numRuns === undefined ? '' : ' and the same numRuns'}.`
  )
}

/** Whether an output is short enough to print in full. */
function printable(output: unknown): boolean {
  try {
    return stableStringify(output, { indent: 0 }).length <= MAX_PRINTED_OUTPUT
  } catch {
    return false
  }
}

function isObject(value: unknown): boolean {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}
