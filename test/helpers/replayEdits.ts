import { expect } from 'vitest'
import type { Edit } from '../../src/core/text/editScript'

/**
 * Replays an edit script on `a`, taking added items from `b`: a correct script gives `b` back
 * exactly, keeps only equal items and consumes both lists whole (checked here).
 */
export function replayEdits<T>(script: readonly Edit[], a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = []
  let i = 0
  let j = 0
  for (const edit of script) {
    if (edit === 'keep') {
      expect(a[i]).toBe(b[j])
      out.push(a[i++] as T)
      j++
    } else if (edit === 'remove') i++
    else out.push(b[j++] as T)
  }
  expect([i, j]).toEqual([a.length, b.length])
  return out
}
