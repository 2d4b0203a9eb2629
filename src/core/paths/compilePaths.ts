import { ExpectDeterministicError } from '../../errors'
import { parsePath, type PathSegment } from './parsePath'
import type { PathStep } from './pathStep'

/**
 * Where a traversal stands against a set of patterns: the live (pattern, position) pairs, or
 * `undefined` once no pattern can match anything below (so traversals can stop asking).
 * @since 0.1.0
 */
export type SelectorState = readonly number[] | undefined

/**
 * A compiled set of path patterns, walked one step at a time alongside a traversal.
 * @since 0.1.0
 */
export interface PathSelector {
  /** The patterns as given, for messages. */
  readonly sources: readonly string[]
  /** The state at the root `$`. */
  readonly root: SelectorState
  /** The state after taking `step` from `state`. */
  step(state: SelectorState, step: PathStep): SelectorState
  /** Whether some pattern ends exactly at this state. */
  matches(state: SelectorState): boolean
}

// A (pattern, position) pair packed in one number, so a state is a small sorted number array.
const POSITIONS = 1024

function stepMatches(segment: PathSegment | undefined, step: PathStep): boolean {
  if (segment === undefined) return false
  switch (segment.kind) {
    case 'any':
      return true
    case 'key':
      // `[0]` and `['0']` are the same step: arrays index with numbers, objects with strings.
      return (typeof step === 'string' || typeof step === 'number') && String(step) === segment.key
    case 'symbol':
      return typeof step === 'symbol' && (step.description ?? '') === segment.description
    case 'descend':
      return false
  }
}

/**
 * Compiles path patterns into a selector.
 *
 * @throws ExpectDeterministicError (`BAD_PATH`) for a pattern that does not parse, or
 *   (`BAD_OPTIONS`) when `patterns` is not an array of strings.
 * @example
 * const s = compilePaths(['$.orders[*].items'])
 * s.matches(s.step(s.step(s.step(s.root, 'orders'), 3), 'items')) // true
 * @since 0.1.0
 */
export function compilePaths(patterns: readonly string[], optionName = 'paths'): PathSelector {
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The \`${optionName}\` option must be an array of path strings such as ['$.items[*].tags'].`,
    )
  }
  const parsed = patterns.map((p) => parsePath(p))
  for (const segments of parsed) {
    if (segments.length >= POSITIONS) {
      throw new ExpectDeterministicError(
        'BAD_PATH',
        `A path may have at most ${POSITIONS - 1} steps.`,
      )
    }
  }

  // Closure over `descend`: a position sitting on `..` may also skip it (match zero steps).
  const close = (out: Set<number>, pattern: number, position: number): void => {
    out.add(pattern * POSITIONS + position)
    if (parsed[pattern]?.[position]?.kind === 'descend') close(out, pattern, position + 1)
  }
  const finish = (set: Set<number>): SelectorState =>
    set.size === 0 ? undefined : [...set].sort((a, b) => a - b)

  const rootSet = new Set<number>()
  parsed.forEach((_, p) => close(rootSet, p, 0))

  return {
    sources: [...patterns],
    root: finish(rootSet),
    step(state, step) {
      if (state === undefined) return undefined
      const next = new Set<number>()
      for (const packed of state) {
        const pattern = Math.floor(packed / POSITIONS)
        const position = packed % POSITIONS
        const segments = parsed[pattern] as PathSegment[]
        const segment = segments[position]
        if (segment?.kind === 'descend') {
          // Stay on `..` (consume this step as part of the gap) ...
          next.add(packed)
          // ... or let the segment after `..` consume it.
          if (stepMatches(segments[position + 1], step)) close(next, pattern, position + 2)
        } else if (stepMatches(segment, step)) {
          close(next, pattern, position + 1)
        }
      }
      return finish(next)
    },
    matches(state) {
      if (state === undefined) return false
      for (const packed of state) {
        const pattern = Math.floor(packed / POSITIONS)
        if (packed % POSITIONS === (parsed[pattern] as PathSegment[]).length) return true
      }
      return false
    },
  }
}
