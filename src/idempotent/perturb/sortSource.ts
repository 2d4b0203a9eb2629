import type { SiteLookup } from './CallPerturbation'
import { mergeSort, type MergeRule } from './mergeSort'
import type { Patcher } from './Patcher'
import { realms } from './realms'

type Comparator = (a: unknown, b: unknown) => unknown
type SortMethod = (this: unknown, compare?: unknown) => unknown

/** `SortCompare` of the language: the comparator's result as a number, NaN counting as 0. */
function numeric(compare: Comparator): (a: unknown, b: unknown) => number {
  return (a, b) => {
    const order = +(compare(a, b) as number)
    return order !== order ? 0 : order
  }
}

// Call 2 asks "greater?", the question the common broken comparators (booleans, never 0) answer
// differently from the engine's TimSort; call 3 asks "less?", and so on.
const ruleOf = (variant: number): MergeRule => (variant % 2 === 1 ? 'greater' : 'less')

function toLength(value: unknown): number {
  const length = Math.trunc(Number(value))
  return Number.isNaN(length) || length <= 0 ? 0 : Math.min(length, Number.MAX_SAFE_INTEGER)
}

/** `Array.prototype.sort` by the language's steps: holes go last, then `undefined`s, uncompared. */
function sortArrayLike(target: unknown, compare: Comparator, rule: MergeRule): unknown {
  const object = Object(target) as Record<number, unknown> & { length?: unknown }
  const length = toLength(object.length)
  const values: unknown[] = []
  let undefinedCount = 0
  for (let k = 0; k < length; k++) {
    if (!(k in object)) continue
    const value = object[k]
    if (value === undefined) undefinedCount++
    else values.push(value)
  }
  mergeSort(values, numeric(compare), rule)
  let j = 0
  for (; j < values.length; j++) object[j] = values[j]
  for (const end = j + undefinedCount; j < end; j++) object[j] = undefined
  for (; j < length; j++) delete object[j]
  return object
}

/** Sorts the defined prefix of `copy` (where `toSorted` put every value but the `undefined`s). */
function sortCopy(copy: unknown[], compare: Comparator, rule: MergeRule): unknown[] {
  let defined = copy.length
  while (defined > 0 && copy[defined - 1] === undefined) defined--
  const sorted = mergeSort(copy.slice(0, defined), numeric(compare), rule)
  for (let i = 0; i < defined; i++) copy[i] = sorted[i]
  return copy
}

/** Sorts a typed array's elements in place (no holes, no `undefined` there). */
function sortTyped(
  array: Record<number, unknown> & { length: number },
  compare: Comparator,
  rule: MergeRule,
): void {
  const values: unknown[] = []
  for (let i = 0; i < array.length; i++) values.push(array[i])
  mergeSort(values, numeric(compare), rule)
  for (let i = 0; i < values.length; i++) array[i] = values[i]
}

const keepOrder = (): number => 0

/**
 * The `'sort'` source: sorts with a comparator run another correct stable algorithm (a merge sort
 * asking the comparator another question than the engine does). A consistent comparator gives
 * exactly the same result, so only code whose output depends on the engine's algorithm fails.
 * Sorts without a comparator are left alone: the default order is always consistent. Patches
 * `Array.prototype.sort` and `toSorted`, and `sort` and `toSorted` of typed arrays, in the test's
 * realm and in Node's main realm (Jest).
 * @internal
 */
export function installSort(patcher: Patcher, site: SiteLookup): void {
  for (const realm of realms()) {
    const rule = (api: string): MergeRule | undefined => {
      const found = site('sort', api)
      return found?.mode === 'perturb' ? ruleOf(found.variant) : undefined
    }
    patcher.replace<SortMethod>(
      realm.ArrayPrototype,
      'sort',
      'Array.prototype.sort',
      (original) =>
        function sort(this: unknown, compare?: unknown) {
          const chosen = typeof compare === 'function' ? rule('Array.prototype.sort') : undefined
          if (chosen === undefined) return Reflect.apply(original, this, [compare])
          return sortArrayLike(this, compare as Comparator, chosen)
        },
    )
    patcher.replace<SortMethod>(
      realm.ArrayPrototype,
      'toSorted',
      'Array.prototype.toSorted',
      (original) =>
        function toSorted(this: unknown, compare?: unknown) {
          const chosen =
            typeof compare === 'function' ? rule('Array.prototype.toSorted') : undefined
          if (chosen === undefined) return Reflect.apply(original, this, [compare])
          // A comparator that keeps every order gives a copy of the right realm and length, holes
          // read as `undefined` and moved last, as the language's own `toSorted` would.
          const copy = Reflect.apply(original, this, [keepOrder]) as unknown[]
          return sortCopy(copy, compare as Comparator, chosen)
        },
    )
    patcher.replace<SortMethod>(
      realm.TypedArrayPrototype,
      'sort',
      '%TypedArray%.prototype.sort',
      (original) =>
        function sort(this: unknown, compare?: unknown) {
          const chosen =
            typeof compare === 'function' ? rule('%TypedArray%.prototype.sort') : undefined
          if (chosen === undefined) return Reflect.apply(original, this, [compare])
          // The engine's own call checks that `this` is a typed array; sorting with 0 moves nothing.
          Reflect.apply(original, this, [keepOrder])
          sortTyped(this as never, compare as Comparator, chosen)
          return this
        },
    )
    patcher.replace<SortMethod>(
      realm.TypedArrayPrototype,
      'toSorted',
      '%TypedArray%.prototype.toSorted',
      (original) =>
        function toSorted(this: unknown, compare?: unknown) {
          const chosen =
            typeof compare === 'function' ? rule('%TypedArray%.prototype.toSorted') : undefined
          if (chosen === undefined) return Reflect.apply(original, this, [compare])
          const copy = Reflect.apply(original, this, [keepOrder])
          sortTyped(copy as never, compare as Comparator, chosen)
          return copy
        },
    )
  }
}
