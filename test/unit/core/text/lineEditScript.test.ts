import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { lineEditScript } from '../../../../src/core/text/lineEditScript'

/** The lines of `b`, rebuilt from `a` and the script: keeps and adds in order. */
function apply(a: readonly string[], b: readonly string[], script: readonly string[]): string[] {
  const out: string[] = []
  let i = 0
  let j = 0
  for (const edit of script) {
    if (edit === 'keep') {
      expect(a[i]).toBe(b[j])
      out.push(a[i++] as string)
      j++
    } else if (edit === 'remove') i++
    else out.push(b[j++] as string)
  }
  expect([i, j]).toEqual([a.length, b.length])
  return out
}

describe('lineEditScript', () => {
  test('keeps equal lines and turns one list into the other', () => {
    expect(lineEditScript(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual([
      'keep',
      'remove',
      'add',
      'keep',
    ])
    const lines = fc.array(fc.constantFrom('x', 'y', 'z', ''), { maxLength: 12 })
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        expect(apply(a, b, lineEditScript(a, b))).toEqual(b)
      }),
    )
  })
})
