import { isThenable } from '../core/kinds/isThenable'
import { ExpectDeterministicError } from '../errors'
import { canonicalSnapshot, type CanonicalSnapshot } from './canonicalSnapshot'
import type { DistinctOutputs } from './DistinctOutputs'
import { findMutation } from './findMutation'
import { cloneDeep } from './cloneDeep'
import { findReordering, valueAt } from './findReordering'
import { IdempotenceCallbackError } from './IdempotenceCallbackError'
import type { ArgumentMutation } from './IdempotenceResult'
import { ignoreRejection } from './ignoreRejection'
import type { CallPerturbation } from './perturb/CallPerturbation'
import type { Prepared } from './prepareArgs'
import type { IdempotentPlan } from './readIdempotentOptions'
import type { SettledCall } from './summarize'
import { Thrown } from './Thrown'

/**
 * Turns what call `index` (from 0) returned or threw into a `SettledCall`: the argument change it
 * made, and its output normalized and snapshotted at once (a later call cannot change it through
 * shared state), kept as the representative of its distinct output (`distinct`).
 * @throws IdempotenceCallbackError when `normalize` throws; ExpectDeterministicError
 *   (`BAD_OPTIONS`) when it returns a promise.
 * @internal
 */
export function settleCall(
  plan: IdempotentPlan,
  index: number,
  prepared: Prepared,
  ok: boolean,
  value: unknown,
  context: CallPerturbation | undefined,
  distinct: DistinctOutputs,
): SettledCall {
  if (context !== undefined) context.done = true
  const mutation = argumentChange(plan, index, prepared)
  // The user's normalize sees returned values only; a Thrown is already reduced to class and message.
  const raw = ok ? applyNormalize(plan, index, value) : new Thrown(value)
  const compared = ok || plan.errors === 'compare'
  const snapshot: CanonicalSnapshot = compared
    ? distinct.representative(
        canonicalSnapshot(raw, {
          unordered: plan.unordered,
          ignore: plan.ignore,
          maxDepth: plan.maxDepth,
        }),
      )
    : { text: undefined, value: raw }
  return {
    call: index + 1,
    snapshot,
    thrown: !ok,
    error: ok ? undefined : value,
    mutation,
    reorderings: prepared.reorderings,
    reordered: prepared.reordered,
    perturbation: context,
  }
}

function argumentChange(
  plan: IdempotentPlan,
  index: number,
  prepared: Prepared,
): ArgumentMutation | undefined {
  if (prepared.snapshot === undefined) return undefined
  const unordered = plan.shuffle ? plan.shuffleUnordered : undefined
  const finding = findMutation(
    prepared.snapshot,
    prepared.given,
    index + 1,
    unordered,
    plan.maxDepth,
  )
  if (finding === undefined) return undefined
  const before = prepared.snapshot[finding.argument]
  const after = prepared.given[finding.argument]
  const path = findReordering(before, after, finding.path, { maxDepth: plan.maxDepth })
  // Copied: the arguments stay reachable by the function, which could change them again.
  const reordered =
    path === undefined
      ? undefined
      : { path, before: cloneDeep(valueAt(before, path)), after: cloneDeep(valueAt(after, path)) }
  return { ...finding, reordered }
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
