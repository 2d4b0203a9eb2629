import { bytesOf, isTypedArray } from '../kinds/bytesOf'
import { className, kindOf } from '../kinds/kindOf'
import { describeKind } from '../kinds/describeKind'

// Comparisons that need no recursion, shared by the structural engine's modes.

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

/** Why two objects with different prototypes differ, in words. @internal */
export function prototypeReason(a: object, b: object): string {
  const kindA = kindOf(a)
  const kindB = kindOf(b)
  if (kindA !== kindB) return `types differ: ${describeKind(a)} vs ${describeKind(b)}`
  return `prototypes differ: ${className(a)} vs ${className(b)}`
}

/** Whether two binary values (typed arrays by element, buffers by byte) hold the same contents. @internal */
export function equalBinary(a: object, b: object): boolean {
  if (isTypedArray(a)) {
    const x = a as unknown as ArrayLike<number | bigint>
    const y = b as unknown as ArrayLike<number | bigint>
    if (x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false
    return true
  }
  const x = bytesOf(a as ArrayBuffer)
  const y = bytesOf(b as ArrayBuffer)
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

/** Objects and functions: values a Set or Map finds by identity, not by `has`. @internal */
export const isObjectLike = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function'
