import { permutation, type Random } from '../createRandom'

/**
 * Reorders `items` in place into another order: reversed for `'reverse'`, else a seeded
 * permutation, never the identity (a perturbation must have an effect), so any list of two or
 * more items comes back in a different order.
 * @example permuteInPlace(['a', 'b', 'c'], 'reverse') // ['c', 'b', 'a']
 * @internal
 */
export function permuteInPlace<T>(items: T[], strategy: Random | 'reverse'): T[] {
  const size = items.length
  if (size < 2) return items
  if (strategy === 'reverse') return items.reverse()
  const order = permutation(strategy, size)
  if (order.every((from, i) => from === i)) return items.reverse()
  const copy = items.slice()
  for (let i = 0; i < size; i++) items[i] = copy[order[i] as number] as T
  return items
}
