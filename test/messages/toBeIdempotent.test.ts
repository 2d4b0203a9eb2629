import { afterEach, describe, expect, test, vi } from 'vitest'
import { toBeIdempotent } from '../../matchers/toBeIdempotent'
import { asyncFailureOf, failureOf } from '../helpers/failureOf'
import type { IdempotentOptions } from '../../src/idempotentOptions'

expect.extend({ toBeIdempotent })

declare module 'vitest' {
  interface Matchers<T = any> {
    toBeIdempotent(times?: number | IdempotentOptions, options?: IdempotentOptions): any
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('.toBeIdempotent', () => {
  test('fails when the output depends on Math.random', () => {
    const values = [0.25, 0.75, 0.25, 0.5, 0.75]
    vi.spyOn(Math, 'random').mockImplementation(() => values.shift() ?? 0)
    const roll = () => ({ id: 'dice', value: Math.floor(Math.random() * 6) + 1 })
    expect(failureOf(() => expect(roll).toBeIdempotent())).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      3 distinct outputs in 5 calls (compared in canonical form).

      First difference at $.value (values differ):
      Call 1: 2
      Call 2: 5

      - Call 1
      + Call 2

        {
          "id": "dice",
      -   "value": 2,
      +   "value": 5,
        }"
    `)
  })

  test('fails when the output depends on key insertion order, under shuffle', () => {
    const firstKey = (prices: Record<string, number>) => ({ cheapest: Object.keys(prices)[0] })
    expect(
      failureOf(() => expect(firstKey).toBeIdempotent({ args: [{ apple: 1, pear: 2, fig: 3 }], shuffle: true, seed: 7 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      3 distinct outputs in 5 calls (compared in canonical form).

      First difference at $.cheapest (values differ):
      Call 1: "apple"
      Call 2: "fig"

      - Call 1
      + Call 2

        {
      -   "cheapest": "apple",
      +   "cheapest": "fig",
        }

      Shuffle seed: 7. Replay with { shuffle: true, seed: 7 }.
      Call 2 got its arguments reordered (1 collection; call 1 got them as given):
        $[0]: keys fig, pear, apple (given: apple, pear, fig)"
    `)
  })

  test('fails when a call mutates its argument', () => {
    const addTotal = (cart: { items: number[] }) => {
      cart.items.push(0)
      return cart.items.length
    }
    expect(failureOf(() => expect(addTotal).toBeIdempotent(3, { args: [{ items: [2, 3] }] }))).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to leave its arguments unchanged, but call 1 mutated argument 0 at $.items[2].

      Difference at $.items[2] of argument 0 (missing before the call; 3 of the calls changed their arguments):
      Before: undefined
      After:  0

      Each call got its own copy of the arguments, so the change did not reach the other calls, but callers sharing one value would see it. If changing the arguments is intended, pass { allowMutation: true }."
    `)
  })

  test('throws when a call throws', () => {
    let calls = 0
    const flaky = () => {
      calls++
      if (calls === 2) throw new RangeError('quota exceeded')
      return 1
    }
    expect(failureOf(() => expect(flaky).toBeIdempotent())).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return, but call 2 of 5 threw.

      Thrown: [RangeError: quota exceeded]

      To compare thrown errors (class and message) like outputs, pass { errors: 'compare' }."
    `)
  })

  test('fails when an async function shares state across concurrent calls', async () => {
    let batch: string[] = []
    const collect = async (id: string) => {
      batch.push(id)
      await Promise.resolve()
      const out = batch
      batch = []
      return out
    }
    expect(await asyncFailureOf(() => expect(collect).toBeIdempotent(3, { args: ['a'], concurrent: true }))).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 3 differs from call 1.

      2 distinct outputs in 3 calls (compared in canonical form, calls run concurrently).

      First difference at $[0] (missing in call 2):
      Call 1: "a"
      Call 2: undefined

      - Call 1
      + Call 2

      - [
      -   "a",
      -   "a",
      -   "a",
      - ]
      + []"
    `)
  })
})

describe('.not.toBeIdempotent', () => {
  test('fails when every call returns the same output', () => {
    const sum = (xs: number[]) => ({ total: xs.reduce((a, b) => a + b, 0) })
    expect(failureOf(() => expect(sum).not.toBeIdempotent({ args: [[1, 2, 3]] }))).toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      Expected some call to return a different output, but all 5 calls returned the same output (compared in canonical form).

      Output: Object {
        "total": 6,
      }"
    `)
  })
})
