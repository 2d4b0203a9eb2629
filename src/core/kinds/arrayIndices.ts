import { isIndexKey } from './canonicalKeys'

/**
 * Arrays longer than this are read through their own keys rather than index by index: a sparse
 * `new Array(1e9)` has no elements to visit, and visiting a billion holes (or allocating a copy
 * of that length element by element) would take minutes or abort the process.
 * @internal
 */
export const SPARSE_LENGTH = 1 << 20

/**
 * The indices of `array` that a traversal must visit: `undefined` means every index below
 * `length` (the usual case), otherwise the own index keys in ascending order; every other index
 * is a hole, which reads as `undefined`.
 * @internal
 */
export function presentIndices(array: readonly unknown[]): number[] | undefined {
  const length = array.length
  if (length <= SPARSE_LENGTH) return undefined
  const out: number[] = []
  // Engines list index keys first, in ascending order.
  for (const key of Object.keys(array)) {
    if (!isIndexKey(key)) break
    const index = Number(key)
    if (index < length) out.push(index)
  }
  return out
}
