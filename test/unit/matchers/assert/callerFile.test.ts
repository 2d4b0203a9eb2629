import { describe, expect, test } from 'vitest'
import { callerFile } from '../../../../matchers/assert/callerFile'

function whoCalls(): string | undefined {
  return callerFile(whoCalls)
}

describe('callerFile', () => {
  test('names the file that called the function', () => {
    expect(whoCalls()).toBe(import.meta.filename)
  })

  test('gives undefined when the runtime keeps no stack', () => {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      expect(whoCalls()).toBeUndefined()
    } finally {
      Error.stackTraceLimit = limit
    }
  })

  test('leaves Error.prepareStackTrace as it found it', () => {
    const original = Error.prepareStackTrace
    const mine = (): string => 'mine'
    Error.prepareStackTrace = mine
    try {
      whoCalls()
      expect(Error.prepareStackTrace).toBe(mine)
    } finally {
      Error.prepareStackTrace = original
    }
  })
})
