import type { KindCode } from '../kinds/kindOf'
import type { PathSelector, SelectorState } from '../paths/compilePaths'
import type { PathStep } from '../paths/pathStep'

/**
 * What one canonicalization carries: the options, where it stands (`steps`, read by errors and
 * cycles), and the objects on the current path with the depth where each was entered.
 * @internal
 */
export interface CanonicalWalk {
  readonly sortAllArrays: boolean
  readonly unordered: PathSelector | undefined
  readonly ignore: PathSelector | undefined
  readonly maxDepth: number
  readonly ignored: unknown
  readonly steps: PathStep[]
  readonly ancestors: Map<object, number>
}

/**
 * A container being canonicalized: its children are visited one at a time, each result stored in
 * `results`, and the container is built from them once the last child is done.
 * @internal
 */
export interface Frame {
  readonly source: object
  readonly kind: KindCode
  readonly u: SelectorState
  readonly i: SelectorState
  /** Whether the step into this container was pushed (every container but the root). */
  readonly stepped: boolean
  /** Arrays: whether they are multisets. */
  readonly sorted: boolean
  /** Object keys; Set members; Map entries; sparse array indices. */
  readonly keys: readonly unknown[] | undefined
  readonly count: number
  /** Errors: whether the first child is the `cause`. */
  readonly cause: boolean
  readonly results: unknown[]
  /**
   * Objects and class instances whose key order is known before their values are: the copy, into
   * which each child goes as soon as it is done (no `results`, no second pass).
   */
  readonly direct: object | undefined
  index: number
}
