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

  test('passes when a missing snapshot state or counter is left alone', () => {
    expect(() => countOutcome(undefined, 'written')).not.toThrow()
    const state: Record<string, unknown> = { added: 'n/a' }
    countOutcome(state, 'written')
    expect(state).toEqual({ added: 'n/a' })
  })
})
