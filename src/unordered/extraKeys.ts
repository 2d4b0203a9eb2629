import { isIndexKey } from '../core/kinds/canonicalKeys'
import type { ElementComparer } from './ElementComparer'

/**
 * The own enumerable keys of an array that are not indices (`Object.assign([1], { x: 1 })` has
 * `x`), symbols included: `toEqual` compares them, so a multiset must too. Empty for almost every
 * array, and cheap to find: engines list index keys first, in ascending order, so only the last
 * string key needs a look.
 *
 * @example extraKeys(Object.assign([1, 2], { x: 1 })) // ['x']
 * @internal
 */
export function extraKeys(array: readonly unknown[]): PropertyKey[] {
  const symbols = Object.getOwnPropertySymbols(array).filter((symbol) =>
    Object.prototype.propertyIsEnumerable.call(array, symbol),
  )
  const keys = Object.keys(array)
  const last = keys[keys.length - 1]
  if (last === undefined || isIndex(last, array.length)) return symbols
  const strings = keys.filter((key) => !isIndex(key, array.length))
  return [...strings, ...symbols]
}

/** Whether `array` has any own enumerable key besides its indices (see `extraKeys`). @internal */
export function hasExtraKeys(array: readonly unknown[]): boolean {
  const keys = Object.keys(array)
  const last = keys[keys.length - 1]
  if (last !== undefined && !isIndex(last, array.length)) return true
  const symbols = Object.getOwnPropertySymbols(array)
  return (
    symbols.length > 0 &&
    symbols.some((symbol) => Object.prototype.propertyIsEnumerable.call(array, symbol))
  )
}

// An index below `length` is a true array index ('4294967295' is not one, whatever it looks like).
const isIndex = (key: string, length: number): boolean => isIndexKey(key) && Number(key) < length

/**
 * The extra keys of an array as a plain object (`{ x: 1 }`), for comparing them with the runner's
 * `equals`; `undefined` when there are none.
 * @internal
 */
export function extraProperties(
  array: readonly unknown[],
): Record<PropertyKey, unknown> | undefined {
  const keys = extraKeys(array)
  if (keys.length === 0) return undefined
  const out: Record<PropertyKey, unknown> = {}
  for (const key of keys) out[key] = (array as unknown as Record<PropertyKey, unknown>)[key]
  return out
}

/**
 * Whether two arrays at `state` agree on their keys besides the indices, compared as objects by
 * `comparer`; true when neither has any (nearly always).
 * @internal
 */
export function sameExtras(
  received: readonly unknown[],
  expected: readonly unknown[],
  comparer: ElementComparer,
  state: unknown,
): boolean {
  const theirs = extraProperties(received)
  const ours = extraProperties(expected)
  if (theirs === undefined && ours === undefined) return true
  return comparer.test(
    comparer.prepareReceived(theirs ?? {}, state),
    comparer.prepareExpected(ours ?? {}, state),
  )
}
