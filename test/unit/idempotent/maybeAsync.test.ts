import { describe, expect, test } from 'vitest'
import { drive, settle } from '../../../src/idempotent/maybeAsync'

function* sum(values: (number | Promise<number>)[]): Generator<unknown, number, unknown> {
  let total = 0
  for (const value of values) total += yield* settle(value)
  return total
}

describe('maybeAsync', () => {
  test('stays synchronous while nothing is a promise', () => {
    expect(drive(sum([1, 2, 3]))).toBe(6)
  })

  test('becomes a promise from the first promise on', async () => {
    const result = drive(sum([1, Promise.resolve(2), 3]))
    expect(result).toBeInstanceOf(Promise)
    expect(await result).toBe(6)
  })

  test('throws a rejection into the generator, so its finally blocks run', async () => {
    const log: string[] = []
    function* guarded(): Generator<unknown, string, unknown> {
      try {
        yield* settle(Promise.reject(new Error('no')))
        return 'unreached'
      } catch (error) {
        log.push((error as Error).message)
        return 'caught'
      } finally {
        log.push('finally')
      }
    }
    expect(await drive(guarded())).toBe('caught')
    expect(log).toEqual(['no', 'finally'])
  })

  test('passes on errors the generator throws, sync or after a promise', async () => {
    function* failing(after: unknown): Generator<unknown, never, unknown> {
      yield* settle(after)
      throw new RangeError('mine')
    }
    expect(() => drive(failing(1))).toThrow(RangeError)
    await expect(drive(failing(Promise.resolve(1)))).rejects.toThrow(RangeError)
  })
})
