import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { editScript, type Edit } from '../../../../src/core/text/editScript'
import { replayEdits } from '../../../helpers/replayEdits'

/** Length of a longest common subsequence, by dynamic programming (small inputs only). */
function lcs(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number)
      diagonal = above
    }
  }
  return row[b.length] as number
}

const kept = (script: readonly Edit[]): number => script.filter((e) => e === 'keep').length
const lines = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 })

describe('editScript', () => {
  test('passes when equal sequences are all kept', () => {
    expect(editScript([1, 2, 3], [1, 2, 3])).toEqual(['keep', 'keep', 'keep'])
    expect(editScript([], [])).toEqual([])
  })

  test('passes when one side is empty', () => {
    expect(editScript([], [1, 2])).toEqual(['add', 'add'])
    expect(editScript([1, 2], [])).toEqual(['remove', 'remove'])
  })

  test('turns a into b, always', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        expect(replayEdits(editScript(a, b), a, b)).toEqual(b)
      }),
    )
  })

  test('is a shortest script (keeps a longest common subsequence) when few lines differ', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        expect(kept(editScript(a, b))).toBe(lcs(a, b))
      }),
    )
  })

  test('turns a into b when most of 100,000 lines changed, by anchoring on unique lines', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => i)
    const b = a.map((i) => (i % 3 === 0 ? i : i + 1_000_000))
    const script = editScript(a, b)
    expect(replayEdits(script, a, b)).toEqual(b)
    // Every third line is unique and shared: the anchors keep all of them.
    expect(kept(script)).toBe(Math.ceil(100_000 / 3))
  })

  test('turns a into b when no line is shared and the texts are long', () => {
    const a = Array.from({ length: 5000 }, (_, i) => i % 7)
    const b = Array.from({ length: 5000 }, (_, i) => 100 + (i % 5))
    expect(replayEdits(editScript(a, b), a, b)).toEqual(b)
  })
})
