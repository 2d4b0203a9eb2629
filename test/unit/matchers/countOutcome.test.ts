import { describe, expect, test } from 'vitest'
import { countOutcome } from '../../../matchers/countOutcome'

describe('countOutcome', () => {
  test('passes when Jest-style number counters are incremented per status', () => {
    const state = { added: 0, updated: 0, matched: 0, unmatched: 0 }
    for (const status of ['written', 'updated', 'matched', 'mismatch', 'missing'] as const)
      countOutcome(state, status)
    expect(state).toEqual({ added: 1, updated: 1, matched: 1, unmatched: 2 })
  })

  test('passes when Vitest-style counter objects go through valueOf and the setter', () => {
    let total = 5
    const state = {
      get added(): object {
        return { valueOf: () => total }
      },
      set added(value: unknown) {
        total = value as number
      },
    }
    countOutcome(state, 'written')
    expect(total).toBe(6)
  })

  test('passes when a state without counters, or with counters that are not numbers, is left as it is', () => {
    // The standalone `expect` package has no snapshot state at all.
    countOutcome(undefined, 'written')()
    const empty: Record<string, unknown> = {}
    countOutcome(empty, 'mismatch')
    expect(empty).toStrictEqual({})
    const state: Record<string, unknown> = { added: 'n/a', unmatched: { valueOf: () => NaN } }
    countOutcome(state, 'written')
    countOutcome(state, 'missing')
    expect(state.added).toBe('n/a')
    expect(Number(state.unmatched)).toBeNaN()
  })

  test('passes when taking back a count restores a number counter', () => {
    const state = { added: 0, updated: 0, matched: 0, unmatched: 0 }
    const undo = countOutcome(state, 'written')
    expect(state.added).toBe(1)
    undo()
    expect(state.added).toBe(0)
  })

  test("passes when a Vitest counter map counts the outcome under the test's id", () => {
    const counted: string[] = []
    const state = { added: { increment: (key: string) => counted.push(key), valueOf: () => 0 } }
    const undo = countOutcome(state, 'written', 'test-id')
    expect(counted).toEqual(['test-id'])
    // Vitest clears a test's counts itself before a retry: nothing is left to take back.
    undo()
    expect(counted).toEqual(['test-id'])
  })
})
