import { SPARSE_LENGTH } from '../kinds/arrayIndices'
import { entriesOf, membersOf } from '../kinds/intrinsics'
import { Kind, kindOf } from '../kinds/kindOf'
import { compareLeafObjects, isObjectLike, sameKeySet } from './equalLeaves'

/** The depth past which the fast mode gives up (cycles become possible). @internal */
export const FAST_DEPTH = 100

// Thrown (never escaping `deepEqual`) when the fast mode cannot be sure.
const RESTART: unique symbol = Symbol('restart')

const setHas = Set.prototype.has
const mapHas = Map.prototype.has
const mapGet = Map.prototype.get

/**
 * The fast mode of `deepEqual`, for everyday data: a tight recursive loop over plain objects,
 * arrays, class instances, leaves (Dates, RegExps, binary data, boxed values) and Sets and Maps of
 * primitive members and keys, tracking no path, ancestors or depth. It throws (RESTART) past
 * `FAST_DEPTH` levels, where cycles become possible, and for anything it does not handle (object
 * members, Errors, platform values); a getter's error or a revoked Proxy throws too. The caller
 * then compares again with the tracked engine, which handles or reports every case. Recursion
 * never goes past `FAST_DEPTH` levels, so the call stack is never at risk.
 *
 * Identical objects are only equal at the root: below it, one may close a cycle where the other
 * does not, so they are compared like any other pair.
 * @internal
 */
export function fastEqual(a: unknown, b: unknown): boolean {
  if (a === b && (typeof a !== 'object' || a === null))
    return a !== 0 || 1 / (a as number) === 1 / (b as number)
  if (a === b) return true
  return equal(a, b, 0)
}

function equal(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) {
    if (typeof a !== 'object' || a === null)
      return a !== 0 || 1 / (a as number) === 1 / (b as number)
  } else if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a !== a && b !== b
  }
  const proto: unknown = Object.getPrototypeOf(a)
  if (proto !== Object.getPrototypeOf(b)) return false
  if (depth > FAST_DEPTH) throw RESTART
  if (proto === Object.prototype) return equalProperties(a as object, b as object, depth)
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false
    const length = a.length
    if (length !== b.length) return false
    if (length > SPARSE_LENGTH) throw RESTART
    for (let i = 0; i < length; i++) if (!equal(a[i], b[i], depth + 1)) return false
    return true
  }
  return equalOther(a as object, b as object, depth)
}

function equalProperties(a: object, b: object, depth: number): boolean {
  const keys = Object.keys(a)
  if (!sameKeySet(keys, Object.keys(b), b)) return false
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string
    if (!equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1))
      return false
  }
  // Symbol keys are rare: the tracked engine compares them.
  if (Object.getOwnPropertySymbols(a).length > 0 || Object.getOwnPropertySymbols(b).length > 0)
    throw RESTART
  return true
}

function equalOther(a: object, b: object, depth: number): boolean {
  const kind = kindOf(a)
  if (kind !== kindOf(b)) return false
  switch (kind) {
    case Kind.Instance:
      return equalProperties(a, b, depth)
    case Kind.Set: {
      const members = membersOf(a)
      if (members.length !== membersOf(b).length) return false
      for (const member of members) {
        if (isObjectLike(member)) throw RESTART
        if (!setHas.call(b, member)) return false
      }
      return true
    }
    case Kind.Map: {
      const entries = entriesOf(a)
      if (entries.length !== entriesOf(b).length) return false
      for (const [key, value] of entries) {
        if (isObjectLike(key)) throw RESTART
        if (!mapHas.call(b, key) || !equal(value, mapGet.call(b, key), depth + 1)) return false
      }
      return true
    }
    default: {
      const reason = compareLeafObjects(a, b, kind)
      if (reason === undefined) throw RESTART
      return reason === ''
    }
  }
}
