import { deepEqual } from '../core/equality/deepEqual'
import { findDifference } from '../core/equality/findDifference'
import { sameSnapshot, type CanonicalSnapshot } from './canonicalSnapshot'
import type { MutationFinding } from './findMutation'
import type { CallRecord, IdempotenceResult } from './IdempotenceResult'
import type { IdempotentPlan } from './readIdempotentOptions'

/** Compares two normalized outputs. @internal */
export type Equals = (a: unknown, b: unknown) => boolean

/** One call after it returned or threw, as `runPlan` hands it to `summarize`. @internal */
export interface SettledCall {
  readonly record: CallRecord & { readonly snapshot: CanonicalSnapshot }
  readonly thrown: boolean
  readonly error: unknown
  readonly mutation: MutationFinding | undefined
}

/**
 * The result of a run from its settled calls: the first call that threw (when `errors` is
 * `'fail'`), else the first call whose output differs from call 1's, and the mutations seen.
 * @internal
 */
export function summarize(
  plan: IdempotentPlan,
  settled: readonly SettledCall[],
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
    a.text !== undefined && b.text !== undefined
      ? a.text === b.text
      : deepEqual(a.value, b.value, depth)
  const same = (a: SettledCall, b: SettledCall): boolean =>
    equals === deepEqual
      ? strict(a.record.snapshot, b.record.snapshot)
      : sameSnapshot(a.record.snapshot, b.record.snapshot, equals)
  const first = settled[0] as SettledCall
  let divergence: IdempotenceResult['divergence']
  for (let i = 1; i < settled.length && divergence === undefined; i++) {
    const other = settled[i] as SettledCall
    if (!same(first, other)) {
      divergence = {
        call: i + 1,
        difference: findDifference(first.record.output, other.record.output, depth),
      }
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
function countDistinct(
  settled: readonly SettledCall[],
  same: (a: SettledCall, b: SettledCall) => boolean,
): number {
  const representatives: SettledCall[] = []
  for (const output of settled) {
    if (!representatives.some((r) => same(r, output))) representatives.push(output)
  }
  return representatives.length
}
