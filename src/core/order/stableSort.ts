import { compareCanonical } from './compareCanonical'

/**
 * A sorted copy of `items`; equal items keep their input order. The default order is
 * `compareCanonical`: code-unit order for strings, never the locale. Unlike `Array#sort`, which
 * always moves `undefined` to the end, `undefined` is ordered by `compare` like any other value.
 *
 * @example stableSort(['b', 'a', 'b']) // ['a', 'b', 'b']
 * @since 0.1.0
 */
export function stableSort<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number = compareCanonical,
): T[] {
  if (items.length < 2) return [...items]
  // Array#sort is stable since ES2019, but never passes undefined to the comparator.
  if (!items.includes(undefined as T)) return [...items].sort(compare)
  const indices = Array.from(items, (_, i) => i)
  indices.sort((i, j) => compare(items[i] as T, items[j] as T))
  return indices.map((i) => items[i] as T)
}
