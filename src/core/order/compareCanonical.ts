import { className, Kind, kindOf } from '../kinds/kindOf'
import { compareLeaves } from './compareLeaves'
import { openPair, type PairFrame } from './PairFrame'

/**
 * The total order over canonical forms that every sort in the library uses (Set members, Map
 * entries, unordered arrays). Values of different kinds sort by kind, in this documented order:
 *
 * undefined < null < booleans < numbers < bigints < strings < symbols < Dates < RegExps <
 * binary data (typed arrays, ArrayBuffers, DataViews) < Errors < boxed primitives < platform values
 * (URL, Headers, ...) < arrays < Sets < Maps < plain objects < class instances < objects compared by
 * identity < functions < circular references.
 *
 * Within a kind: false < true; numbers numerically with -Infinity first, -0 before 0 and NaN last;
 * bigints numerically; strings, symbol descriptions and RegExp sources by UTF-16 code units (never
 * the locale); Dates by time (invalid last); binary data by type name, length, then contents;
 * Errors by name, message, cause, then properties; boxed primitives by their primitive; platform
 * values by class name, then value; arrays, Sets and Maps element by element (a prefix first; a
 * hole reads as `undefined`); objects by their sorted keys and values, pair by pair; class
 * instances by class name first; objects compared by identity by class name and what can be read
 * of them; functions by name; circular references by path.
 *
 * Sets and Maps are compared in iteration order, which is canonical for `normalize`d values: pass
 * canonical forms, not raw values. The comparison keeps its own stack: any depth works, in time
 * linear in the size of the common prefix.
 *
 * @example [3, 'a', null, -0, 0].sort(compareCanonical) // [null, -0, 0, 3, 'a']
 * @since 0.1.0
 */
export function compareCanonical(a: unknown, b: unknown): number {
  if (a === b && (a !== 0 || Object.is(a, b))) return 0
  const first = compareShallow(a, b)
  if (first !== OPENED) return first
  const stack: PairFrame[] = [openPair(a as object, b as object, kindOf(a))]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as PairFrame
    const next = frame.next()
    if (typeof next === 'number') {
      if (next !== 0) return next
      stack.pop()
      continue
    }
    const [x, y] = next
    if (x === y && (x !== 0 || Object.is(x, y))) continue
    const order = compareShallow(x, y)
    if (order === OPENED) stack.push(openPair(x as object, y as object, kindOf(x)))
    else if (order !== 0) return order
  }
  return 0
}

// Returned by `compareShallow` when the order depends on the values' children.
const OPENED: unique symbol = Symbol('opened')

/** The order of two values that needs no children, or OPENED for two containers of one kind. */
function compareShallow(a: unknown, b: unknown): number | typeof OPENED {
  const kindA = kindOf(a)
  const kindB = kindOf(b)
  if (kindA !== kindB) return kindA - kindB
  switch (kindA) {
    case Kind.Array:
    case Kind.Set:
    case Kind.Map:
    case Kind.Object:
    case Kind.Error:
    case Kind.Platform:
      return OPENED
    case Kind.Instance: {
      const byName = compareText(className(a as object), className(b as object))
      return byName !== 0 ? byName : OPENED
    }
    default:
      return compareLeaves(a, b, kindA)
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
