import {
  boxedValueOf,
  bytesOf,
  elementsOf,
  regExpParts,
  timeOf,
  typedArrayName,
} from '../kinds/intrinsics'
import { className, Kind, kindOf, platformTypeOf } from '../kinds/kindOf'
import { describeKind } from '../kinds/describeKind'

// Comparisons that need no traversal of children, shared by the fast and the tracked mode.

const isEnumerable = Object.prototype.propertyIsEnumerable

/**
 * Whether `b`'s own enumerable string keys are exactly `keysA`, given `keysB = Object.keys(b)`.
 * Objects built the same way list their keys in the same order, and then comparing the two
 * lists (interned strings, so pointer comparisons) answers without a property lookup per key.
 * @internal
 */
export function sameKeySet(keysA: readonly string[], keysB: readonly string[], b: object): boolean {
  const length = keysA.length
  if (length !== keysB.length) return false
  let i = 0
  while (i < length && keysA[i] === keysB[i]) i++
  for (; i < length; i++) if (!isEnumerable.call(b, keysA[i] as string)) return false
  return true
}

/** Why two objects with different prototypes or kinds differ, in words. @internal */
export function prototypeReason(a: object, b: object): string {
  const kindA = kindOf(a)
  const kindB = kindOf(b)
  if (kindA !== kindB) return `types differ: ${describeKind(a)} vs ${describeKind(b)}`
  return `prototypes differ: ${className(a)} vs ${className(b)}`
}

/** Whether two binary values (typed arrays by element, buffers by byte) hold the same contents. @internal */
export function equalBinary(a: object, b: object): boolean {
  if (typedArrayName(a) !== undefined) {
    if (typedArrayName(a) !== typedArrayName(b)) return false
    const x = elementsOf(a)
    const y = elementsOf(b)
    if (x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false
    return true
  }
  const x = bytesOf(a)
  const y = bytesOf(b)
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

/** Objects and functions: values a Set or Map finds by identity, not by `has`. @internal */
export const isObjectLike = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function'

/**
 * Compares two objects of one kind that have no children to walk, or returns `undefined` for a
 * container kind. The reason (for `findDifference`) is returned for a difference, `''` for equal.
 * @internal
 */
export function compareLeafObjects(a: object, b: object, kind: number): string | undefined {
  switch (kind) {
    case Kind.Date:
      return Object.is(timeOf(a), timeOf(b)) ? '' : 'dates differ'
    case Kind.RegExp: {
      const x = regExpParts(a)
      const y = regExpParts(b)
      return x.source === y.source && x.flags === y.flags ? '' : 'regular expressions differ'
    }
    case Kind.Boxed:
      return Object.is(boxedValueOf(a), boxedValueOf(b)) ? '' : 'boxed values differ'
    case Kind.Binary:
      return equalBinary(a, b) ? '' : 'binary contents differ'
    case Kind.Identity:
      return a === b
        ? ''
        : `a ${className(a)} compares by identity${platformTypeOf(a).opaque === true ? ' (await, spread or unwrap it first)' : ''}`
    case Kind.Circular:
      return (a as { path: string }).path === (b as { path: string }).path
        ? ''
        : 'cycles close at different paths'
    default:
      return undefined
  }
}
