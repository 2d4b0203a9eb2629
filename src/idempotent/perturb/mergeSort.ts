/**
 * Which question a merge asks the comparator. `'greater'`: take from the right run when
 * `compare(left, right) > 0`. `'less'`: take from the right run when `compare(right, left) < 0`.
 * For a consistent comparator both are the same stable merge; for an inconsistent one they differ
 * from each other and from the engine's TimSort: a boolean comparator (`a > b`) never answers
 * "less", a comparator that never returns 0 answers "greater" for equal items.
 * @internal
 */
export type MergeRule = 'greater' | 'less'

/**
 * Sorts `items` in place with a stable top-down merge sort, and returns it. Any correct stable
 * sort gives the same result for a consistent comparator (the language requires `sort` to be
 * stable), so this one can stand in for the engine's: only comparators that return booleans,
 * never return 0, or are not antisymmetric see a difference.
 *
 * @example mergeSort([3, 1, 2], (a, b) => a - b, 'less') // [1, 2, 3]
 * @internal
 */
export function mergeSort<T>(items: T[], compare: (a: T, b: T) => number, rule: MergeRule): T[] {
  const before =
    rule === 'greater'
      ? (left: T, right: T): boolean => compare(left, right) > 0
      : (left: T, right: T): boolean => compare(right, left) < 0
  const buffer = items.slice()
  // Bottom-up widths would visit comparisons in the same order for every rule; top-down halves
  // keep the recursion shallow (log2 n) and the code short.
  const sortRange = (from: number, to: number): void => {
    if (to - from < 2) return
    const middle = (from + to) >>> 1
    sortRange(from, middle)
    sortRange(middle, to)
    for (let k = from; k < to; k++) buffer[k] = items[k] as T
    let i = from
    let j = middle
    let k = from
    while (i < middle && j < to) {
      items[k++] = before(buffer[i] as T, buffer[j] as T) ? (buffer[j++] as T) : (buffer[i++] as T)
    }
    while (i < middle) items[k++] = buffer[i++] as T
    while (j < to) items[k++] = buffer[j++] as T
  }
  sortRange(0, items.length)
  return items
}
