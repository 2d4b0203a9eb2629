import { canonicalKeys, enumerableSymbols } from '../kinds/canonicalKeys'
import { className, isOpaque, Kind, kindOf } from '../kinds/kindOf'
import { MEMBER, type PathStep } from '../paths/pathStep'
import { tooDeepError, traversalError } from '../traversal/traversalError'
import type { Difference } from '../../types'
import { equalMaps, equalSets, type CollectionOps } from './equalCollections'
import { equalBinary, prototypeReason, sameKeySet } from './equalLeaves'
import { createFastEqual } from './fastEqual'
import { differ, FAST, type Comparison } from './Comparison'

const isEnumerable = Object.prototype.propertyIsEnumerable

// The fast mode hands everything but plain objects and arrays back to the engine, untracked.
const fastEqual = createFastEqual(
  (a, b, depth) => equalOther(a, b, FAST, depth),
  (a, b, depth) => equalSymbolKeys(a, b, FAST, depth),
)

/**
 * The fast, untracked comparison of `deepEqual`: exact for shallow acyclic data, and throws
 * (RESTART, a stack overflow, a getter's error) whenever it cannot be sure; the caller then runs
 * `compareStructurally`, which handles or reports the case. Use it only when `maxDepth` is above
 * `FAST_DEPTH`.
 * @internal
 */
export function equalFast(a: unknown, b: unknown): boolean {
  return equal(a, b, FAST, 0)
}
/**
 * The tracked comparison behind `deepEqual` and `findDifference`: paths, cycles and the depth
 * limit, and with `explain` the first difference in canonical order.
 * @internal
 */
export function compareStructurally(
  a: unknown,
  b: unknown,
  explain: boolean,
  maxDepth: number,
): { equal: boolean; difference: Difference | undefined } {
  const comparison: Comparison = {
    tracked: true,
    maxDepth,
    explain,
    steps: [],
    ancestorsA: new Map(),
    ancestorsB: new Map(),
    difference: undefined,
  }
  try {
    const equalResult = equal(a, b, comparison, 0)
    return { equal: equalResult, difference: comparison.difference }
  } catch (error) {
    throw traversalError(error, comparison.steps, maxDepth)
  }
}

function equal(a: unknown, b: unknown, c: Comparison, depth: number): boolean {
  if (!c.tracked) return fastEqual(a, b, depth)
  if (a === b)
    return a !== 0 || 1 / (a as number) === 1 / (b as number) || differ(c, 'values differ', a, b)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== a && b !== b) return true // NaN
    return differ(
      c,
      typeof a === typeof b && a !== null && b !== null ? 'values differ' : 'types differ',
      a,
      b,
    )
  }
  const proto: unknown = Object.getPrototypeOf(a)
  if (proto !== Object.getPrototypeOf(b)) return differ(c, prototypeReason(a, b), a, b)
  const seenA = c.ancestorsA.get(a)
  const seenB = c.ancestorsB.get(b)
  if (seenA !== undefined || seenB !== undefined) {
    return seenA === seenB || differ(c, 'a cycle on one side only', a, b)
  }
  if (depth >= c.maxDepth) throw tooDeepError(c.steps, c.maxDepth)
  c.ancestorsA.set(a, depth)
  c.ancestorsB.set(b, depth)
  const result =
    proto === Object.prototype
      ? equalProperties(a, b, c, depth)
      : Array.isArray(a)
        ? Array.isArray(b)
          ? equalArrays(a, b, c, depth)
          : differ(c, 'types differ', a, b)
        : equalOther(a, b, c, depth)
  c.ancestorsA.delete(a)
  c.ancestorsB.delete(b)
  return result
}

/** Compares the values of one property; a throwing getter leaves the path ending at it. */
function childProperty(
  a: Record<string | symbol, unknown>,
  b: Record<string | symbol, unknown>,
  key: string | symbol,
  c: Comparison,
  depth: number,
): boolean {
  if (!c.tracked) return equal(a[key], b[key], c, depth + 1)
  c.steps.push(key)
  const result = equal(a[key], b[key], c, depth + 1)
  c.steps.pop()
  return result
}

function child(a: unknown, b: unknown, step: PathStep, c: Comparison, depth: number): boolean {
  if (!c.tracked) return equal(a, b, c, depth + 1)
  c.steps.push(step)
  const result = equal(a, b, c, depth + 1)
  c.steps.pop()
  return result
}

function equalArrays(a: unknown[], b: unknown[], c: Comparison, depth: number): boolean {
  const length = a.length
  if (length !== b.length && !c.explain) return false
  const shared = Math.min(length, b.length)
  for (let i = 0; i < shared; i++) {
    if (!child(a[i], b[i], i, c, depth)) return false
  }
  if (length === b.length) return true
  return length > b.length
    ? differ(c, 'missing on the right', a[shared], undefined, shared)
    : differ(c, 'missing on the left', undefined, b[shared], shared)
}

function equalProperties(a: object, b: object, c: Comparison, depth: number): boolean {
  if (c.explain) return explainProperties(a, b, c, depth)
  const recordA = a as Record<string | symbol, unknown>
  const recordB = b as Record<string | symbol, unknown>
  const keys = Object.keys(a)
  if (!sameKeySet(keys, Object.keys(b), b)) return false
  for (let i = 0; i < keys.length; i++) {
    if (!childProperty(recordA, recordB, keys[i] as string, c, depth)) return false
  }
  // Symbol keys are rare; both sides must be asked, since either may have one the other lacks.
  if (Object.getOwnPropertySymbols(a).length === 0 && Object.getOwnPropertySymbols(b).length === 0)
    return true
  return equalSymbolKeys(a, b, c, depth)
}

function equalSymbolKeys(a: object, b: object, c: Comparison, depth: number): boolean {
  const recordA = a as Record<string | symbol, unknown>
  const recordB = b as Record<string | symbol, unknown>
  const enumerableA = enumerableSymbols(a)
  if (enumerableA.length !== enumerableSymbols(b).length) return false
  for (const symbol of enumerableA) {
    if (!isEnumerable.call(b, symbol)) return false
    if (!childProperty(recordA, recordB, symbol, c, depth)) return false
  }
  return true
}

/** The explaining twin of `equalProperties`: walks the union of keys in canonical order. */
function explainProperties(a: object, b: object, c: Comparison, depth: number): boolean {
  const keysA = canonicalKeys(a)
  const keysB = canonicalKeys(b)
  const inB = new Set(keysB)
  const inA = new Set(keysA)
  const union = [...keysA, ...keysB.filter((key) => !inA.has(key))]
  union.sort((x, y) =>
    typeof x === typeof y
      ? String(x) < String(y)
        ? -1
        : String(x) > String(y)
          ? 1
          : 0
      : typeof x === 'string'
        ? -1
        : 1,
  )
  const recordA = a as Record<string | symbol, unknown>
  const recordB = b as Record<string | symbol, unknown>
  for (const key of union) {
    if (!inB.has(key)) return differ(c, 'missing on the right', recordA[key], undefined, key)
    if (!inA.has(key)) return differ(c, 'missing on the left', undefined, recordB[key], key)
    if (!childProperty(recordA, recordB, key, c, depth)) return false
  }
  return true
}

function equalOther(a: object, b: object, c: Comparison, depth: number): boolean {
  const kind = kindOf(a)
  if (kind !== kindOf(b)) return differ(c, prototypeReason(a, b), a, b)
  switch (kind) {
    case Kind.Array: // a subclass of Array
      return equalArrays(a as unknown[], b as unknown[], c, depth)
    case Kind.Date:
      return (
        Object.is((a as Date).getTime(), (b as Date).getTime()) || differ(c, 'dates differ', a, b)
      )
    case Kind.RegExp:
      return String(a) === String(b) || differ(c, 'regular expressions differ', a, b)
    case Kind.Boxed:
      return Object.is(a.valueOf(), b.valueOf()) || differ(c, 'boxed values differ', a, b)
    case Kind.Binary:
      return equalBinary(a, b) || differ(c, 'binary contents differ', a, b)
    case Kind.Set:
      return equalSets(a as Set<unknown>, b as Set<unknown>, collectionOps(c, depth))
    case Kind.Map:
      return equalMaps(
        a as Map<unknown, unknown>,
        b as Map<unknown, unknown>,
        collectionOps(c, depth),
      )
    case Kind.Error:
      return equalErrors(a as Error, b as Error, c, depth) && equalProperties(a, b, c, depth)
    case Kind.Function:
      return differ(c, 'different functions', a, b)
    default:
      // Promises, WeakMaps and WeakSets show nothing to compare: only the same one is equal.
      if (isOpaque(a))
        return differ(c, `a ${className(a)} compares by identity (await or unwrap it first)`, a, b)
      // Class instances, null-prototype objects, circular markers: their own properties decide.
      return equalProperties(a, b, c, depth)
  }
}

function equalErrors(a: Error, b: Error, c: Comparison, depth: number): boolean {
  if (a.name !== b.name) return differ(c, 'error names differ', a.name, b.name, 'name')
  if (a.message !== b.message)
    return differ(c, 'error messages differ', a.message, b.message, 'message')
  const hasCause = Object.prototype.hasOwnProperty
  if (hasCause.call(a, 'cause') !== hasCause.call(b, 'cause')) {
    return differ(
      c,
      'a cause on one side only',
      (a as { cause?: unknown }).cause,
      (b as { cause?: unknown }).cause,
      'cause',
    )
  }
  return child(
    (a as { cause?: unknown }).cause,
    (b as { cause?: unknown }).cause,
    'cause',
    c,
    depth,
  )
}

/** Runs a comparison that is only a probe (pairing candidates): it must not record a difference. */
function probe(a: unknown, b: unknown, c: Comparison, depth: number): boolean {
  const explain = c.explain
  c.explain = false
  try {
    return child(a, b, MEMBER, c, depth)
  } finally {
    c.explain = explain
  }
}

/** The engine's operations that Set and Map comparison needs, bound to one comparison. */
function collectionOps(c: Comparison, depth: number): CollectionOps {
  return {
    explain: c.explain,
    child: (a, b, step) => child(a, b, step, c, depth),
    probe: (a, b) => probe(a, b, c, depth),
    differ: (reason, left, right, step) => differ(c, reason, left, right, step),
  }
}
