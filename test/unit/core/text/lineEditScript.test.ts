import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { lineEditScript } from '../../../../src/core/text/lineEditScript'
import { replayEdits } from '../../../helpers/replayEdits'

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
        expect(replayEdits(lineEditScript(a, b), a, b)).toEqual(b)
      }),
    )
  })
})
