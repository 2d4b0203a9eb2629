import type { IdempotentPlan } from '../src/idempotent/readIdempotentOptions'
import type { MutationFinding } from '../src/idempotent/findMutation'
import type { CallRecord, IdempotenceResult } from '../src/idempotent/IdempotenceResult'
import type { PropertyIdempotenceResult } from '../src/idempotent/runProperty'
import { stableStringify } from '../src/core/text/stableStringify'
import type { MatcherContext } from './context'
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
  const parts = [hint(ctx, NAME)]
  if (result === undefined || result.pass) {
    parts.push(...describeSameness(ctx, plan, result, property))
  } else {
    parts.push(...describeFailure(ctx, plan, result))
    if (property !== undefined) parts.push(describeCounterexample(ctx, plan, property))
  }
  return parts.join('\n\n')
}

/** The error thrown when a call throws and `errors` is `'fail'`. @internal */
export function describeThrown(
  ctx: MatcherContext,
  plan: IdempotentPlan,
  result: IdempotenceResult,
  property: PropertyIdempotenceResult | undefined,
): Error {
  const thrown = result.thrown as { call: number; error: unknown }
  const parts = [
    hint(ctx, NAME),
    `Expected every call to return, but call ${thrown.call} of ${result.times} threw.`,
    `Thrown: ${ctx.utils.printReceived(thrown.error)}`,
  ]
  if (property !== undefined) parts.push(describeCounterexample(ctx, plan, property))
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
  const divergence = result.divergence
  const mutation = result.mutations[0]
  if (divergence !== undefined) {
    const subject = property(plan) ? 'For the counterexample below: ' : ''
    parts.push(
      `Expected every call to return the same output, but call ${divergence.call} of ${result.times} differs from call 1.\n\n` +
        `${subject}${result.distinct} distinct outputs in ${result.times} calls (${comparison(plan, result)}).`,
    )
    const first = (result.calls[0] as CallRecord).output
    const other = (result.calls[divergence.call - 1] as CallRecord).output
    const difference = divergence.difference
    if (difference !== undefined) {
      parts.push(
        `First difference at ${difference.path} (${sides(difference.reason, 'call 1', `call ${divergence.call}`)}):\n` +
          `Call 1: ${ctx.utils.printExpected(difference.left)}\n` +
          `Call ${divergence.call}: ${ctx.utils.printReceived(difference.right)}`,
      )
    }
    // Two different leaves at the root are fully shown above; a diff would repeat them.
    const leaves = difference?.path === '$' && !isObject(first) && !isObject(other)
    const diff = leaves
      ? undefined
      : ctx.utils.diff(first, other, {
          aAnnotation: 'Call 1',
          bAnnotation: `Call ${divergence.call}`,
          expand: false,
        })
    if (diff) parts.push(diff)
    if (result.seed !== undefined) parts.push(describeShuffle(plan, result, divergence.call))
  } else if (mutation !== undefined) {
    parts.push(
      `Expected every call to leave its arguments unchanged, but call ${mutation.call} mutated argument ${mutation.argument} at ${mutation.path}.`,
    )
  }
  if (mutation !== undefined)
    parts.push(describeMutation(ctx, result.mutations, mutation, divergence !== undefined))
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
  if (result.seed !== undefined) parts.push(`Shuffle seed: ${result.seed}.`)
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

function describeShuffle(plan: IdempotentPlan, result: IdempotenceResult, call: number): string {
  const record = result.calls[call - 1] as CallRecord
  const lines = [
    `Shuffle seed: ${result.seed}. Replay with { shuffle: ${shuffleOption(plan)}, seed: ${result.seed} }.`,
  ]
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

function shuffleOption(plan: IdempotentPlan): string {
  const u = plan.shuffleUnordered
  if (u === false) return 'true'
  return `{ unordered: ${u === true ? 'true' : `[${u.map((p) => `'${p}'`).join(', ')}]`} }`
}

function describeMutation(
  ctx: MatcherContext,
  all: readonly MutationFinding[],
  first: MutationFinding,
  secondary: boolean,
): string {
  const where = sides(first.reason, 'before the call', 'after the call')
  const count = all.length > 1 ? `; ${all.length} of the calls changed their arguments` : ''
  const heading = secondary
    ? `Also, call ${first.call} mutated argument ${first.argument} at ${first.path} (${where}${count}):\n`
    : `Difference at ${first.path} of argument ${first.argument} (${where}${count}):\n`
  return (
    heading +
    `Before: ${ctx.utils.printExpected(first.before)}\n` +
    `After:  ${ctx.utils.printReceived(first.after)}\n\n` +
    'Each call got its own copy of the arguments, so the change did not reach the other calls, but callers ' +
    'sharing one value would see it. If changing the arguments is intended, pass { allowMutation: true }.'
  )
}

/** Puts names on the core's "left" and "right" (`missing on the left` -> `missing before the call`). */
function sides(reason: string, left: string, right: string): string {
  return reason
    .replace(/on the left$/, left.startsWith('call') ? `in ${left}` : left)
    .replace(/on the right$/, right.startsWith('call') ? `in ${right}` : right)
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
