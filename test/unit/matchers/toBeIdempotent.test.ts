import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { seedFromText } from '../../../src/idempotent/createRandom'
import { asyncFailureOf, failureOf } from '../../helpers/failureOf'
import { jest, vitest } from '../../helpers/idempotentExpect'

const pure = (order: { lines: { price: number; qty: number }[] }) => ({
  total: order.lines.reduce((sum, line) => sum + line.price * line.qty, 0),
})
const order = {
  lines: [
    { price: 3, qty: 2 },
    { price: 1, qty: 5 },
  ],
}

describe('.toBeIdempotent', () => {
  test('passes when a pure function gets the same arguments every time', () => {
    vitest(pure).toBeIdempotent({ args: [order] })
    vitest(pure).toBeIdempotent(3, { args: [order] })
    jest(pure).toBeIdempotent({ args: [order], shuffle: true })
  })

  test('fails when the output uses Math.random, under Vitest and under Jest', () => {
    const withNonce = () => ({ nonce: Math.random() })
    expect(failureOf(() => vitest(withNonce).toBeIdempotent())).toMatch(
      /call 2 of 5 differs from call 1/,
    )
    expect(failureOf(() => jest(withNonce).toBeIdempotent())).toMatch(
      /call 2 of 5 differs from call 1/,
    )
  })

  test('fails when a global counter leaks into the output', () => {
    let sequence = 0
    const invoice = (customer: string) => ({ customer, number: ++sequence })
    expect(failureOf(() => vitest(invoice).toBeIdempotent({ args: ['acme'] }))).toMatch(
      /First difference at \$\.number/,
    )
  })

  test('fails when an insertion-order-dependent reduce meets shuffled input, printing the seed', () => {
    const winner = (votes: Record<string, number>) =>
      Object.entries(votes).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
    const votes = { ada: 3, bob: 3, cyd: 1 }
    vitest(winner).toBeIdempotent({ args: [votes] })
    const message = failureOf(() => vitest(winner).toBeIdempotent({ args: [votes], shuffle: true }))
    // Without a seed option the seed comes from the test's name, so every run replays the same orders.
    const seed = seedFromText(expect.getState().currentTestName ?? '')
    expect(message).toContain(`Replay with { shuffle: true, seed: ${seed} }`)
    expect(message).toContain('$[0]: keys cyd, bob, ada (given: ada, bob, cyd)')
  })

  test('fails when a call mutates its arguments, although the outputs agree', () => {
    const sortInPlace = (xs: number[]) => xs.sort((a, b) => a - b)
    expect(failureOf(() => vitest(sortInPlace).toBeIdempotent({ args: [[2, 1]] }))).toMatch(
      /call 1 reordered argument 0 at \$\./,
    )
    vitest(sortInPlace).toBeIdempotent({ args: [[2, 1]], allowMutation: true })
  })

  test('passes when awaited for an async function, and returns a promise', async () => {
    const load = async (id: number) => ({ id, name: `user ${id}` })
    const assertion = vitest(load).toBeIdempotent(3, { args: [1] })
    expect(assertion).toBeInstanceOf(Promise)
    await assertion
    await jest(load).toBeIdempotent(3, { args: [1], concurrent: true })
  })

  test('fails when concurrent async calls race on shared state', async () => {
    let inFlight = 0
    const withLoad = async () => {
      inFlight++
      await Promise.resolve()
      const seen = inFlight
      inFlight--
      return { load: seen }
    }
    await vitest(withLoad).toBeIdempotent()
    expect(
      await asyncFailureOf(() => vitest(withLoad).toBeIdempotent({ concurrent: true })),
    ).toMatch(/calls run concurrently/)
  })

  test('passes when a custom equality tester accepts outputs our strict equality rejects', () => {
    class Money {
      constructor(
        readonly cents: number,
        readonly label: string,
      ) {}
    }
    let call = 0
    const price = () => new Money(500, ++call % 2 ? '$5.00' : '5.00 USD')
    expect(failureOf(() => vitest(price).toBeIdempotent())).toMatch(/First difference at \$\.label/)
    const sameCents = (a: unknown, b: unknown) =>
      a instanceof Money && b instanceof Money ? a.cents === b.cents : undefined
    expect.addEqualityTesters([sameCents])
    try {
      vitest(price).toBeIdempotent()
      // Custom testers never make Maps with different contents equal.
      let n = 0
      expect(failureOf(() => vitest(() => new Map([['k', ++n]])).toBeIdempotent())).toMatch(
        /differs from call 1/,
      )
    } finally {
      // Testers live in a global list for the whole file; this one must not leak into later tests.
      const registry = (globalThis as Record<symbol, { customEqualityTesters: unknown[] }>)[
        Symbol.for('$$jest-matchers-object')
      ]!.customEqualityTesters
      registry.splice(registry.indexOf(sameCents), 1)
      expect(failureOf(() => vitest(price).toBeIdempotent())).toMatch(
        /First difference at \$\.label/,
      )
    }
  })

  test('passes when errors are compared and every call throws the same error', () => {
    const parse = () => JSON.parse('not json')
    vitest(parse).toBeIdempotent({ errors: 'compare' })
  })

  test('fails when a property-mode function depends on its input key order', async () => {
    const keysOf = (o: Record<string, number>) => Object.keys(o)
    // Property mode always returns a promise.
    const message = await asyncFailureOf(async () => {
      await vitest(keysOf).toBeIdempotent({
        args: fc.tuple(fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.nat())),
        shuffle: true,
        fc: { seed: 1 },
      })
    })
    expect(message).toMatch(/For the counterexample below: 2 distinct outputs/)
    expect(message).toMatch(
      /Counterexample \(fast-check, after \d+ runs? and \d+ shrinks?\): args = (Array )?\[/,
    )
    expect(message).toMatch(/Replay with \{ fc: \{ seed: 1, path: "[\d:]+" \} \}/)
  })

  test('passes when a property-mode function is pure', async () => {
    await vitest((xs: number[]) => xs.length).toBeIdempotent({
      args: fc.tuple(fc.array(fc.nat())),
      shuffle: { unordered: true },
    })
  })

  test.each([
    [() => vitest(42).toBeIdempotent(), /received value must be a function/],
    [
      () => vitest(() => 1).toBeIdempotent(1),
      /The `times` option of toBeIdempotent\(\) must be an integer from 2/,
    ],
    [
      () => vitest(() => 1).toBeIdempotent({ times: 0 }),
      /The `times` option of toBeIdempotent\(\) must be an integer from 2/,
    ],
    [
      () => vitest(() => 1).toBeIdempotent('5' as never),
      /times must be an integer of at least 2, or the first argument/,
    ],
    [() => vitest(() => 1).toBeIdempotent(3, { times: 3 }), /times is given twice/],
    [() => vitest(() => 1).toBeIdempotent(3, 4 as never), /options must be an object/],
    [() => vitest(() => 1).toBeIdempotent({}, {}), /not options twice/],
    [
      () => vitest(() => 1).toBeIdempotent({ shufle: true } as never),
      /does not know the option `shufle`/,
    ],
    [
      () => vitest(() => 1).not.toBeIdempotent(1),
      /The `times` option of toBeIdempotent\(\) must be an integer from 2/,
    ],
    [() => jest(42).not.toBeIdempotent(), /received value must be a function/],
    [
      () => vitest(() => 1).toBeIdempotent({ clone: false, shuffle: true }),
      /`clone: false` cannot be combined with `shuffle`/,
    ],
    [
      () => vitest(() => 1).not.toBeIdempotent({ maxDepth: -1 }),
      /The `maxDepth` option of toBeIdempotent\(\) must be a positive integer/,
    ],
    [
      () => vitest(() => 1).toBeIdempotent(1e12),
      /The `times` option of toBeIdempotent\(\) must be an integer from 2 .* to 10000/,
    ],
    [
      () => jest(() => 1).not.toBeIdempotent({ times: 10_001 }),
      /The `times` option of toBeIdempotent\(\) must be an integer from 2 .* to 10000/,
    ],
    [
      () => vitest(() => 1).toBeIdempotent({ normalize: async (x: unknown) => x }),
      /`normalize` must be synchronous; await inside fn instead/,
    ],
    [
      () => vitest(() => 1).not.toBeIdempotent({ args: (async () => [1]) as never }),
      /`args` factory returned a Promise before call 1/,
    ],
  ])('throws when used wrongly (%#), with a TypeError even under .not', (assertion, message) => {
    let caught: unknown
    try {
      assertion()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(TypeError)
    expect((caught as Error).message).toMatch(/Matcher error:/)
    expect((caught as Error).message).toMatch(message)
  })

  test('passes when deep outputs and arguments are allowed by maxDepth', async () => {
    const deep = (depth: number) => {
      let node: object = { leaf: new Set([1]) }
      for (let i = 1; i < depth; i++) node = { next: node }
      return node
    }
    const echo = (value: object) => [value]
    expect(() => vitest(echo).toBeIdempotent({ args: [deep(1100)] })).toThrow(/larger `maxDepth`/)
    vitest(echo).toBeIdempotent({ args: [deep(1100)], maxDepth: 2000 })
    jest(echo).toBeIdempotent({ args: [deep(1100)], maxDepth: 2000, shuffle: true })
    await vitest(echo).toBeIdempotent({
      args: fc.tuple(fc.constant(deep(1100))),
      maxDepth: 2000,
      fc: { numRuns: 2 },
    })
  })

  test('throws when the args factory returns something other than an array', () => {
    expect(() => vitest(() => 1).toBeIdempotent({ args: () => 5 as never })).toThrow(TypeError)
  })
  test('throws when an async function meets an async normalize, with a TypeError', async () => {
    const caught = await vitest(async () => 1)
      .toBeIdempotent({ normalize: async (x: unknown) => x })
      .catch((e: unknown) => e)
    expect(caught).toBeInstanceOf(TypeError)
    expect((caught as Error).message).toMatch(
      /`normalize` returned a Promise on the output of call 1/,
    )
  })

  test('throws when the args factory throws, with the call number, the hint and the cause, in both directions', async () => {
    const cause = new Error('fixture missing')
    let made = 0
    const factory = () => {
      if (++made % 5 === 3) throw cause
      return [1]
    }
    for (const assertion of [
      () => vitest((n: number) => n).toBeIdempotent({ args: factory }),
      () => jest((n: number) => n).not.toBeIdempotent({ args: factory }),
    ]) {
      made = 0
      let caught: unknown
      try {
        assertion()
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(Error)
      expect(caught).not.toBeInstanceOf(TypeError)
      expect((caught as Error).message).toMatch(
        /toBeIdempotent[\s\S]*The `args` factory threw before call 3 of 5/,
      )
      expect((caught as Error).cause).toBe(cause)
    }
    made = 0
    const rejected = await vitest(async (n: number) => n)
      .toBeIdempotent({ args: factory })
      .catch((e: unknown) => e)
    expect((rejected as Error).message).toMatch(
      /toBeIdempotent[\s\S]*The `args` factory threw before call 3 of 5/,
    )
    expect((rejected as Error).cause).toBe(cause)
  })

  test('throws when normalize throws in property mode, with the hint and the cause', async () => {
    const cause = new Error('bad row')
    const normalize = (output: unknown) => {
      if ((output as number) > 5) throw cause
      return output
    }
    const rejected = await vitest((n: number) => n)
      .toBeIdempotent({ args: fc.tuple(fc.nat(10)), normalize, fc: { seed: 1 } })
      .catch((e: unknown) => e)
    expect((rejected as Error).message).toMatch(
      /toBeIdempotent[\s\S]*`normalize` threw on the output of call 1 of 5/,
    )
    expect((rejected as Error).cause).toBe(cause)
  })

  test('throws when normalize throws, naming the call whose output it got, in sync and async mode', async () => {
    const cause = new TypeError('cannot read id')
    const normalize = (output: unknown) => {
      if (output === 2) throw cause
      return output
    }
    let count = 0
    const message = failureOf(() => vitest(() => ++count).not.toBeIdempotent({ normalize }))
    expect(message).toMatch(
      /not\.toBeIdempotent[\s\S]*`normalize` threw on the output of call 2 of 5/,
    )
    count = 0
    const rejected = await vitest(async () => ++count)
      .toBeIdempotent({ normalize, concurrent: true })
      .catch((e: unknown) => e)
    expect(rejected).not.toBeInstanceOf(TypeError)
    expect((rejected as Error).message).toMatch(/`normalize` threw on the output of call 2 of 5/)
    expect((rejected as Error).cause).toBe(cause)
  })
})

describe('.not.toBeIdempotent', () => {
  test('passes when some call differs', () => {
    vitest(() => Math.random()).not.toBeIdempotent()
    jest(() => Math.random()).not.toBeIdempotent()
  })

  test('fails when every call returns the same output', () => {
    expect(failureOf(() => vitest(pure).not.toBeIdempotent({ args: [order] }))).toMatch(
      /Expected some call to return a different output, but all 5 calls returned the same output/,
    )
  })

  test('fails when a call throws, rather than passing because the function crashed', () => {
    const crash = () => {
      throw new Error('db down')
    }
    expect(failureOf(() => vitest(crash).not.toBeIdempotent())).toMatch(/call 1 of 5 threw/)
    expect(failureOf(() => jest(crash).not.toBeIdempotent())).toMatch(/call 1 of 5 threw/)
  })

  test('fails when a deterministic call mutates its arguments, rather than passing because of the mutation', () => {
    const sortInPlace = (xs: number[]) => xs.sort((a, b) => a - b)
    expect(failureOf(() => vitest(sortInPlace).not.toBeIdempotent({ args: [[3, 1, 2]] }))).toMatch(
      /call 1 reordered argument 0 at \$\./,
    )
    expect(failureOf(() => jest(sortInPlace).not.toBeIdempotent({ args: [[3, 1, 2]] }))).toMatch(
      /call 1 reordered argument 0 at \$\./,
    )
  })

  test('passes when the outputs differ, even if calls also mutate their arguments', () => {
    let call = 0
    const stamp = (row: { batch?: number }) => ((row.batch = ++call), row.batch)
    vitest(stamp).not.toBeIdempotent({ args: [{}] })
    jest(stamp).not.toBeIdempotent({ args: [{}] })
  })

  test('passes when a property-mode function differs for some input', async () => {
    let call = 0
    await vitest((n: number) => (n > 3 ? ++call : n)).not.toBeIdempotent({
      args: fc.tuple(fc.nat(10)),
    })
  })
})

describe('.toBeIdempotent with perturb', () => {
  const rank = (xs: { id: string; score: number }[]) =>
    [...xs].sort((a, b) => (a.score > b.score) as unknown as number).map((x) => x.id)
  const players = [
    { id: 'a', score: 2 },
    { id: 'b', score: 1 },
    { id: 'c', score: 3 },
  ]

  test('fails with a seed derived from the test’s name, and the printed replay fails the same way', () => {
    const seed = seedFromText(expect.getState().currentTestName ?? '')
    const message = failureOf(() => vitest(rank).toBeIdempotent({ args: [players], perturb: true }))
    expect(message).toContain(`Replay with { perturb: ['sort'], seed: ${seed} }.`)
    const replay = failureOf(() =>
      vitest(rank).toBeIdempotent({ args: [players], perturb: ['sort'], seed }),
    )
    const body = (text: string) =>
      text.slice(text.indexOf('Expected every call'), text.indexOf('Perturbed with'))
    expect(body(replay)).toBe(body(message))
    expect(replay).toContain(`Replay with { perturb: ['sort'], seed: ${seed} }.`)
  })

  test('passes under .not when perturbation makes the calls differ, under Vitest and Jest', () => {
    vitest(rank).not.toBeIdempotent({ args: [players], perturb: ['sort'] })
    jest(rank).not.toBeIdempotent({ args: [players], perturb: ['sort'] })
  })

  test('passes when a consistent comparator meets perturb: true', () => {
    const fair = (xs: typeof players) => [...xs].sort((a, b) => a.score - b.score).map((x) => x.id)
    vitest(fair).toBeIdempotent({ args: [players], perturb: true })
    jest(fair).toBeIdempotent({ args: [players], perturb: ['sort'] })
  })

  test('fails in property mode when no generated input reaches a source asked for by name', async () => {
    const length = (xs: number[]) => xs.length
    expect(
      await asyncFailureOf(() =>
        vitest(length).toBeIdempotent({ args: fc.tuple(fc.array(fc.nat())), perturb: ['sort'] }),
      ),
    ).toMatch(
      /perturb: 'sort' was requested, but fn sorted nothing with a comparator in 100 fast-check runs\./,
    )
  })

  test('fails in property mode naming the cause for the counterexample', async () => {
    const message = await asyncFailureOf(() =>
      vitest((xs: { k: number; id: number }[]) =>
        [...xs].sort((a, b) => (a.k > b.k ? 1 : -1)).map((x) => x.id),
      ).toBeIdempotent({
        args: fc.tuple(
          fc.uniqueArray(fc.record({ k: fc.nat(1), id: fc.nat() }), {
            selector: (x) => x.id,
            minLength: 2,
          }),
        ),
        perturb: ['sort'],
      }),
    )
    expect(message).toMatch(/^The output depends on 'sort'/m)
    expect(message).toMatch(/Counterexample \(fast-check/)
  })

  test('throws a usage error for a bad perturb option, also under .not', () => {
    expect(() => vitest(() => 1).not.toBeIdempotent({ perturb: 'sort' as never })).toThrow(
      TypeError,
    )
    expect(() => jest(() => 1).toBeIdempotent({ perturb: ['sortt'] as never })).toThrow(
      /does not know the source "sortt"/,
    )
  })
})
