import { deepEqual } from '../../src/core/equality/deepEqual'
import { isAsymmetric } from '../../src/unordered/isAsymmetric'
import { ExpectDeterministicError } from '../../src/errors'
import { DEFAULT_MAX_DEPTH } from '../../src/core/traversal/traversalError'
import type { MatcherContext } from '../context'

/** A runner's own asymmetric matchers that JavaScript cannot call (Bun's are native). @internal */
export interface ForeignMatchers {
  /** Whether `value` is one of them. */
  readonly recognises: (value: unknown) => boolean
  /** The runner's `equals`, which understands them. */
  readonly equals: (a: unknown, b: unknown) => boolean
}

type Tester = (this: unknown, a: unknown, b: unknown, testers: readonly unknown[]) => unknown

interface State {
  readonly testers: readonly Tester[]
  readonly strict: boolean
  readonly foreign: ForeignMatchers | undefined
  readonly seenA: unknown[]
  readonly seenB: unknown[]
}

const toTag = (value: unknown): string => Object.prototype.toString.call(value)

// Kinds whose contents `deepEqual` compares exactly, and which hold no asymmetric matchers.
const BINARY =
  /^\[object (?:ArrayBuffer|SharedArrayBuffer|DataView|(?:Big)?(?:Int|Uint|Float)\d+(?:Clamped)?Array)\]$/

/**
 * The `equals` of a matcher context without a runner, with Jest's rules so the matchers behave
 * as they do under Jest and Vitest: asymmetric matchers on either side (the library's own
 * `UnorderedArray` among them), the given testers first, then structure. Objects compare by their
 * own enumerable keys (string and symbol) and `Object.prototype.toString` tag; `undefined`
 * properties are ignored unless `strictCheck`, which leaves class and sparseness checks to the
 * testers toStrictEqual adds. Maps and Sets compare by content in any order. Data nested deeper
 * than `DEFAULT_MAX_DEPTH` throws `TOO_DEEP` rather than overflowing the stack.
 *
 * @example createPlainEquals()({ a: 1, b: undefined }, { a: 1 }) // true
 * @internal
 */
export function createPlainEquals(foreign?: ForeignMatchers): MatcherContext['equals'] {
  const equals: MatcherContext['equals'] = (a, b, customTesters = [], strictCheck = false) => {
    const testers = customTesters.filter((t): t is Tester => typeof t === 'function')
    const state: State = { testers, strict: strictCheck, foreign, seenA: [], seenB: [] }
    return eq(a, b, state, 0)
  }
  return equals
}

function eq(a: unknown, b: unknown, state: State, depth: number): boolean {
  if (depth > DEFAULT_MAX_DEPTH) {
    throw new ExpectDeterministicError(
      'TOO_DEEP',
      `The values nest deeper than ${DEFAULT_MAX_DEPTH} levels, too deep to compare.`,
    )
  }
  const asymmetricA = isAsymmetric(a)
  const asymmetricB = isAsymmetric(b)
  if (asymmetricA && !asymmetricB) return a.asymmetricMatch(b)
  if (asymmetricB && !asymmetricA) return b.asymmetricMatch(a)
  const { foreign } = state
  if (foreign !== undefined && (foreign.recognises(a) || foreign.recognises(b)))
    return foreign.equals(a, b)
  const context = { equals: (x: unknown, y: unknown) => eq(x, y, state, depth + 1) }
  for (const tester of state.testers) {
    const verdict = tester.call(context, a, b, state.testers)
    if (verdict !== undefined) return verdict === true
  }
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const tag = toTag(a)
  if (tag !== toTag(b)) return false
  const leaf = compareLeaf(a, b, tag)
  if (leaf !== undefined) return leaf
  // A cycle is equal when both sides return to the same ancestor.
  const index = state.seenA.lastIndexOf(a)
  if (index !== -1) return state.seenB[index] === b
  state.seenA.push(a)
  state.seenB.push(b)
  try {
    return compareContainers(a, b, tag, state, depth + 1)
  } finally {
    state.seenA.pop()
    state.seenB.pop()
  }
}

/** Values whose contents are not further containers: compared here, or undefined. */
function compareLeaf(a: object, b: object, tag: string): boolean | undefined {
  switch (tag) {
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]':
      return Object.is(a.valueOf(), b.valueOf())
    case '[object Date]':
      return Object.is((a as Date).getTime(), (b as Date).getTime())
    case '[object RegExp]':
      return String(a) === String(b)
    case '[object Error]':
      return (
        (a as Error).name === (b as Error).name && (a as Error).message === (b as Error).message
      )
    case '[object Promise]':
    case '[object WeakMap]':
    case '[object WeakSet]':
      return false
    default:
      return BINARY.test(tag) ? deepEqual(a, b) : undefined
  }
}

function compareContainers(
  a: object,
  b: object,
  tag: string,
  state: State,
  depth: number,
): boolean {
  if (tag === '[object Map]')
    return equalMaps(a as Map<unknown, unknown>, b as Map<unknown, unknown>, state, depth)
  if (tag === '[object Set]') return equalSets(a as Set<unknown>, b as Set<unknown>, state, depth)
  // As in Jest: toEqual finds `[1]` equal to `[1, undefined]`, toStrictEqual does not.
  if (state.strict && Array.isArray(a) && a.length !== (b as unknown[]).length) return false
  const keysA = keysOf(a, state.strict)
  const keysB = keysOf(b, state.strict)
  if (keysA.length !== keysB.length) return false
  const inB = new Set<PropertyKey>(keysB)
  for (const key of keysA) {
    if (!inB.has(key)) return false
    const left = (a as Record<PropertyKey, unknown>)[key]
    const right = (b as Record<PropertyKey, unknown>)[key]
    if (!eq(left, right, state, depth)) return false
  }
  return true
}

/** Own enumerable keys; without `strict`, those holding `undefined` do not count (toEqual). */
function keysOf(value: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = Object.keys(value)
  for (const symbol of Object.getOwnPropertySymbols(value))
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol)
  if (strict) return keys
  return keys.filter((key) => (value as Record<PropertyKey, unknown>)[key] !== undefined)
}

function equalMaps(
  a: Map<unknown, unknown>,
  b: Map<unknown, unknown>,
  state: State,
  depth: number,
): boolean {
  if (a.size !== b.size) return false
  const unused = new Set(b.keys())
  for (const [key, value] of a) {
    if (b.has(key) && unused.has(key) && eq(value, b.get(key), state, depth)) {
      unused.delete(key)
      continue
    }
    const match = [...unused].find(
      (other) => eq(key, other, state, depth) && eq(value, b.get(other), state, depth),
    )
    if (match === undefined) return false
    unused.delete(match)
  }
  return true
}

function equalSets(a: Set<unknown>, b: Set<unknown>, state: State, depth: number): boolean {
  if (a.size !== b.size) return false
  const unused = new Set(b)
  for (const member of a) {
    if (unused.has(member)) {
      unused.delete(member)
      continue
    }
    const match = [...unused].find((other) => eq(member, other, state, depth))
    if (match === undefined) return false
    unused.delete(match)
  }
  return true
}
