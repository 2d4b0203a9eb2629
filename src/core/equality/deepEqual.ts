import { readOptions } from '../../options/readOptions'
import { MAX_DEPTH } from '../../options/rules'
import type { EqualityOptions } from '../../types'
import { DEFAULT_MAX_DEPTH } from '../traversal/traversalError'
import { compareStructurally } from './compareStructurally'
import { FAST_DEPTH, fastEqual } from './fastEqual'

/**
 * Strict structural equality, the core of every comparison in the library.
 *
 * - Primitives by `Object.is`: `NaN` equals `NaN`, `0` and `-0` differ.
 * - Objects must have the same prototype and the same own enumerable string and symbol keys;
 *   `{ a: undefined }` differs from `{}`. Key insertion order never matters.
 * - Maps and Sets compare by content in any order and need a true one-to-one pairing: the Set
 *   `{ {x:1}, {x:1} }` does not equal `{ {x:1}, {y:2} }`. They are read through the engine's own
 *   iteration, so a subclass that overrides its iterator cannot hide or add entries.
 * - Dates, RegExps (source and flags), typed arrays, ArrayBuffers, DataViews, boxed primitives
 *   (BigInt and Symbol boxes too) and Errors (name, message, cause, own properties) compare by
 *   value, read through the engine's own methods; platform objects (URL, URLSearchParams, Headers,
 *   FormData, KeyObject, ...) by the value they hold; functions, Promises, iterators, streams,
 *   Blobs and other objects whose state cannot be read by identity.
 * - Cycles: a reference back to an ancestor equals only a reference back to the ancestor at the
 *   same place on the other side. A cycle closes at a path, so `a.self = a` differs from an
 *   unrolled copy `{ self: { self: a } }` (their texts differ too); `util.isDeepStrictEqual`
 *   calls those equal.
 * - Arrays compare by length and elements; holes read as `undefined`, and non-index properties of
 *   arrays are not compared.
 *
 * Differences from fast-deep-equal: that library treats `0` and `-0` as equal, compares
 * constructors instead of prototypes, ignores symbol keys, finds Set members and Map keys by
 * identity (two Sets of equal objects differ there), and loops forever on cycles. Differences from
 * `util.isDeepStrictEqual`: holes equal `undefined` here; Errors compare by name, message, cause
 * and enumerable properties; cycles compare by where they close.
 *
 * Nesting is limited by `maxDepth` only (default `DEFAULT_MAX_DEPTH`, 1,000): no recursion, so
 * 100,000 levels work when `maxDepth` allows them. Deeper data throws `TOO_DEEP`; a getter that
 * throws, `UNREADABLE`. Both name the path.
 *
 * @example deepEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])) // true
 * @example deepEqual({ a: undefined }, {}) // false
 * @since 0.1.0
 */
export function deepEqual(a: unknown, b: unknown, options?: EqualityOptions): boolean {
  const maxDepth = readEqualityOptions(options, 'deepEqual()')
  return quickEqual(a, b, maxDepth) ?? compareStructurally(a, b, false, maxDepth).equal
}

/**
 * The answer of the fast mode (`fastEqual`), or `undefined` when only the tracked comparison can
 * tell: data deeper than the fast mode goes, kinds it leaves out, or a getter that throws (the
 * tracked run then reports it with its path). @internal
 */
export function quickEqual(a: unknown, b: unknown, maxDepth: number): boolean | undefined {
  // The fast mode leaves at FAST_DEPTH; a lower limit must be enforced from the start.
  if (maxDepth <= FAST_DEPTH) return undefined
  try {
    return fastEqual(a, b)
  } catch {
    // RESTART, or the user's getter throwing.
    return undefined
  }
}

/** Reads the options of `deepEqual` and `findDifference`: the depth limit. @internal */
export function readEqualityOptions(options: EqualityOptions | undefined, caller: string): number {
  return readOptions(options, { maxDepth: MAX_DEPTH }, caller).maxDepth ?? DEFAULT_MAX_DEPTH
}
