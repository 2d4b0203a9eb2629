import { MEMBER } from './paths'
import type { UnorderedScope } from './unorderedScope'

// Deeper values are rare and may be cyclic: they take the pairwise path instead.
const MAX_KEY_DEPTH = 64

const UNKEYABLE: unique symbol = Symbol('unkeyable')

/**
 * A string that two elements share exactly when they are equal under `toEqual` (or, with `strict`,
 * `toStrictEqual`) with the arrays that `scope` selects compared as multisets; `undefined` when the
 * value is not plain data and only the runner's `equals` can tell.
 *
 * Keyed values are JSON-like data plus `undefined` array elements, `-0`, `NaN`, `±Infinity`,
 * bigints and valid Dates: plain objects (`Object.prototype`, no symbol keys) and plain arrays.
 * Everything else (class instances, Maps, Sets, functions, symbols, asymmetric matchers, cycles)
 * is left to `equals`. Without `strict`, an object with an `undefined` property is not keyed,
 * since `toEqual` treats `{ a: undefined }` and `{}` as equal; with `strict`, a sparse array is
 * not keyed, since `toStrictEqual` tells a hole from `undefined`.
 *
 * Multiset arrays print their element keys sorted by code units, so the key ignores their order.
 * Two keys are only ever compared for elements at the same position in the same array.
 *
 * @example canonicalKey({ b: [2, 1], a: 'x' }, scope, scope.root, false) // '{"a":"x","b":<1,2>}'
 * @since 0.1.0
 */
export function canonicalKey(value: unknown, scope: UnorderedScope, state: unknown, strict: boolean): string | undefined {
  try {
    return keyOf(value, scope, state, strict, 0)
  } catch {
    // UNKEYABLE, or a getter that threw: `equals` will meet the same value and report it.
    return undefined
  }
}

function keyOf(value: unknown, scope: UnorderedScope, state: unknown, strict: boolean, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'undefined':
      return 'undefined'
    case 'bigint':
      return `${value}n`
    case 'object':
      if (value === null) return 'null'
      if (depth >= MAX_KEY_DEPTH) throw UNKEYABLE
      return objectKey(value, scope, state, strict, depth + 1)
    default:
      throw UNKEYABLE // functions and symbols compare by identity
  }
}

function objectKey(value: object, scope: UnorderedScope, state: unknown, strict: boolean, depth: number): string {
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto === Object.prototype) {
    if (Object.getOwnPropertySymbols(value).length > 0) throw UNKEYABLE
    const record = value as Record<string, unknown>
    const keys = Object.keys(value).sort()
    let out = '{'
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string
      const child = record[key]
      if (child === undefined && !strict) throw UNKEYABLE
      out += `${i === 0 ? '' : ','}${JSON.stringify(key)}:${keyOf(child, scope, scope.step(state, key), strict, depth)}`
    }
    return `${out}}`
  }
  if (proto === Array.prototype) return arrayKey(value as unknown[], scope, state, strict, depth)
  if (proto === Date.prototype) {
    const time = (value as Date).getTime()
    if (Number.isNaN(time)) throw UNKEYABLE
    return `Date(${time})`
  }
  throw UNKEYABLE
}

function arrayKey(value: readonly unknown[], scope: UnorderedScope, state: unknown, strict: boolean, depth: number): string {
  const length = value.length
  if (scope.unordered(state)) {
    const member = scope.step(state, MEMBER)
    const keys = new Array<string>(length)
    for (let i = 0; i < length; i++) {
      if (strict && !(i in value)) throw UNKEYABLE
      keys[i] = keyOf(value[i], scope, member, strict, depth)
    }
    // Default sort compares UTF-16 code units: deterministic, never the locale.
    return `<${keys.sort().join(',')}>`
  }
  let out = '['
  for (let i = 0; i < length; i++) {
    if (strict && !(i in value)) throw UNKEYABLE
    out += `${i === 0 ? '' : ','}${keyOf(value[i], scope, scope.step(state, i), strict, depth)}`
  }
  return `${out}]`
}
