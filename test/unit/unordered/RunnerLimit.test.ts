import { equals, iterableEquality } from '@jest/expect-utils'
import { describe, expect, test } from 'vitest'
import { compareUnordered } from '../../../src/unordered/compareUnordered'
import { RUNNER_NESTING, RunnerLimit } from '../../../src/unordered/RunnerLimit'

describe('RunnerLimit', () => {
  test('throws when multisets nest past RUNNER_NESTING under the runner’s equals', () => {
    let value: unknown = [1]
    // Elements less than 64 levels deep are keyed, not matched by the runner: go well past.
    for (let i = 0; i <= RUNNER_NESTING + 100; i++) value = [value]
    const runner = { equals: (a: unknown, b: unknown) => equals(a, b, [iterableEquality]) }
    expect(() => compareUnordered(value, value, { maxDepth: 10_000 }, runner)).toThrow(RunnerLimit)
  })

  test('passes when the library compares the same data without the runner', () => {
    let value: unknown = [1]
    // Elements less than 64 levels deep are keyed, not matched by the runner: go well past.
    for (let i = 0; i <= RUNNER_NESTING + 100; i++) value = [value]
    expect(compareUnordered(value, value, { maxDepth: 10_000 }).pass).toBe(true)
    expect(new RunnerLimit('asymmetric').message).toMatch(/needs the runner/)
  })
})
