import fs from 'node:fs'
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

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (4 collections reordered in calls 2 to 5).
      Do not let the output follow insertion order: sort keys, entries or members before use, or build the output from a sorted list.
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

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (3 collections reordered in calls 2 to 5).
      Do not let the output follow insertion order: sort keys, entries or members before use, or build the output from a sorted list.
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

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (4 collections reordered in calls 2 to 5).
      Do not let the output follow insertion order: sort keys, entries or members before use, or build the output from a sorted list.
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

/**
 * Removes what depends on the machine from a message: its own locale and time zone (and so the
 * zone across the date line from it), and today's date; and the line and column of sites in this
 * file, which every new snapshot above them would move (the unit tests check those).
 */
function machineFree(message: string): string {
  return message
    .replace(/(toBeIdempotent\.test\.ts):\d+:\d+/g, '$1:<line>:<column>')
    .replace(/the machine's is '[^']*'/g, "the machine's is '<machine>'")
    .replace(/Pacific\/(Kiritimati|Pago_Pago)/g, '<across the date line>')
    .replaceAll(new Date().toISOString().slice(0, 10), '<today>')
}

/** `failureOf`, machine-free. */
const perturbed = (assertion: () => unknown): string => machineFree(failureOf(assertion))

describe('.toBeIdempotent with perturb', () => {
  test('fails when a directory listing is used unsorted, naming readdir, the site and the replay', () => {
    // The file system's own order, fixed for the snapshot; the perturbation reorders what it returns.
    vi.spyOn(fs, 'readdirSync').mockImplementation((() => [
      'intro.md',
      'setup.md',
      'usage.md',
    ]) as never)
    const listDocs = (dir: string) => fs.readdirSync(dir).map((f) => String(f).replace('.md', ''))
    expect(
      perturbed(() =>
        vitest(listDocs).toBeIdempotent({ args: ['docs'], perturb: ['readdir'], seed: 1234 }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'readdir': directory listings were returned in another order (fs.readdirSync, 5 times).
      Site: fs.readdirSync at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Sort the listing before use: fs.readdirSync(dir).sort().
      Replay with { perturb: ['readdir'], seed: 1234 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      3 distinct outputs in 5 calls (compared in canonical form).

      The outputs differ only in order at $: call 1 and call 2 hold the same elements in another order. If their order is not part of the contract, say so with { unordered: ['$'] }.

      Call 1: Array [
        "intro",
        "setup",
        "usage",
      ]
      Call 2: Array [
        "usage",
        "setup",
        "intro",
      ]

      Perturbed with seed 1234 (call 1 ran unperturbed, each later call its own way): readdir: fs.readdirSync, 5 times."
    `)
  })

  test('fails when a comparator returns a boolean, naming sort', () => {
    const rank = (xs: { id: string; score: number }[]) =>
      [...xs].sort((a, b) => (a.score > b.score) as unknown as number).map((x) => x.id)
    const players = [
      { id: 'ana', score: 3 },
      { id: 'ben', score: 1 },
      { id: 'cy', score: 2 },
    ]
    expect(
      perturbed(() => vitest(rank).toBeIdempotent({ args: [players], perturb: true, seed: 7 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'sort': another correct stable sort algorithm gave another order, which only an inconsistent comparator can do (Array.prototype.sort, 5 times).
      Site: Array.prototype.sort at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      A consistent comparator returns a negative number, 0 or a positive number, with opposite signs for swapped arguments: (a, b) => a.score - b.score.
      Replay with { perturb: ['sort'], seed: 7 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      2 distinct outputs in 5 calls (compared in canonical form).

      The outputs differ only in order at $: call 1 and call 2 hold the same elements in another order. If their order is not part of the contract, say so with { unordered: ['$'] }.

      Call 1: Array [
        "ana",
        "ben",
        "cy",
      ]
      Call 2: Array [
        "ben",
        "cy",
        "ana",
      ]

      Perturbed with seed 7 (call 1 ran unperturbed, each later call its own way): order: 8 collections reordered in calls 2 to 5; sort: Array.prototype.sort, 5 times; not reached: async, readdir, clock, random, locale, timezone."
    `)
  })

  test('fails when a number is formatted in the default locale, naming locale', () => {
    const label = (cents: number) => (cents / 100).toLocaleString()
    expect(
      machineFree(
        perturbed(() =>
          vitest(label).toBeIdempotent({ args: [123456], perturb: ['locale'], seed: 1 }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'locale': the default locale was another one (Number.prototype.toLocaleString, 5 times; call 2 ran in 'ar-EG'; the machine's is '<machine>').
      Site: Number.prototype.toLocaleString at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Name the locale wherever the output must not depend on the machine: n.toLocaleString('en-US'), a.localeCompare(b, 'en').
      Replay with { perturb: ['locale'], seed: 1 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      4 distinct outputs in 5 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: "1,234.56"
      Call 2: "١٬٢٣٤٫٥٦"

      Perturbed with seed 1 (call 1 ran unperturbed, each later call its own way): locale: Number.prototype.toLocaleString, 5 times."
    `)
  })

  test('fails when the day is read in the machine’s time zone, naming timezone', () => {
    const day = (ts: number) => new Date(ts).getDate()
    expect(
      machineFree(
        perturbed(() =>
          vitest(day).toBeIdempotent({
            args: [Date.UTC(2024, 2, 5, 10)],
            perturb: ['timezone'],
            times: 2,
            seed: 1,
          }),
        ),
      ).replace(/Call 2: [46]/, 'Call 2: <4 or 6>'),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'timezone': the default time zone was another one (Date.prototype.getDate, 2 times; call 2 ran in '<across the date line>'; the machine's is '<machine>').
      Site: Date.prototype.getDate at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Use the UTC methods (getUTCHours) or name the zone: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).
      Replay with { perturb: ['timezone'], seed: 1 }.

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: 5
      Call 2: <4 or 6>

      Perturbed with seed 1 (call 1 ran unperturbed, each later call its own way): timezone: Date.prototype.getDate, 2 times."
    `)
  })

  test('fails when today’s date leaks into the output, naming clock', () => {
    const stamp = (order: string) => ({ order, day: new Date().toISOString().slice(0, 10) })
    expect(
      machineFree(
        perturbed(() =>
          vitest(stamp).toBeIdempotent({ args: ['A-1'], perturb: ['clock'], times: 2, seed: 1 }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'clock': the clock started from another instant (new Date(), 2 times; call 2 started at 2005-08-15T07:55:16.280Z).
      Site: new Date() at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Take the current time as an argument, or leave it out of the output (normalize, or ignore its path).
      Replay with { perturb: ['clock'], seed: 1 }.

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form).

      First difference at $.day (values differ):
      Call 1: "<today>"
      Call 2: "2005-08-15"

      - Call 1
      + Call 2

        {
      -   "day": "<today>",
      +   "day": "2005-08-15",
          "order": "A-1",
        }

      Perturbed with seed 1 (call 1 ran unperturbed, each later call its own way): clock: new Date(), 2 times."
    `)
  })

  test('fails when a random value leaks into the output, naming random', () => {
    // The platform's own randomness, fixed for the snapshot; calls 2+ draw from seeded streams.
    vi.spyOn(Math, 'random').mockReturnValue(0.5)
    const coupon = (prefix: string) => `${prefix}-${Math.floor(Math.random() * 1e6)}`
    expect(
      perturbed(() =>
        vitest(coupon).toBeIdempotent({ args: ['SALE'], perturb: ['random'], times: 3, seed: 1 }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'random': random values came from another seeded stream (Math.random, 3 times).
      Site: Math.random at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Take random values (or a seeded generator) as an argument, or leave them out of the output.
      Replay with { perturb: ['random'], seed: 1 }.

      Expected every call to return the same output, but call 2 of 3 differs from call 1.

      3 distinct outputs in 3 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: "SALE-500000"
      Call 2: "SALE-460844"

      Perturbed with seed 1 (call 1 ran unperturbed, each later call its own way): random: Math.random, 3 times."
    `)
  })

  test('fails when Promise.all pushes results in completion order, naming async and saying the outputs differ only in order', async () => {
    async function loadAll(ids: number[], deps: { fetchPrice(id: number): Promise<object> }) {
      const out: object[] = []
      await Promise.all(ids.map(async (id) => out.push(await deps.fetchPrice(id))))
      return out
    }
    const deps = { fetchPrice: async (id: number) => ({ id, cents: id * 100 }) }
    expect(
      machineFree(
        await asyncFailureOf(() =>
          vitest(loadAll).toBeIdempotent({
            args: [[1, 2, 3], deps],
            perturb: ['async'],
            times: 3,
            seed: 5,
          }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'async': asynchronous work completed in another order (timers delayed, promises settled late) ($[1].fetchPrice(), 9 times).
      Site: $[1].fetchPrice() at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      Keep results in the order the work was started (Promise.all(ids.map(load)) returns them in that order), not in the order it completes.
      Replay with { perturb: ['async'], seed: 5 }.

      Expected every call to return the same output, but call 2 of 3 differs from call 1.

      2 distinct outputs in 3 calls (compared in canonical form).

      The outputs differ only in order at $: call 1 and call 2 hold the same elements in another order. If their order is not part of the contract, say so with { unordered: ['$'] }.

      Call 1: Array [
        Object {
          "cents": 100,
          "id": 1,
        },
        Object {
          "cents": 200,
          "id": 2,
        },
        Object {
          "cents": 300,
          "id": 3,
        },
      ]
      Call 2: Array [
        Object {
          "cents": 300,
          "id": 3,
        },
        Object {
          "cents": 200,
          "id": 2,
        },
        Object {
          "cents": 100,
          "id": 1,
        },
      ]

      Perturbed with seed 5 (call 1 ran unperturbed, each later call its own way): async: $[1].fetchPrice(), 9 times."
    `)
  })

  test('fails naming no cause when the output differs with nothing perturbed', () => {
    vi.spyOn(fs, 'readdirSync').mockImplementation((() => ['a.md', 'b.md']) as never)
    let served = 0
    const next = () => ({ files: fs.readdirSync('.').length, ticket: ++served })
    expect(
      perturbed(() => vitest(next).toBeIdempotent({ perturb: ['readdir'], times: 2, seed: 2 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      No cause can be named: the output still differs with nothing perturbed and the clock and randomness held fixed, so it depends on something else (state shared between calls, or something this library does not reach).
      Replay with { perturb: ['readdir'], seed: 2 }.

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form).

      First difference at $.ticket (values differ):
      Call 1: 1
      Call 2: 2

      - Call 1
      + Call 2

        {
          "files": 2,
      -   "ticket": 1,
      +   "ticket": 2,
        }

      Perturbed with seed 2 (call 1 ran unperturbed, each later call its own way): readdir: fs.readdirSync, 2 times."
    `)
  })

  test('fails when a source asked for by name is never reached, also under .not', () => {
    const pure = (xs: number[]) => xs.length
    expect(
      perturbed(() => vitest(pure).toBeIdempotent({ args: [[1]], perturb: ['readdir', 'sort'] })),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      perturb: 'readdir' was requested, but fn read no directory in 5 calls.
      perturb: 'sort' was requested, but fn sorted nothing with a comparator in 5 calls.

      A perturbation that never happened proves nothing. Check that fn reaches what the source patches (a reference taken before the check, a worker thread, a child process or a native addon is out of reach), or leave them out of perturb (perturb: true asks for no source in particular)."
    `)
    expect(perturbed(() => vitest(pure).not.toBeIdempotent({ args: [[1]], perturb: ['clock'] })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      perturb: 'clock' was requested, but fn read no clock in 5 calls.

      A perturbation that never happened proves nothing. Check that fn reaches what the source patches (a reference taken before the check, a worker thread, a child process or a native addon is out of reach), or leave it out of perturb (perturb: true asks for no source in particular)."
    `)
  })

  test('fails under .not when every perturbed call agrees, saying what was perturbed', () => {
    const listDocs = (dir: string) =>
      fs.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    expect(
      perturbed(() =>
        vitest(listDocs).not.toBeIdempotent({ args: ['.'], perturb: ['readdir', 'sort'], seed: 3 }),
      ).replace(/Output: [^]*?\n\n/, 'Output: <the listing>\n\n'),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      Expected some call to return a different output, but all 5 calls returned the same output (compared in canonical form).

      Output: <the listing>

      Perturbed with seed 3 (call 1 ran unperturbed, each later call its own way): readdir: fs.readdirSync, 5 times; sort: Array.prototype.sort, 5 times."
    `)
  })

  test('throws when two perturbed checks overlap', async () => {
    const slow = vitest(async () => 1).toBeIdempotent({ perturb: true, times: 2 })
    expect(perturbed(() => vitest(() => 1).toBeIdempotent({ perturb: ['sort'] })))
      .toMatchInlineSnapshot(`
        "expect(received).toBeIdempotent(expected)

        Matcher error: Another check with \`perturb\` is still running in this process. Perturbed checks patch globals (Date, Math.random, fs, Array.prototype.sort…) and cannot overlap: run them one at a time (not in test.concurrent), and await each before starting the next.

        Received has type:  Function
        Received has value: [Function anonymous]"
      `)
    await slow
  })

  test('throws when perturb names an unknown source', () => {
    expect(perturbed(() => vitest(() => 1).toBeIdempotent({ perturb: ['readir'] as never })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Matcher error: The \`perturb\` option does not know the source "readir". Known sources: 'order', 'async', 'readdir', 'sort', 'clock', 'random', 'locale', 'timezone'.

      Received has type:  Object
      Received has value: Object {
        "perturb": Array [
          "readir",
        ],
        "seed": 1301802145,
      }"
    `)
  })
})

describe('.toBeIdempotent with perturb under Jest expect', () => {
  test('fails when a comparator never returns 0, naming sort', () => {
    const byAge = (people: { name: string; age: number }[]) =>
      people.toSorted((a, b) => (a.age < b.age ? -1 : 1)).map((p) => p.name)
    const people = [
      { name: 'Ada', age: 36 },
      { name: 'Bob', age: 36 },
      { name: 'Cy', age: 20 },
    ]
    expect(
      perturbed(() => jest(byAge).toBeIdempotent({ args: [people], perturb: ['sort'], seed: 11 })),
    ).toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      The output depends on 'sort': another correct stable sort algorithm gave another order, which only an inconsistent comparator can do (Array.prototype.toSorted, 5 times).
      Site: Array.prototype.toSorted at test/messages/toBeIdempotent.test.ts:<line>:<column> (perturbing it alone changes the output of call 2).
      A consistent comparator returns a negative number, 0 or a positive number, with opposite signs for swapped arguments: (a, b) => a.score - b.score.
      Replay with { perturb: ['sort'], seed: 11 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      2 distinct outputs in 5 calls (compared in canonical form).

      The outputs differ only in order at $: call 1 and call 2 hold the same elements in another order. If their order is not part of the contract, say so with { unordered: ['$'] }.

      Call 1: ["Cy", "Ada", "Bob"]
      Call 2: ["Cy", "Bob", "Ada"]

      Perturbed with seed 11 (call 1 ran unperturbed, each later call its own way): sort: Array.prototype.toSorted, 5 times."
    `)
  })

  test('fails when an argument is sorted in place, saying it was reordered', () => {
    const cheapest = (prices: { sku: string; cents: number }[]) =>
      prices.sort((a, b) => a.cents - b.cents)[0]?.sku
    const prices = [
      { sku: 'TEA', cents: 450 },
      { sku: 'MUG', cents: 900 },
      { sku: 'PEN', cents: 120 },
    ]
    expect(perturbed(() => jest(cheapest).toBeIdempotent({ args: [prices] })))
      .toMatchInlineSnapshot(`
      "expect(received).toBeIdempotent(expected)

      Expected every call to leave its arguments unchanged, but call 1 reordered argument 0 at $.

      Argument 0 at $ holds the same elements in another order after the call (5 of the calls changed their arguments):
      Before: [{"cents": 450, "sku": "TEA"}, {"cents": 900, "sku": "MUG"}, {"cents": 120, "sku": "PEN"}]
      After:  [{"cents": 120, "sku": "PEN"}, {"cents": 450, "sku": "TEA"}, {"cents": 900, "sku": "MUG"}]

      An in-place sort or reverse changes the caller's array. Sort a copy instead (xs.toSorted(…) or [...xs].sort(…)), or, if reordering the argument is intended, pass { allowMutation: true }."
    `)
  })

  test('fails when a source asked for by name is never reached, under .not too', () => {
    expect(perturbed(() => jest(() => 1).not.toBeIdempotent({ perturb: ['locale'], times: 3 })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toBeIdempotent(expected)

      perturb: 'locale' was requested, but fn made no locale-dependent call in 3 calls.

      A perturbation that never happened proves nothing. Check that fn reaches what the source patches (a reference taken before the check, a worker thread, a child process or a native addon is out of reach), or leave it out of perturb (perturb: true asks for no source in particular)."
    `)
  })
})
