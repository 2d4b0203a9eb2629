import { deepEqual } from '../core/equality/deepEqual'
import { findDifference } from '../core/equality/findDifference'
import { sameSnapshot, type CanonicalSnapshot } from './canonicalSnapshot'
import type { ArgumentMutation, CallRecord, IdempotenceResult } from './IdempotenceResult'
import type { CallPerturbation } from './perturb/CallPerturbation'
import { PERTURB_SOURCES, type PerturbSource } from './perturb/PerturbSource'
import type { Reordering } from './perturb/shuffleCopy'
import type { IdempotentPlan } from './readIdempotentOptions'

/** Compares two normalized outputs. @internal */
export type Equals = (a: unknown, b: unknown) => boolean

/** One call after it returned or threw, as `runCalls` hands it to `summarize`. @internal */
export interface SettledCall {
  /** The call's number, from 1. */
  readonly call: number
  /** The representative snapshot of its output: calls with equal outputs share one. */
  readonly snapshot: CanonicalSnapshot
  readonly thrown: boolean
  readonly error: unknown
  readonly mutation: ArgumentMutation | undefined
  readonly reorderings: readonly Reordering[]
  readonly reordered: number
  /** What this call exercised and perturbed, when sources were perturbed. */
  readonly perturbation: CallPerturbation | undefined
}

/** The settled calls of one run. @internal */
export interface Run {
  readonly settled: readonly SettledCall[]
  /** Whether some call returned a promise. */
  readonly async: boolean
  /** Whether the calls overlapped (`concurrent` with promises). */
  readonly concurrent: boolean
  /** How many distinct outputs the calls returned. */
  readonly distinct: number
}

/**
 * How two snapshots are compared: by canonical text when both are JSON data and no custom equality
 * is asked for, else by strict `deepEqual` (with the plan's depth limit) or by `equals`.
 * @internal
 */
export function snapshotComparer(
  plan: IdempotentPlan,
  equals: Equals,
): (a: CanonicalSnapshot, b: CanonicalSnapshot) => boolean {
  const depth = { maxDepth: plan.maxDepth }
  if (equals !== deepEqual) return (a, b) => sameSnapshot(a, b, equals)
  return (a, b) =>
    a.text !== undefined && b.text !== undefined
      ? a.text === b.text
      : deepEqual(a.value, b.value, depth)
}

/**
 * Whether `call` fails the check against `first`: it threw (with `errors: 'fail'`), or its output
 * is another distinct output than the first call's.
 * @internal
 */
export function failsAgainst(plan: IdempotentPlan, first: SettledCall, call: SettledCall): boolean {
  if (call.thrown && plan.errors === 'fail') return true
  return call.snapshot !== first.snapshot
}

/** Sites per source over the calls, and per API in first-use order. */
function exercise(settled: readonly SettledCall[]) {
  const perturbed: Partial<Record<PerturbSource, number>> = {}
  const apis = new Map<string, number>()
  for (const call of settled) {
    const counts = call.perturbation?.counts
    if (counts === undefined) continue
    for (const [source, count] of counts) perturbed[source] = (perturbed[source] ?? 0) + count
    for (const [key, count] of (call.perturbation as CallPerturbation).apis)
      apis.set(key, (apis.get(key) ?? 0) + count)
  }
  const exercised = [...apis].map(([key, count]) => {
    const space = key.indexOf(' ')
    return { source: key.slice(0, space) as PerturbSource, api: key.slice(space + 1), count }
  })
  exercised.sort((a, b) => PERTURB_SOURCES.indexOf(a.source) - PERTURB_SOURCES.indexOf(b.source))
  return { perturbed, exercised }
}

/**
 * The result of a run from its settled calls: the first call that threw (when `errors` is
 * `'fail'`), else the first call whose output differs from call 1's, the mutations seen, and what
 * the perturbed sources were exercised. Causes and sites are left empty for `runPlan` to fill.
 * @internal
 */
export function summarize(plan: IdempotentPlan, run: Run): IdempotenceResult {
  const { settled } = run
  const { perturbed, exercised } = exercise(settled)
  const calls: CallRecord[] = settled.map((s) => ({
    call: s.call,
    get output() {
      return s.snapshot.value
    },
    reorderings: s.reorderings,
    reordered: s.reordered,
    perturbed: s.perturbation === undefined ? {} : Object.fromEntries(s.perturbation.counts),
  }))
  const perturbing = plan.sources.length > 0
  const base = {
    times: plan.times,
    calls,
    seed: perturbing ? plan.seed : undefined,
    async: run.async,
    concurrent: run.concurrent,
    mutations: settled.flatMap((s) => (s.mutation === undefined ? [] : [s.mutation])),
    causes: [],
    perturbed,
    sites: [],
    unexercised: [],
    perturbation: perturbing
      ? {
          sources: plan.sources,
          explicit: plan.explicit,
          seed: plan.seed,
          exercised,
          verdict: undefined,
          together: false,
          tried: [],
          attributionCalls: 0,
          narrowingCalls: 0,
        }
      : undefined,
  }
  const failed = plan.errors === 'fail' ? settled.find((s) => s.thrown) : undefined
  if (failed !== undefined) {
    return {
      ...base,
      pass: false,
      divergence: undefined,
      distinct: 0,
      thrown: { call: failed.call, error: failed.error },
    }
  }
  const first = settled[0] as SettledCall
  const other = settled.find((s) => s.snapshot !== first.snapshot)
  const divergence =
    other === undefined
      ? undefined
      : {
          call: other.call,
          difference: findDifference(first.snapshot.value, other.snapshot.value, {
            maxDepth: plan.maxDepth,
          }),
        }
  return {
    ...base,
    pass: divergence === undefined && base.mutations.length === 0,
    divergence,
    distinct: run.distinct,
    thrown: undefined,
  }
}
