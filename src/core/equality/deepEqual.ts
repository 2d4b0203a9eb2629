import { readOptions } from '../../options/readOptions'
import { MAX_DEPTH } from '../../options/rules'
import type { EqualityOptions } from '../../types'
import { DEFAULT_MAX_DEPTH } from '../traversal/traversalError'
import { compareStructurally, equalFast } from './compareStructurally'
import { FAST_DEPTH } from './fastEqual'

/**
 * Strict structural equality, the core of every comparison in the library.
 *
 * - Primitives by `Object.is`: `NaN` equals `NaN`, `0` and `-0` differ.
 * - Objects must have the same prototype and the same own enumerable string and symbol keys;
 *   `{ a: undefined }` differs from `{}`. Key insertion order never matters.
 * - Maps and Sets compare by content in any order and need a true one-to-one pairing: the Set
 *   `{ {x:1}, {x:1} }` does not equal `{ {x:1}, {y:2} }`.
 * - Dates, RegExps (source and flags), typed arrays, ArrayBuffers, DataViews, boxed primitives and
 *   Errors (name, message, cause, own properties) compare by value; functions by identity.
 * - Equal cyclic structures are equal: a back-reference matches a back-reference to the ancestor
 *   at the same depth.
 * - Arrays compare by length and elements; holes read as `undefined`, and non-index properties of
 *   arrays are not compared.
 *
 * Differences from fast-deep-equal: that library treats `0` and `-0` as equal, compares
 * constructors instead of prototypes, ignores symbol keys, finds Set members and Map keys by
 * identity (two Sets of equal objects differ there), and loops forever on cycles. Differences from
 * `util.isDeepStrictEqual`: holes equal `undefined` here; Errors compare by name, message, cause
 * and enumerable properties.
 *
 * Data deeper than `maxDepth` (default `DEFAULT_MAX_DEPTH`, 1,000) throws `TOO_DEEP`; a getter that
 * throws, `UNREADABLE`. Both name the path.
 *
 * @example deepEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])) // true
 * @example deepEqual({ a: undefined }, {}) // false
 * @since 0.1.0
 */
export function deepEqual(a: unknown, b: unknown, options?: EqualityOptions): boolean {
  const maxDepth = readEqualityOptions(options, 'deepEqual()')
  try {
    // The fast mode leaves at FAST_DEPTH; a lower limit must be enforced from the start.
    if (maxDepth > FAST_DEPTH) return equalFast(a, b)
  } catch {
    // RESTART, a stack overflow or the user's getter throwing: the tracked run below either
    // handles it or throws the library's error with the path.
  }
  // Deep data, cycles or an exception: compare again with full bookkeeping, which either
  // handles the case or throws an error that names the path.
  return compareStructurally(a, b, false, maxDepth).equal
}

/** Reads the options of `deepEqual` and `findDifference`: the depth limit. @internal */
export function readEqualityOptions(options: EqualityOptions | undefined, caller: string): number {
  return readOptions(options, { maxDepth: MAX_DEPTH }, caller).maxDepth ?? DEFAULT_MAX_DEPTH
}
