import fc from 'fast-check'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { asyncFailureOf, failureOf } from '../helpers/failureOf'
import { jest, vitest } from '../helpers/idempotentExpect'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('.toBeIdempotent', () => {
  test('fails when the output depends on Math.random', () => {
    const values = [0.25, 0.75, 0.25, 0.5, 0.75]
    vi.spyOn(Math, 'random').mockImplementation(() => values.shift() ?? 0)
    const roll = () => ({ id: 'dice', value: Math.floor(Math.random() * 6) + 1 })
    expect(failureOf(() => vitest(roll).toBeIdempotent())).toMatchInlineSnapshot(`
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
      failureOf(() =>
        vitest(firstKey).toBeIdempotent({
          args: [{ apple: 1, pear: 2, fig: 3 }],
          shuffle: true,
          seed: 7,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (4 collections reordered).
      Replay with { shuffle: true, seed: 7 }.

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

      Call 2 got its arguments reordered (1 collection; call 1 got them as given):
        $[0]: keys fig, pear, apple (given: apple, pear, fig)"
    `)
  })

  test('fails when a call mutates its argument', () => {
    const addTotal = (cart: { items: number[] }) => {
      cart.items.push(0)
      return cart.items.length
    }
    expect(failureOf(() => vitest(addTotal).toBeIdempotent(3, { args: [{ items: [2, 3] }] })))
      .toMatchInlineSnapshot(`
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
    expect(failureOf(() => vitest(flaky).toBeIdempotent())).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return, but call 2 of 5 threw.

      Thrown: [RangeError: quota exceeded]

      To compare thrown errors (class and message) like outputs, pass { errors: 'compare' }."
    `)
  })

  test('throws when the args factory throws', () => {
    let made = 0
    const factory = () => {
      if (++made === 2) throw new Error('fixture file missing')
      return [1]
    }
    expect(failureOf(() => vitest((n: number) => n).toBeIdempotent({ args: factory })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The \`args\` factory threw before call 2 of 5, so the calls could not be compared.

      Thrown: [Error: fixture file missing]"
    `)
  })

  test('throws when normalize throws', () => {
    let count = 0
    const normalize = (output: unknown) => (output as { id: string }).id
    expect(
      failureOf(() =>
        vitest(() => (++count === 4 ? null : { id: 'a' })).toBeIdempotent({ normalize }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      \`normalize\` threw on the output of call 4 of 5, so the calls could not be compared.

      Thrown: [TypeError: Cannot read properties of null (reading 'id')]"
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
    expect(
      await asyncFailureOf(() =>
        vitest(collect).toBeIdempotent(3, { args: ['a'], concurrent: true }),
      ),
    ).toMatchInlineSnapshot(`
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
    expect(failureOf(() => vitest(sum).not.toBeIdempotent({ args: [[1, 2, 3]] })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      Expected some call to return a different output, but all 5 calls returned the same output (compared in canonical form).

      Output: Object {
        "total": 6,
      }"
    `)
  })
})

describe('.not.toBeIdempotent with a mutation', () => {
  test('fails when every call returns the same output but mutates its argument', () => {
    const sortInPlace = (xs: number[]) => xs.sort((a, b) => a - b)
    expect(failureOf(() => vitest(sortInPlace).not.toBeIdempotent({ args: [[3, 1, 2]] })))
      .toMatchInlineSnapshot(`
        "expect(received).not.toBeIdempotent(expected)

        Expected every call to leave its arguments unchanged, but call 1 reordered argument 0 at $.

        Argument 0 at $ holds the same elements in another order after the call (5 of the calls changed their arguments):
        Before: Array [
          3,
          1,
          2,
        ]
        After:  Array [
          1,
          2,
          3,
        ]

        An in-place sort or reverse changes the caller's array. Sort a copy instead (xs.toSorted(…) or [...xs].sort(…)), or, if reordering the argument is intended, pass { allowMutation: true }."
      `)
  })
})

describe('.toBeIdempotent with more findings', () => {
  test('fails when outputs differ and calls also mutate their arguments', () => {
    let call = 0
    const tagAll = (rows: { id: number; tags?: string[] }[]) => {
      call++
      for (const row of rows) row.tags = [`batch-${call}`]
      return rows.map((row) => `${row.id}:${row.tags?.join()}`)
    }
    expect(failureOf(() => vitest(tagAll).toBeIdempotent(2, { args: [[{ id: 1 }]] })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form).

      First difference at $[0] (values differ):
      Call 1: "1:batch-1"
      Call 2: "1:batch-2"

      - Call 1
      + Call 2

        [
      -   "1:batch-1",
      +   "1:batch-2",
        ]

      Also, call 1 mutated argument 0 at $[0].tags (missing before the call; 2 of the calls changed their arguments):
      Before: undefined
      After:  Array [
        "batch-1",
      ]

      Each call got its own copy of the arguments, so the change did not reach the other calls, but callers sharing one value would see it. If changing the arguments is intended, pass { allowMutation: true }."
    `)
  })

  test('fails when compared errors differ between calls', () => {
    let attempt = 0
    const connect = () => {
      attempt++
      throw attempt === 1 ? new Error('ECONNREFUSED') : new TypeError('socket closed')
    }
    expect(failureOf(() => vitest(connect).toBeIdempotent(2, { errors: 'compare' })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form, thrown errors compared by class and message).

      First difference at $.class (values differ):
      Call 1: "Error"
      Call 2: "TypeError"

      - Call 1
      + Call 2

        Thrown {
      -   "class": "Error",
      -   "message": "ECONNREFUSED",
      +   "class": "TypeError",
      +   "message": "socket closed",
        }"
    `)
  })

  test('fails when a property-mode function keeps the first key per value, with the counterexample', async () => {
    const invert = (o: Record<string, number>) => {
      const out: Record<number, string> = {}
      for (const [key, value] of Object.entries(o)) out[value] ??= key
      return out
    }
    expect(
      // Property mode always returns a promise.
      await asyncFailureOf(async () => {
        await vitest(invert).toBeIdempotent({
          args: fc.tuple(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.nat(3))),
          shuffle: true,
          seed: 5,
          fc: { seed: 42 },
        })
      }),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (3 collections reordered).
      Replay with { shuffle: true, seed: 5 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      For the counterexample below: 2 distinct outputs in 5 calls (compared in canonical form).

      First difference at $['0'] (values differ):
      Call 1: "a"
      Call 2: "d"

      - Call 1
      + Call 2

        {
      -   "0": "a",
      +   "0": "d",
        }

      Call 2 got its arguments reordered (1 collection; call 1 got them as given):
        $[0]: keys d, a (given: a, d)

      Counterexample (fast-check, after 2 runs and 2 shrinks): args = Array [
        Object {
          "a": 0,
          "d": 0,
        },
      ]
      Replay with { fc: { seed: 42, path: "1:1:3" } }."
    `)
  })
})

describe('.toBeIdempotent under Jest expect', () => {
  test('fails when a tie is broken by key order, printing both leaves without a diff', () => {
    const winner = (votes: Record<string, number>) =>
      Object.entries(votes).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
    expect(
      failureOf(() =>
        jest(winner).toBeIdempotent({ args: [{ ada: 3, bob: 3, cyd: 1 }], shuffle: true, seed: 9 }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (4 collections reordered).
      Replay with { shuffle: true, seed: 9 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      2 distinct outputs in 5 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: "ada"
      Call 2: "bob"

      Call 2 got its arguments reordered (1 collection; call 1 got them as given):
        $[0]: keys cyd, bob, ada (given: ada, bob, cyd)"
    `)
  })

  test('fails when Math.random leaks into the output', () => {
    const values = [0.1, 0.9, 0.1, 0.1, 0.1]
    vi.spyOn(Math, 'random').mockImplementation(() => values.shift() ?? 0)
    const pick = (xs: string[]) => ({ pick: xs[Math.floor(Math.random() * xs.length)] })
    expect(failureOf(() => jest(pick).toBeIdempotent({ args: [['red', 'green']] })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      2 distinct outputs in 5 calls (compared in canonical form).

      First difference at $.pick (values differ):
      Call 1: "red"
      Call 2: "green"

      - Call 1
      + Call 2

        Object {
      -   "pick": "red",
      +   "pick": "green",
        }"
    `)
  })

  test('fails under .not when every call agrees', () => {
    expect(failureOf(() => jest((n: number) => n * 2).not.toBeIdempotent(3, { args: [21] })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      Expected some call to return a different output, but all 3 calls returned the same output (compared in canonical form).

      Output: 42"
    `)
  })

  test('throws when times is above the cap', () => {
    expect(failureOf(() => jest(() => 1).toBeIdempotent(1e12))).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Matcher error: The \`times\` option of toBeIdempotent() must be an integer from 2 (one call has nothing to be compared with) to 10000, but received 1000000000000.

      Received has type:  number
      Received has value: 1000000000000"
    `)
  })

  test('throws when times is below 2', () => {
    expect(failureOf(() => jest(() => 1).toBeIdempotent(1))).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Matcher error: The \`times\` option of toBeIdempotent() must be an integer from 2 (one call has nothing to be compared with) to 10000, but received 1.

      Received has type:  number
      Received has value: 1"
    `)
  })
})
