import { AssertionError } from 'node:assert'
import { describe, expect, test } from 'vitest'
import { assertionError, settleAssertion } from '../../../../matchers/assert/settleAssertion'

function check(pass: boolean): void | Promise<void> {
  return settleAssertion(
    { pass, message: () => 'the message' },
    { operator: 'x', stackStartFn: check },
  )
}

function checkLater(pass: boolean): void | Promise<void> {
  return settleAssertion(Promise.resolve({ pass, message: () => 'later' }), {
    operator: 'x',
    stackStartFn: checkLater,
  })
}

describe('settleAssertion', () => {
  test('passes when the result passed, synchronously or later', async () => {
    expect(check(true)).toBeUndefined()
    await expect(checkLater(true)).resolves.toBeUndefined()
  })

  test('throws an AssertionError with the message and operator when the result failed', () => {
    expect(() => check(false)).toThrow(AssertionError)
    expect(() => check(false)).toThrow(
      expect.objectContaining({ message: 'the message', operator: 'x', generatedMessage: false }),
    )
  })

  test('rejects with a stack that starts at the caller of an async assertion', async () => {
    const error = await Promise.resolve(checkLater(false)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AssertionError)
    const stack = (error as Error).stack ?? ''
    expect(stack).toContain(import.meta.filename)
    expect(stack).not.toContain('settleAssertion.ts')
  })
})

describe('assertionError', () => {
  test('keeps mocha from printing a second diff, and carries the values compared', () => {
    const error = assertionError('m', {
      operator: 'equalUnordered',
      values: { actual: [1], expected: [2] },
      stackStartFn: assertionError,
    })
    expect((error as unknown as { showDiff: unknown }).showDiff).toBe(false)
    expect(error.actual).toEqual([1])
    expect(error.expected).toEqual([2])
    expect(Object.keys(error)).not.toContain('showDiff')
  })
})
