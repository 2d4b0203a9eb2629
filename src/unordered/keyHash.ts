import { MEMBER } from '../core/paths/pathStep'
import { hasExtraKeys } from './extraKeys'
import type { UnorderedScope } from './createScope'

// Deeper values are rare and may be cyclic: they take the pairwise path instead.
const MAX_DEPTH = 64
const UNKEYABLE: unique symbol = Symbol('unkeyable')
// A hole in a sparse array: toStrictEqual tells it from `undefined`, toEqual does not.
const HOLE = 0x3d4d51c3
// Pairs of small arrays are compared directly; larger ones are bucketed by hash first.
const SMALL = 8

// Scratch space to read a float's bits without allocating.
const FLOAT = new Float64Array(1)
const WORDS = new Uint32Array(FLOAT.buffer)

/** A 32-bit avalanche (murmur3's finalizer): every input bit affects every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

function combine(seed: number, value: number): number {
  return mix((Math.imul(seed, 31) + value) | 0)
}

function hashString(text: string, seed: number): number {
  let h = seed ^ text.length
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return mix(h)
}

function hashNumber(value: number): number {
  if (value !== value) return 0x7ff8 // every NaN is one value to toEqual
  if ((value | 0) === value && !Object.is(value, -0)) return mix(value ^ 0x2545f491)
  FLOAT[0] = value
  return combine(WORDS[0] as number, WORDS[1] as number)
}

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
): number | undefined {
  try {
    return hashOf(value, scope, state, strict, 0)
  } catch {
    // UNKEYABLE, or a getter that threw: `equals` will meet the same value and report it.
    return undefined
  }
}

function hashOf(
  value: unknown,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  depth: number,
): number {
  switch (typeof value) {
    case 'string':
      return hashString(value, 0x9e3779b9)
    case 'number':
      return hashNumber(value)
    case 'boolean':
      return value ? 0x1b873593 : 0x0e6546b6
    case 'undefined':
      return 0x5bd1e995
    case 'bigint':
      return hashString(value.toString(), 0x27d4eb2f)
    case 'object':
      if (value === null) return 0x68e31da4
      if (depth >= MAX_DEPTH) throw UNKEYABLE
      return hashObject(value, scope, state, strict, depth + 1)
    default:
      throw UNKEYABLE // functions and symbols compare by identity
  }
}

function hashObject(
  value: object,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
  depth: number,
): number {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === Object.prototype) {
    if (Object.getOwnPropertySymbols(value).length > 0) throw UNKEYABLE
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
          combine(
            hashString(key, 0x3c6ef372),
            hashOf(child, scope, scope.step(state, key), strict, depth),
          )) |
        0
      count++
    }
    return combine(combine(0x0b4611a5, count), sum)
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
        const h = mix(
          (strict && !(i in array) ? HOLE : hashOf(array[i], scope, member, strict, depth)) ^
            0x7feb352d,
        )
        sum = (sum + h) | 0
        xor ^= h
      }
      return combine(combine(0x1f123bb5, length), combine(sum, xor))
    }
    let h = combine(0x2c1b3c6d, length)
    for (let i = 0; i < length; i++) {
      h = combine(
        h,
        strict && !(i in array)
          ? HOLE
          : hashOf(array[i], scope, scope.step(state, i), strict, depth),
      )
    }
    return h
  }
  if (proto === Date.prototype) {
    const time = (value as Date).getTime()
    if (time !== time) throw UNKEYABLE // toEqual and toStrictEqual disagree about invalid dates
    return combine(0x4f1bbcdc, hashNumber(time))
  }
  throw UNKEYABLE
}

/**
 * Whether two values that both have a `keyHash` are equal under its rules: plain data only
 * (primitives but symbols, plain objects without symbol keys, plain arrays without non-index
 * keys, valid Dates). Under `strict`, equal values are indistinguishable to any comparison except
 * the order of multiset arrays; otherwise also undefined properties and holes may differ, as
 * `toEqual` ignores them.
 *
 * @example keyEqual([{ t: [1, 2] }], [{ t: [2, 1] }], scope, scope.root) // true when scope is deep
 * @internal
 */
export function keyEqual(
  a: unknown,
  b: unknown,
  scope: UnorderedScope,
  state: unknown,
  strict: boolean,
): boolean {
  if (typeof a !== 'object' || a === null) return Object.is(a, b)
  if (typeof b !== 'object' || b === null) return false
  const proto: unknown = Object.getPrototypeOf(a)
  if (proto !== Object.getPrototypeOf(b)) return false
  if (proto === Date.prototype) return (a as Date).getTime() === (b as Date).getTime()
  if (proto === Array.prototype) {
    const x = a as readonly unknown[]
    const y = b as readonly unknown[]
    if (x.length !== y.length) return false
    if (scope.unordered(state)) return sameMultiset(x, y, scope, scope.step(state, MEMBER), strict)
    for (let i = 0; i < x.length; i++) {
      if (strict && i in x !== i in y) return false
      if (!keyEqual(x[i], y[i], scope, scope.step(state, i), strict)) return false
    }
    return true
  }
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  // toEqual ignores undefined properties: { a: 1, b: undefined } equals { a: 1 }.
  const keys = strict ? Object.keys(a) : Object.keys(a).filter((key) => recordA[key] !== undefined)
  if (keys.length !== definedKeyCount(recordB, strict)) return false
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false
    if (!keyEqual(recordA[key], recordB[key], scope, scope.step(state, key), strict)) return false
  }
  return true
}

function definedKeyCount(record: Record<string, unknown>, strict: boolean): number {
  const keys = Object.keys(record)
  if (strict) return keys.length
  let count = 0
  for (const key of keys) if (record[key] !== undefined) count++
  return count
}

/**
 * Multiset equality of plain data. `keyEqual` is an equivalence, so pairing each element with the
 * first unused equal one is exact: no matching algorithm is needed here.
 */
function sameMultiset(
  x: readonly unknown[],
  y: readonly unknown[],
  scope: UnorderedScope,
  member: unknown,
  strict: boolean,
): boolean {
  // Under `strict` a hole only pairs with a hole: mark y's holes used and skip x's, then the
  // counts must agree (the lengths already do).
  const used = new Uint8Array(y.length)
  if (strict) {
    let holes = 0
    for (let j = 0; j < y.length; j++)
      if (!(j in y)) {
        used[j] = 1
        holes++
      }
    for (let i = 0; i < x.length; i++) if (!(i in x)) holes--
    if (holes !== 0) return false
  }
  const skip = (i: number): boolean => strict && !(i in x)
  if (x.length <= SMALL) {
    outer: for (let i = 0; i < x.length; i++) {
      if (skip(i)) continue
      for (let j = 0; j < y.length; j++) {
        if (used[j] === 0 && keyEqual(x[i], y[j], scope, member, strict)) {
          used[j] = 1
          continue outer
        }
      }
      return false
    }
    return true
  }
  const buckets = new Map<number, number[]>()
  for (let j = 0; j < y.length; j++) {
    if (used[j] === 1) continue
    const h = hashOf(y[j], scope, member, strict, 0)
    const bucket = buckets.get(h)
    if (bucket === undefined) buckets.set(h, [j])
    else bucket.push(j)
  }
  outer: for (let i = 0; i < x.length; i++) {
    if (skip(i)) continue
    const bucket = buckets.get(hashOf(x[i], scope, member, strict, 0))
    if (bucket !== undefined) {
      for (let k = 0; k < bucket.length; k++) {
        const j = bucket[k] as number
        if (used[j] === 0 && keyEqual(x[i], y[j], scope, member, strict)) {
          used[j] = 1
          continue outer
        }
      }
    }
    return false
  }
  return true
}
