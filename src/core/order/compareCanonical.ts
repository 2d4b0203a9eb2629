import { bytesOf, isTypedArray } from '../kinds/bytesOf'
import { className, Kind, kindOf } from '../kinds/kindOf'
import { compareSymbols, canonicalKeys } from '../kinds/canonicalKeys'

/**
 * The total order over canonical forms that every sort in the library uses (Set members, Map
 * entries, unordered arrays). Values of different kinds sort by kind, in this documented order:
 *
 * undefined < null < booleans < numbers < bigints < strings < symbols < Dates < RegExps <
 * binary data (typed arrays, ArrayBuffers, DataViews) < Errors < boxed primitives < arrays < Sets <
 * Maps < plain objects < class instances < functions < circular references.
 *
 * Within a kind: false < true; numbers numerically with -Infinity first, -0 before 0 and NaN last;
 * bigints numerically; strings, symbol descriptions and RegExp sources by UTF-16 code units (never
 * the locale); Dates by time (invalid last); binary data by type name, length, then contents;
 * Errors by name, message, cause, then properties; arrays, Sets and Maps element by element (a prefix
 * first); objects by their sorted keys and values, pair by pair; class instances by class name
 * first; functions by name; circular references by path.
 *
 * Sets and Maps are compared in iteration order, which is canonical for `normalize`d values: pass
 * canonical forms, not raw values.
 *
 * @example [3, 'a', null, -0, 0].sort(compareCanonical) // [null, -0, 0, 3, 'a']
 * @since 0.1.0
 */
export function compareCanonical(a: unknown, b: unknown): number {
  if (a === b && (a !== 0 || Object.is(a, b))) return 0
  const kindA = kindOf(a)
  const kindB = kindOf(b)
  if (kindA !== kindB) return kindA - kindB
  switch (kindA) {
    case Kind.Undefined:
    case Kind.Null:
      return 0
    case Kind.Boolean:
      return a ? 1 : -1 // a !== b here
    case Kind.Number:
      return compareNumbers(a as number, b as number)
    case Kind.BigInt:
    case Kind.String:
      return compareOrdered(a as string, b as string)
    case Kind.Symbol:
      return compareSymbols(a as symbol, b as symbol)
    case Kind.Date:
      return compareNumbers((a as Date).getTime(), (b as Date).getTime())
    case Kind.RegExp:
      return (
        compareOrdered((a as RegExp).source, (b as RegExp).source) ||
        compareOrdered((a as RegExp).flags, (b as RegExp).flags)
      )
    case Kind.Binary:
      return compareBinary(a as object, b as object)
    case Kind.Error:
      return (
        compareOrdered((a as Error).name, (b as Error).name) ||
        compareOrdered((a as Error).message, (b as Error).message) ||
        compareCauses(a as Error, b as Error) ||
        compareProperties(a as object, b as object)
      )
    case Kind.Boxed:
      return compareCanonical((a as object).valueOf(), (b as object).valueOf())
    case Kind.Array:
      return compareSequences(a as unknown[], b as unknown[])
    case Kind.Set:
      return compareSequences([...(a as Set<unknown>)], [...(b as Set<unknown>)])
    case Kind.Map:
      return compareSequences([...(a as Map<unknown, unknown>)], [...(b as Map<unknown, unknown>)])
    case Kind.Object:
      return compareProperties(a as object, b as object)
    case Kind.Instance:
      return (
        compareOrdered(className(a as object), className(b as object)) ||
        compareProperties(a as object, b as object)
      )
    case Kind.Function:
      return compareOrdered((a as () => void).name, (b as () => void).name)
    default: // Kind.Circular
      return compareOrdered((a as { path: string }).path, (b as { path: string }).path)
  }
}

/** No cause sorts before any cause, then causes by their own order: deepEqual compares them too. */
function compareCauses(a: Error, b: Error): number {
  const hasA = Object.prototype.hasOwnProperty.call(a, 'cause')
  const hasB = Object.prototype.hasOwnProperty.call(b, 'cause')
  if (hasA !== hasB) return hasA ? 1 : -1
  return hasA
    ? compareCanonical((a as { cause?: unknown }).cause, (b as { cause?: unknown }).cause)
    : 0
}

function compareOrdered<T extends string | bigint>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareNumbers(a: number, b: number): number {
  if (a < b) return -1
  if (a > b) return 1
  if (a === b) return Object.is(a, b) ? 0 : Object.is(a, -0) ? -1 : 1
  // At least one NaN: NaN sorts after every other number.
  return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1
}

function compareSequences(a: readonly unknown[], b: readonly unknown[]): number {
  const shared = Math.min(a.length, b.length)
  for (let i = 0; i < shared; i++) {
    const order = compareCanonical(a[i], b[i])
    if (order !== 0) return order
  }
  return a.length - b.length
}

function compareProperties(a: object, b: object): number {
  const keysA = canonicalKeys(a)
  const keysB = canonicalKeys(b)
  const shared = Math.min(keysA.length, keysB.length)
  for (let i = 0; i < shared; i++) {
    const keyA = keysA[i] as string | symbol
    const keyB = keysB[i] as string | symbol
    const byKey = compareCanonical(keyA, keyB)
    if (byKey !== 0) return byKey
    const byValue = compareCanonical(
      (a as Record<string | symbol, unknown>)[keyA],
      (b as Record<string | symbol, unknown>)[keyB],
    )
    if (byValue !== 0) return byValue
  }
  return keysA.length - keysB.length
}

function compareBinary(a: object, b: object): number {
  const byType = compareOrdered(className(a), className(b))
  if (byType !== 0) return byType
  if (isTypedArray(a) && isTypedArray(b)) {
    return compareSequences(
      Array.from(a as ArrayLike<unknown>),
      Array.from(b as ArrayLike<unknown>),
    )
  }
  const bytesA = bytesOf(a as ArrayBuffer)
  const bytesB = bytesOf(b as ArrayBuffer)
  const shared = Math.min(bytesA.length, bytesB.length)
  for (let i = 0; i < shared; i++) {
    const diff = (bytesA[i] as number) - (bytesB[i] as number)
    if (diff !== 0) return diff
  }
  return bytesA.length - bytesB.length
}
