import type { Difference } from '../types'
import type { MutationFinding } from './findMutation'
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
}

/**
 * What `checkIdempotent` found.
 * @since 0.1.0
 */
export interface IdempotenceResult {
  /** Every call returned an output equal to call 1's, and (unless allowed) no call changed its arguments. */
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
  readonly mutations: readonly MutationFinding[]
  /** The first call that threw, when `errors` is `'fail'`; later calls were not made (unless concurrent). */
  readonly thrown: { readonly call: number; readonly error: unknown } | undefined
  /** The shuffle seed, when `shuffle` was on. */
  readonly seed: number | undefined
  /** Whether the function returned promises (and the calls were awaited). */
  readonly async: boolean
  /** Whether the calls were started together (`concurrent` with an async function). */
  readonly concurrent: boolean
}
