import { describe, expect, test } from 'vitest'
import { maximumMatching } from '../../../src/unordered/maximumMatching'

/** Checks that a matching only uses edges and respects capacities. */
function assertValid(
  rightCount: number,
  neighbours: number[][],
  leftToRight: Int32Array,
  capacity?: number[],
): void {
  const load = new Array<number>(rightCount).fill(0)
  leftToRight.forEach((right, left) => {
    if (right === -1) return
    expect(neighbours[left]).toContain(right)
    load[right] = (load[right] as number) + 1
  })
  load.forEach((count, right) => expect(count).toBeLessThanOrEqual(capacity?.[right] ?? 1))
}

/** The maximum matching size by trying every assignment (small graphs only). */
function bruteForce(rightCount: number, neighbours: number[][], capacity?: number[]): number {
  const load = new Array<number>(rightCount).fill(0)
  const go = (left: number): number => {
    if (left === neighbours.length) return 0
    let best = go(left + 1)
    for (const right of neighbours[left] as number[]) {
      if ((load[right] as number) < (capacity?.[right] ?? 1)) {
        load[right] = (load[right] as number) + 1
        best = Math.max(best, 1 + go(left + 1))
        load[right] = (load[right] as number) - 1
      }
    }
    return best
  }
  return go(0)
}

describe('maximumMatching', () => {
  test('passes when a greedy first fit would strand a node', () => {
    const neighbours = [[0, 1], [0]]
    const result = maximumMatching(2, neighbours)
    expect(result.size).toBe(2)
    expect([...result.leftToRight]).toEqual([1, 0])
  })

  test('passes when capacities let one right node take several left nodes', () => {
    const neighbours = [[0], [0], [0, 1], [1]]
    const result = maximumMatching(2, neighbours, [2, 2])
    expect(result.size).toBe(4)
    assertValid(2, neighbours, result.leftToRight, [2, 2])
  })

  test('fails when there are more left nodes than slots', () => {
    expect(maximumMatching(1, [[0], [0], [0]], [2]).size).toBe(2)
    expect(maximumMatching(0, [[], []]).size).toBe(0)
  })

  test('passes when it agrees with brute force on random small graphs', () => {
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 300; round++) {
      const leftCount = next(7)
      const rightCount = next(6) + 1
      const capacity = Array.from({ length: rightCount }, () => next(3))
      const neighbours = Array.from({ length: leftCount }, () =>
        Array.from({ length: rightCount }, (_, r) => r).filter(() => next(3) === 0),
      )
      const result = maximumMatching(rightCount, neighbours, capacity)
      assertValid(rightCount, neighbours, result.leftToRight, capacity)
      expect(result.size).toBe(bruteForce(rightCount, neighbours, capacity))
      expect(result.leftToRight.filter((r) => r !== -1).length).toBe(result.size)
    }
  })

  test('passes when one augmenting path is longer than the call stack allows', () => {
    // Left i fits rights i and i+1; the last fits only right 0, which shifts every other node.
    const n = 100_000
    const neighbours = Array.from({ length: n }, (_, i) => (i === n - 1 ? [0] : [i, i + 1]))
    const result = maximumMatching(n, neighbours)
    expect(result.size).toBe(n)
    assertValid(n, neighbours, result.leftToRight)
  })
})
