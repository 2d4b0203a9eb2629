import {
  boxedValueOf,
  bytesOf,
  elementsOf,
  regExpParts,
  timeOf,
  typedArrayName,
} from '../kinds/intrinsics'
import { compareSymbols } from '../kinds/canonicalKeys'
import { className, Kind, kindOf, platformTypeOf } from '../kinds/kindOf'

/**
 * The order of two values of one kind that has no children to walk: primitives, Dates, RegExps,
 * binary data, boxed primitives, objects compared by identity, functions and cycles (see
 * `compareCanonical`).
 * @internal
 */
export function compareLeaves(a: unknown, b: unknown, kind: number): number {
  switch (kind) {
    case Kind.Undefined:
    case Kind.Null:
      return 0
    case Kind.Boolean:
      return a === b ? 0 : a ? 1 : -1
    case Kind.Number:
      return compareNumbers(a as number, b as number)
    case Kind.BigInt:
    case Kind.String:
      return compareOrdered(a as string, b as string)
    case Kind.Symbol:
      return compareSymbols(a as symbol, b as symbol)
    case Kind.Date:
      return compareNumbers(timeOf(a as object), timeOf(b as object))
    case Kind.RegExp: {
      const x = regExpParts(a as object)
      const y = regExpParts(b as object)
      return compareOrdered(x.source, y.source) || compareOrdered(x.flags, y.flags)
    }
    case Kind.Binary:
      return compareBinary(a as object, b as object)
    case Kind.Boxed: {
      const x = boxedValueOf(a as object)
      const y = boxedValueOf(b as object)
      // A boxed value holds a primitive: its kind is the primitive's.
      const kindX = kindOf(x)
      return kindX - kindOf(y) || compareLeaves(x, y, kindX)
    }
    case Kind.Identity:
      return (
        compareOrdered(className(a as object), className(b as object)) ||
        compareOrdered(about(a as object), about(b as object))
      )
    case Kind.Function:
      return compareOrdered(functionName(a), functionName(b))
    default: // Kind.Circular
      return compareOrdered((a as { path: string }).path, (b as { path: string }).path)
  }
}

function about(value: object): string {
  const fields = platformTypeOf(value).about?.(value)
  return fields === undefined ? '' : JSON.stringify(fields, Object.keys(fields).sort())
}

function functionName(fn: unknown): string {
  const name: unknown = (fn as { name?: unknown }).name
  return typeof name === 'string' ? name : ''
}

function compareOrdered<T extends string | bigint>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Numbers in numeric order, -Infinity first, -0 before 0 and NaN last. @internal */
export function compareNumbers(a: number, b: number): number {
  if (a < b) return -1
  if (a > b) return 1
  if (a === b) return Object.is(a, b) ? 0 : Object.is(a, -0) ? -1 : 1
  // At least one NaN: NaN sorts after every other number.
  return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1
}

function compareBinary(a: object, b: object): number {
  const byType = compareOrdered(className(a), className(b))
  if (byType !== 0) return byType
  if (typedArrayName(a) !== undefined && typedArrayName(b) !== undefined) {
    const x = elementsOf(a)
    const y = elementsOf(b)
    const shared = Math.min(x.length, y.length)
    for (let i = 0; i < shared; i++) {
      const xi = x[i] as number
      const yi = y[i] as number
      const order =
        typeof xi === 'bigint'
          ? compareOrdered<bigint>(xi, yi as unknown as bigint)
          : compareNumbers(xi, yi)
      if (order !== 0) return order
    }
    return x.length - y.length
  }
  const bytesA = bytesOf(a)
  const bytesB = bytesOf(b)
  const shared = Math.min(bytesA.length, bytesB.length)
  for (let i = 0; i < shared; i++) {
    const diff = (bytesA[i] as number) - (bytesB[i] as number)
    if (diff !== 0) return diff
  }
  return bytesA.length - bytesB.length
}
