import { isIndexKey } from '../../core/kinds/canonicalKeys'
import { IDENTIFIER } from '../../core/paths/parsePath'
import { cloneDeep, type ReorderKind } from '../cloneDeep'
import { compilePaths, type PathSelector, type SelectorState } from '../../core/paths/compilePaths'
import { formatPath } from '../../core/paths/formatPath'
import { permutation, type Random } from '../createRandom'

/**
 * One collection whose order `shuffleCopy` changed, for failure messages.
 * @since 0.1.0
 */
export interface Reordering {
  /** Where the collection is, in the library's path syntax, from the root of the shuffled value. */
  readonly path: string
  /** Object keys, Map entries, Set members or array elements. */
  readonly kind: ReorderKind
  /** The items in the order they were given (object keys and Map keys by name, others by value or `#index`). */
  readonly given: readonly string[]
  /** The same items in the order the copy holds them. */
  readonly shuffled: readonly string[]
}

/**
 * Options of `shuffleCopy`.
 * @internal
 */
export interface ShuffleOptions {
  /**
   * Which arrays may be reordered too: `true` for all of them, or paths (from the root of the value)
   * such as `['$[0].rows']`. Default: none, because order is part of most arrays' meaning.
   */
  readonly unordered?: boolean | readonly string[]
  /**
   * How many reorderings to describe in full (default 20); `ShuffleResult.reordered` still counts all.
   */
  readonly maxRecorded?: number
}

/**
 * What `shuffleCopy` returns: the copy, and what was reordered in it.
 * @internal
 */
export interface ShuffleResult<T> {
  readonly value: T
  /** The first `maxRecorded` collections whose order changed, in traversal order. */
  readonly reorderings: readonly Reordering[]
  /** How many collections changed order in all. */
  readonly reordered: number
}

/** `'reverse'` reverses every collection; a `Random` draws a fresh permutation for each. @internal */
export type ShuffleStrategy = Random | 'reverse'

// Labels are for people: a few items say enough, and a 10,000-key object must not print in full.
const MAX_LABELS = 8

/**
 * A deep copy of `value` (see `cloneDeep`) in which object keys, Map entries and Set members, and
 * arrays at `unordered` paths, are re-inserted in another order. Code whose result depends on
 * insertion order (`Object.keys`, `for…of` over a Map or Set, "first wins" reductions) then gives
 * another result on the copy.
 *
 * Deterministic: the same `value`, strategy and seed give the same copy. Integer-like keys
 * (`'0'`, `'42'`) are left alone, because JavaScript always enumerates them first in ascending
 * order, whatever the insertion order.
 *
 * @example
 * const { value, reorderings } = shuffleCopy({ a: 1, b: 2, c: 3 }, createRandom(7))
 * Object.keys(value)   // e.g. ['c', 'a', 'b']
 * reorderings[0]       // { path: '$', kind: 'keys', given: ['a', 'b', 'c'], shuffled: ['c', 'a', 'b'] }
 * @internal
 */
export function shuffleCopy<T>(
  value: T,
  strategy: ShuffleStrategy,
  options?: ShuffleOptions,
): ShuffleResult<T> {
  const unordered = options?.unordered ?? false
  const selector: PathSelector | undefined =
    Array.isArray(unordered) && unordered.length > 0
      ? compilePaths(unordered, 'shuffle.unordered')
      : undefined
  const maxRecorded = options?.maxRecorded ?? 20
  const reorderings: Reordering[] = []
  let reordered = 0

  const shuffleArrayAt = (state: unknown): boolean =>
    unordered === true || (selector?.matches(state as SelectorState) ?? false)

  const copy = cloneDeep(value, {
    // The selector's state is carried down the copy, so no path is walked from the root.
    track:
      selector === undefined
        ? undefined
        : {
            root: selector.root,
            step: (state, step) => selector.step(state as SelectorState, step),
          },
    reorder(kind, steps, keys, state) {
      if (kind === 'elements' && !shuffleArrayAt(state)) return undefined
      const movable = kind === 'keys' ? keys.filter((key) => !isIndexKey(key)).length : keys.length
      if (movable < 2) return undefined
      const fixed = keys.length - movable
      // Index-like keys come first in `keys` (engines list them first) and stay where they are.
      const tail = strategy === 'reverse' ? reversed(movable) : permutation(strategy, movable)
      if (tail.every((from, i) => from === i)) return undefined
      const order = [...Array.from({ length: fixed }, (_, i) => i), ...tail.map((i) => i + fixed)]
      reordered++
      if (reorderings.length < maxRecorded) {
        reorderings.push({
          path: formatPath(steps),
          kind,
          given: labels(keys, kind, (i) => i),
          shuffled: labels(keys, kind, (i) => order[i] as number),
        })
      }
      return order
    },
  })
  return { value: copy, reorderings, reordered }
}

function reversed(size: number): number[] {
  return Array.from({ length: size }, (_, i) => size - 1 - i)
}

function labels(keys: readonly unknown[], kind: ReorderKind, at: (i: number) => number): string[] {
  const out: string[] = []
  const shown = Math.min(keys.length, MAX_LABELS)
  for (let i = 0; i < shown; i++) {
    const index = at(i)
    out.push(kind === 'elements' ? `#${index}` : label(keys[index], index, kind === 'keys'))
  }
  if (keys.length > shown) out.push(`… ${keys.length - shown} more`)
  return out
}

/**
 * A short printable name for a key or member; objects are named by their original position.
 * Object keys are always strings, so index-like ones print bare; in a Set or Map `'1'` is quoted
 * to tell it from `1`.
 */
function label(key: unknown, index: number, objectKey: boolean): string {
  switch (typeof key) {
    case 'string':
      return IDENTIFIER.test(key) || (objectKey && isIndexKey(key)) ? key : JSON.stringify(key)
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(key)
    case 'bigint':
      return `${key}n`
    case 'symbol':
      return `Symbol(${key.description ?? ''})`
    default:
      return key === null ? 'null' : `#${index}`
  }
}
