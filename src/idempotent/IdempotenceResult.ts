import type { Difference } from '../types'
import type { MutationFinding } from './findMutation'
import type { PerturbSource } from './perturb/PerturbSource'
import type { Reordering } from './perturb/shuffleCopy'

/**
 * One completed call, as `checkIdempotent` saw it.
 * @since 0.1.0
 */
export interface CallRecord {
  /** The call's number, counting from 1. */
  readonly call: number
  /** The output after `normalize` (the user's, then the canonical one); a `Thrown` for a thrown error. */
  readonly output: unknown
  /** The collections reordered in this call's arguments under `shuffle` (the first 20). */
  readonly reorderings: readonly Reordering[]
  /** How many collections were reordered in this call's arguments. */
  readonly reordered: number
  /**
   * How many times this call exercised each perturbed source (call 1 is counted too, though it
   * runs unperturbed). Empty without `perturb`.
   * @since 0.2.0
   */
  readonly perturbed: Readonly<Partial<Record<PerturbSource, number>>>
}

/**
 * A call that changed one of its arguments; `reordered` tells an in-place reordering (a `sort`
 * of an argument) from any other change.
 * @example
 * const [change] = checkIdempotent((xs: number[]) => xs.sort()[0], { args: [[2, 1]] }).mutations
 * change.reordered // { path: '$', before: [2, 1], after: [1, 2] }
 * @since 0.2.0
 */
export interface ArgumentMutation extends MutationFinding {
  /**
   * When the call only reordered the elements of one array (an in-place `sort` or `reverse`):
   * where that array is in the argument (`$` for the argument itself), and its elements before
   * and after the call. `undefined` when the change is more than a reordering.
   */
  readonly reordered:
    { readonly path: string; readonly before: unknown; readonly after: unknown } | undefined
}

/**
 * A call site whose perturbation alone changes the output, found by narrowing down a cause.
 * @example
 * checkIdempotent(listDocs, { args: ['docs'], perturb: ['readdir'] }).sites[0]
 * // { source: 'readdir', api: 'fs.readdirSync', location: 'src/docs.ts:12:23', call: 2, site: 0, through: undefined }
 * @since 0.2.0
 */
export interface PerturbationSite {
  readonly source: PerturbSource
  /** The API perturbed there: `'fs.readdirSync'`, `'Array.prototype.sort'`, `'$[0].fetchUser()'`. */
  readonly api: string
  /**
   * Where the site is: the first stack frame outside this library and the runtime, as
   * `path:line:column` relative to the working directory (`'src/docs.ts:12:23'`); `undefined`
   * when no such frame was found.
   */
  readonly location: string | undefined
  /** The call (from 1) in which perturbing the site changes the output. */
  readonly call: number
  /** The site's number among the source's sites in that call, from 0. */
  readonly site: number
  /**
   * When no single site changes the output but a range of them together does: the range's last
   * site (`site` is its first, and `api`/`location` describe that first one).
   */
  readonly through: number | undefined
}

/**
 * What `perturb` did in a check, and what it found.
 * @example
 * const { perturbation } = checkIdempotent(listDocs, { args: ['docs'], perturb: true })
 * perturbation.exercised // [{ source: 'readdir', api: 'fs.readdirSync', count: 5 }]
 * @since 0.2.0
 */
export interface PerturbationReport {
  /** Every source perturbed (`'order'` included), in table order. */
  readonly sources: readonly PerturbSource[]
  /** The sources named in a `perturb` list, which must each be exercised. */
  readonly explicit: readonly PerturbSource[]
  readonly seed: number
  /** How often each API was exercised over all calls, per source, in table order. */
  readonly exercised: readonly {
    readonly source: PerturbSource
    readonly api: string
    readonly count: number
  }[]
  /**
   * After a divergence under perturbation: `'named'` when `causes` reproduce it, `'none'` when it
   * remains with every source held fixed and nothing perturbed (shared state, or something the
   * library does not reach), `'unreproduced'` when no source or set of sources brought it back.
   * `undefined` when there was nothing to explain.
   */
  readonly verdict: 'named' | 'none' | 'unreproduced' | undefined
  /** The causes reproduce the divergence only together (none of them alone does). */
  readonly together: boolean
  /** The sources tried alone to name the cause, in the order they were tried (the reached ones). */
  readonly tried: readonly PerturbSource[]
  /** Extra calls made to name the causes: each exercised source tried alone (then together). */
  readonly attributionCalls: number
  /** Extra calls made to rule out a divergence without perturbation and to find the sites. */
  readonly narrowingCalls: number
}

/**
 * What `checkIdempotent` found.
 * @since 0.1.0
 */
export interface IdempotenceResult {
  /**
   * Every call returned an output equal to call 1's, (unless allowed) no call changed its
   * arguments, and every source named in a `perturb` list was exercised.
   */
  readonly pass: boolean
  /** How many calls were asked for. */
  readonly times: number
  /** The completed calls, in call order. */
  readonly calls: readonly CallRecord[]
  /** The first call whose output differs from call 1's, and the first difference (call 1 on the left). */
  readonly divergence:
    { readonly call: number; readonly difference: Difference | undefined } | undefined
  /** How many different outputs the calls returned (1 when all agree). */
  readonly distinct: number
  /** The first argument change of each call that changed its arguments. */
  readonly mutations: readonly ArgumentMutation[]
  /** The first call that threw, when `errors` is `'fail'`; later calls were not made (unless concurrent). */
  readonly thrown: { readonly call: number; readonly error: unknown } | undefined
  /** The seed of `shuffle` and `perturb`, when either was on. */
  readonly seed: number | undefined
  /** Whether the function returned promises (and the calls were awaited). */
  readonly async: boolean
  /** Whether the calls were started together (`concurrent` with an async function). */
  readonly concurrent: boolean
  /**
   * The perturbed sources that the divergence depends on, in table order; empty when nothing
   * was perturbed, nothing diverged, or no cause could be named.
   * @since 0.2.0
   */
  readonly causes: readonly PerturbSource[]
  /**
   * How many times each perturbed source was exercised over all calls.
   * @since 0.2.0
   */
  readonly perturbed: Readonly<Partial<Record<PerturbSource, number>>>
  /**
   * The call sites the causes were narrowed down to.
   * @since 0.2.0
   */
  readonly sites: readonly PerturbationSite[]
  /**
   * Sources named in a `perturb` list that `fn` never exercised: the check fails, because a
   * perturbation that never happened proves nothing.
   * @since 0.2.0
   */
  readonly unexercised: readonly PerturbSource[]
  /**
   * The details of the perturbation, when `perturb` or `shuffle` was on.
   * @since 0.2.0
   */
  readonly perturbation: PerturbationReport | undefined
}
