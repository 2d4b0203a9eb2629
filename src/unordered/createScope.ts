import { compilePaths } from '../core/paths/compilePaths'
import { type PathStep } from '../core/paths/pathStep'

/**
 * Which arrays of a value are multisets, walked one step at a time alongside a traversal.
 * The state is opaque: only the scope that made it can read it.
 * @internal
 */
export interface UnorderedScope {
  /** The state at the root `$`. */
  readonly root: unknown
  /** The state after taking `step` from `state`. */
  step(state: unknown, step: PathStep): unknown
  /** Whether an array at this state is compared as a multiset. */
  unordered(state: unknown): boolean
  /** Whether no array at or below this state is a multiset, so a traversal can stop looking. */
  inert(state: unknown): boolean
}

// Every array at every depth: one state, forever.
const DEEP: UnorderedScope = {
  root: true,
  step: () => true,
  unordered: () => true,
  inert: () => false,
}

// Only the top-level array: the root is unordered, everything below is ordered.
const TOP_ONLY: UnorderedScope = {
  root: true,
  step: () => false,
  unordered: (state) => state === true,
  inert: (state) => state === false,
}

/**
 * The scope for the `deep` and `paths` options of `toEqualUnordered`: `paths` (already checked by
 * the caller) selects arrays by the library's path grammar, where the elements of a multiset are
 * addressed as `[*]`; otherwise `deep` (default true) makes every array a multiset, and
 * `deep: false` only the top-level one.
 *
 * @example createScope({ paths: ['$.orders[*].items'] }).unordered(createScope({}).root)
 * @internal
 */
export function createScope(options: {
  deep?: boolean
  paths?: readonly string[]
}): UnorderedScope {
  if (options.paths === undefined) return options.deep === false ? TOP_ONLY : DEEP
  const selector = compilePaths(options.paths, 'paths')
  return {
    root: selector.root,
    step: (state, step) => selector.step(state as readonly number[] | undefined, step),
    unordered: (state) => selector.matches(state as readonly number[] | undefined),
    inert: (state) => state === undefined,
  }
}
