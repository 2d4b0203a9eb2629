import { MEMBER } from '../core/paths/pathStep'
import type { UnorderedScope } from './createScope'
import { hashElement } from './keyHash'

// Pairs of small arrays are compared directly; larger ones are bucketed by hash first.
const SMALL = 8

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
    const h = hashElement(y[j], scope, member, strict)
    const bucket = buckets.get(h)
    if (bucket === undefined) buckets.set(h, [j])
    else bucket.push(j)
  }
  outer: for (let i = 0; i < x.length; i++) {
    if (skip(i)) continue
    const bucket = buckets.get(hashElement(x[i], scope, member, strict))
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
