import { describe, expect, test } from 'vitest'
import { mergeSort } from '../../../../src/idempotent/perturb/mergeSort'

const rows = [
  { id: 'a', score: 2 },
  { id: 'b', score: 1 },
  { id: 'c', score: 2 },
  { id: 'd', score: 1 },
  { id: 'e', score: 3 },
]
const ids = (list: { id: string }[]) => list.map((row) => row.id)

describe('mergeSort', () => {
  test.each(['greater', 'less'] as const)(
    'sorts stably with a consistent comparator, as the engine does (%s)',
    (rule) => {
      const byScore = (a: { score: number }, b: { score: number }) => a.score - b.score
      expect(ids(mergeSort([...rows], byScore, rule))).toEqual(ids([...rows].sort(byScore)))
      expect(ids(mergeSort([...rows], byScore, rule))).toEqual(['b', 'd', 'a', 'c', 'e'])
    },
  )

  test('gives a boolean comparator another result than the engine under one of the rules', () => {
    const broken = (a: { score: number }, b: { score: number }) =>
      (a.score > b.score) as unknown as number
    const engine = ids([...rows].sort(broken))
    const results = (['greater', 'less'] as const).map((rule) =>
      ids(mergeSort([...rows], broken, rule)),
    )
    expect(results.some((result) => result.join() !== engine.join())).toBe(true)
  })

  test('breaks ties of a comparator that never returns 0 under "greater"', () => {
    const neverZero = (a: { score: number }, b: { score: number }) => (a.score < b.score ? -1 : 1)
    expect(ids(mergeSort([...rows], neverZero, 'less'))).toEqual(['b', 'd', 'a', 'c', 'e'])
    expect(ids(mergeSort([...rows], neverZero, 'greater'))).toEqual(['d', 'b', 'c', 'a', 'e'])
  })

  test('sorts in place and returns the same array; empty and single lists are left alone', () => {
    const list = [3, 1, 2]
    expect(mergeSort(list, (a, b) => a - b, 'less')).toBe(list)
    expect(list).toEqual([1, 2, 3])
    expect(mergeSort([], (a, b) => a - b, 'greater')).toEqual([])
    expect(mergeSort([7], () => 1, 'greater')).toEqual([7])
  })
})
