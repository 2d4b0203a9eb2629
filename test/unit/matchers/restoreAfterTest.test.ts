import { describe, expect, test } from 'vitest'
import { PerturbSession } from '../../../src/idempotent/perturb/PerturbSession'
import { restoreAfterTest } from '../../../matchers/restoreAfterTest'

describe('restoreAfterTest', () => {
  test('does nothing when no perturbed check is open', () => {
    expect(() => restoreAfterTest()).not.toThrow()
  })

  test('throws when a perturbed check is still open, after putting the globals back', () => {
    const before = Math.random
    const session = PerturbSession.open(1)
    session.install(['random'])
    expect(Math.random).not.toBe(before)
    expect(() => restoreAfterTest()).toThrow(
      /a check with `perturb` was still running when the test ended/,
    )
    expect(Math.random).toBe(before)
    expect(() => restoreAfterTest()).not.toThrow()
  })
})
