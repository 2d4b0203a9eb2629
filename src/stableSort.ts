import { compareCanonical } from './order'

/**
 * A sorted copy of `items`; equal items keep their input order. The default order is
 * `compareCanonical`: code-unit order for strings, never the locale.
 *
 * @example stableSort(['b', 'a', 'b']) // ['a', 'b', 'b']
 * @since 0.1.0
 */
export function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number = compareCanonical): T[] {
  return [...items].sort(compare) // Array#sort is stable since ES2019
}
