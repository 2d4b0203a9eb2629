import {
  combine32,
  hashNumber32,
  hashPrimitive32,
  hashText32,
  mix32,
} from '../core/equality/hash32'
import { MEMBER } from '../core/paths/pathStep'
import { hasExtraKeys } from './extraKeys'
import { isAsymmetric } from './isAsymmetric'
import type { UnorderedScope } from './createScope'
import { measureHeights, type KeyMemo } from './KeyMemo'

// Deeper values are rare and may be cyclic: they take the pairwise path instead.
const MAX_DEPTH = 64
const UNKEYABLE: unique symbol = Symbol('unkeyable')
// A hole in a sparse array: toStrictEqual tells it from `undefined`, toEqual does not.
const HOLE = 0x3d4d51c3

/**
 * A 32-bit hash that equal elements share: equal under `toEqual` (with `strict`, `toStrictEqual`)
 * with the arrays that `scope` selects compared as multisets. `undefined` when the value is not
 * plain data and only the runner's `equals` can tell (see `keyEqual` for what counts as plain).
 * Different values may share a hash; `keyEqual` decides.
 *
 * Multiset arrays combine their elements' hashes commutatively, so the hash ignores their order;
 * objects combine (key, value) hashes commutatively, so it ignores key order without sorting.
 *
 * @example keyHash({ b: [2, 1] }, scope, scope.root, false) === keyHash({ b: [1, 2] }, scope, scope.root, false) // true
 * @internal
 */
export function keyHash(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  memo?: KeyMemo,
): number | undefined {
  try {
    return hashOf(value, scope, state, strict, 0, memo)
  } catch (error) {
    // UNKEYABLE, or a getter that threw: `equals` will meet the same value and report it. So
    // will every value on the way down to it, wherever it is hashed again (a value too deep has
    // its height measured instead).
    if (memo !== undefined) {
      if (error !== TOO_DEEP) for (const node of memo.path) memo.unkeyable.add(node)
      memo.path.length = 0
    }
    return undefined
  }
}

// Thrown when the value is deeper than MAX_DEPTH.
const TOO_DEEP: unique symbol = Symbol('too deep')

function hashOf(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  depth: number,
  memo?: KeyMemo,
): number {
  const primitive = hashPrimitive32(value)
  if (primitive !== undefined) return primitive
  // Functions and symbols compare by identity.
  if (typeof value !== 'object' || value === null) throw UNKEYABLE
  return hashKnownObject(value, scope, state, strict, depth, memo)
}

function hashKnownObject(
  value: object,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  depth: number,
  memo: KeyMemo | undefined,
): number {
  if (memo === undefined) {
    if (depth >= MAX_DEPTH) throw TOO_DEEP
    return hashObject(value, scope, state, strict, depth + 1, memo)
  }
  if (memo.unkeyable.has(value)) throw UNKEYABLE
  if (depth + (memo.heights.get(value) ?? 0) >= MAX_DEPTH) {
    // Too deep to key: measured once for the whole value, so no level below is walked again.
    const root = memo.path[0]
    if (root !== undefined) measureHeights(root, memo.heights)
    throw TOO_DEEP
  }
  memo.path.push(value)
  const hash = hashObject(value, scope, state, strict, depth + 1, memo)
  memo.path.pop()
  return hash
}

function hashObject(
  value: object,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  depth: number,
  memo: KeyMemo | undefined,
): number {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === Object.prototype) {
    // A matcher whose asymmetricMatch is not enumerable would hash as plain data, while the
    // runner's equals treats it as the matcher it is.
    if (Object.getOwnPropertySymbols(value).length > 0 || isAsymmetric(value)) throw UNKEYABLE
    const record = value as Record<string, unknown>
    let sum = 0
    let count = 0
    // for-in allocates no key array; inherited enumerable keys (a polluted Object.prototype) only
    // blur the hash, and keyEqual, which decides, reads own keys.
    for (const key in record) {
      const child = record[key]
      // toEqual treats { a: undefined } and {} as equal, so such keys must not count at all.
      if (child === undefined && !strict) continue
      sum =
        (sum +
          combine32(
            hashText32(key, 0x3c6ef372),
            hashOf(child, scope, scope.step(state, key), strict, depth, memo),
          )) |
        0
      count++
    }
    return combine32(combine32(0x0b4611a5, count), sum)
  }
  if (proto === Array.prototype) {
    const array = value as readonly unknown[]
    // toEqual compares an array's other own keys too: leave such arrays to `equals`.
    if (hasExtraKeys(array)) throw UNKEYABLE
    const length = array.length
    if (scope.unordered(state)) {
      const member = scope.step(state, MEMBER)
      let sum = 0
      let xor = 0
      for (let i = 0; i < length; i++) {
        const h = mix32(
          (strict && !(i in array) ? HOLE : hashOf(array[i], scope, member, strict, depth, memo)) ^
            0x7feb352d,
        )
        sum = (sum + h) | 0
        xor ^= h
      }
      return combine32(combine32(0x1f123bb5, length), combine32(sum, xor))
    }
    let h = combine32(0x2c1b3c6d, length)
    for (let i = 0; i < length; i++) {
      h = combine32(
        h,
        strict && !(i in array)
          ? HOLE
          : hashOf(array[i], scope, scope.step(state, i), strict, depth, memo),
      )
    }
    return h
  }
  if (proto === Date.prototype) {
    // A Date with own properties (an own getTime or valueOf) is read by the runner through
    // valueOf: left to its equals.
    if (Reflect.ownKeys(value).length > 0) throw UNKEYABLE
    const time = (value as Date).getTime()
    if (time !== time) throw UNKEYABLE // toEqual and toStrictEqual disagree about invalid dates
    return combine32(0x4f1bbcdc, hashNumber32(time))
  }
  throw UNKEYABLE
}

/**
 * The hash of one element of a plain multiset, as `keyHash` computes it (for `keyEqual`, which
 * only meets values that have one).
 * @internal
 */
export function hashElement(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
): number {
  return hashOf(value, scope, state, strict, 0)
}
