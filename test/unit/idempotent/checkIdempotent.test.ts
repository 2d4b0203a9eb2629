import fc from 'fast-check'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  DEFAULT_SEED,
  DEFAULT_TIMES,
  MAX_TIMES,
} from '../../../src/idempotent/readIdempotentOptions'
import { checkIdempotent, checkIdempotentProperty } from '../../../src/idempotent/checkIdempotent'
import { Thrown } from '../../../src/idempotent/Thrown'
import { type IdempotenceResult } from '../../../src/idempotent/IdempotenceResult'

afterEach(() => {
  vi.restoreAllMocks()
})

/** The synchronous result; fails the test when the engine returned a promise. */
function sync(result: IdempotenceResult | Promise<IdempotenceResult>): IdempotenceResult {
  if (result instanceof Promise) throw new Error('expected a synchronous result')
  return result
}

/** Sums line totals into an object keyed by the first SKU seen per category: insertion order leaks. */
function firstSkuPerCategory(stock: Record<string, { category: string }>) {
  const out: Record<string, string> = {}
  for (const [sku, item] of Object.entries(stock)) out[item.category] ??= sku
  return out
}

interface Chain {
  next?: Chain
  leaf?: unknown
}

/** A linked list `depth` links long, with `leaf` on its last node. */
function chain(depth: number, leaf?: unknown): Chain {
  let node: Chain = leaf === undefined ? {} : { leaf }
  for (let i = 1; i < depth; i++) node = { next: node }
  return node
}

describe('checkIdempotent', () => {
  test('passes when a pure function is called the default number of times', () => {
    const calls: number[][] = []
    const result = sync(
      checkIdempotent((xs: number[]) => (calls.push(xs), xs.map((x) => x * 2)), { args: [[1, 2]] }),
    )
    expect(result.pass).toBe(true)
    expect(result.times).toBe(DEFAULT_TIMES)
    expect(calls).toHaveLength(5)
    expect(result.calls.map((c) => c.output)).toEqual(Array(5).fill([2, 4]))
    expect(result.distinct).toBe(1)
    expect(result.divergence).toBeUndefined()
    expect(result.async).toBe(false)
  })

  test('passes when Sets and Maps are built in a different order on each call', () => {
    let call = 0
    const build = () => {
      call++
      const ids = call % 2 === 0 ? [3, 2, 1] : [1, 2, 3]
      return {
        ids: new Set(ids),
        byId: new Map(ids.map((id) => [id, `user${id}`])),
        names: { b: 1, a: 2 },
      }
    }
    expect(sync(checkIdempotent(build, { times: 4 })).pass).toBe(true)
  })

  test('fails when the output depends on Math.random', () => {
    const result = sync(checkIdempotent(() => ({ token: Math.random().toString(36).slice(2) })))
    expect(result.pass).toBe(false)
    expect(result.divergence).toMatchObject({
      call: 2,
      difference: { path: '$.token', reason: 'values differ' },
    })
    expect(result.distinct).toBe(5)
  })

  test('fails when the output depends on Date.now, and passes when that field is ignored', () => {
    let now = 1_700_000_000_000
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1))
    const stamp = (id: number) => ({ id, createdAt: Date.now() })
    expect(sync(checkIdempotent(stamp, { args: [7] })).divergence?.difference?.path).toBe(
      '$.createdAt',
    )
    expect(sync(checkIdempotent(stamp, { args: [7], ignore: ['$.createdAt'] })).pass).toBe(true)
  })

  test('fails when the output depends on a global counter, counting distinct outputs', () => {
    let counter = 0
    const nextId = (prefix: string) => `${prefix}-${counter++ % 2}`
    const result = sync(checkIdempotent(nextId, { args: ['order'], times: 4 }))
    expect(result.pass).toBe(false)
    expect(result.divergence?.call).toBe(2)
    expect(result.distinct).toBe(2)
  })

  test('passes when an insertion-order-dependent reduce sees one order, and fails under shuffle', () => {
    const stock = {
      'sku-1': { category: 'fruit' },
      'sku-2': { category: 'fruit' },
      'sku-3': { category: 'veg' },
    }
    expect(sync(checkIdempotent(firstSkuPerCategory, { args: [stock] })).pass).toBe(true)
    const shuffled = sync(
      checkIdempotent(firstSkuPerCategory, { args: [stock], shuffle: true, seed: 1 }),
    )
    expect(shuffled.pass).toBe(false)
    expect(shuffled.seed).toBe(1)
    expect(shuffled.divergence).toMatchObject({
      call: 2,
      difference: { path: '$.fruit', left: 'sku-1', right: 'sku-2' },
    })
    expect(shuffled.calls[0]?.reorderings).toEqual([])
    expect(shuffled.calls[1]?.reorderings[0]).toMatchObject({ path: '$[0]', kind: 'keys' })
  })

  test('passes when shuffle is on and the function sorts before it reduces', () => {
    const sorted = (stock: Record<string, { category: string }>) =>
      firstSkuPerCategory(
        Object.fromEntries(Object.entries(stock).sort(([a], [b]) => (a < b ? -1 : 1))),
      )
    const stock = { b: { category: 'x' }, a: { category: 'x' }, c: { category: 'y' } }
    expect(sync(checkIdempotent(sorted, { args: [stock], shuffle: true, times: 10 })).pass).toBe(
      true,
    )
  })

  test('passes when the same seed reorders the same way on every run', () => {
    const keys = (o: object) => Object.keys(o).join()
    const args = [Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, i]))]
    const outputs = (seed: number) =>
      sync(checkIdempotent(keys, { args, shuffle: true, seed })).calls.map((c) => c.output)
    expect(outputs(99)).toEqual(outputs(99))
    expect(outputs(99)).not.toEqual(outputs(100))
    expect(sync(checkIdempotent(keys, { args, shuffle: true })).seed).toBe(DEFAULT_SEED)
  })

  test('passes when arrays are shuffled only at the unordered paths of shuffle', () => {
    const head = (rows: number[]) => rows[0]
    expect(sync(checkIdempotent(head, { args: [[1, 2, 3]], shuffle: true })).pass).toBe(true)
    expect(
      sync(checkIdempotent(head, { args: [[1, 2, 3]], shuffle: { unordered: ['$[0]'] } })).pass,
    ).toBe(false)
    // Reordering an unordered array is not a mutation.
    expect(
      sync(checkIdempotent(head, { args: [[1, 2, 3]], shuffle: { unordered: true } })).mutations,
    ).toEqual([])
  })

  test('fails when a call mutates its argument, and each call still gets a fresh copy', () => {
    const seen: number[] = []
    const drain = (queue: { items: number[] }) => {
      seen.push(queue.items.length)
      return queue.items.splice(0).length
    }
    const args = [{ items: [1, 2] }]
    const result = sync(checkIdempotent(drain, { args, times: 3 }))
    expect(seen).toEqual([2, 2, 2])
    expect(args[0]?.items).toEqual([1, 2])
    expect(result.pass).toBe(false)
    expect(result.divergence).toBeUndefined()
    expect(result.mutations).toHaveLength(3)
    expect(result.mutations[0]).toMatchObject({
      call: 1,
      argument: 0,
      path: '$.items[0]',
      before: 1,
      after: undefined,
    })
  })

  test('passes when mutation is allowed', () => {
    const drain = (queue: { items: number[] }) => queue.items.splice(0).length
    expect(sync(checkIdempotent(drain, { args: [{ items: [1] }], allowMutation: true })).pass).toBe(
      true,
    )
  })

  test('fails when clone is off and the mutation leaks into the next call', () => {
    const drain = (queue: { items: number[] }) => queue.items.splice(0).length
    const result = sync(
      checkIdempotent(drain, { args: [{ items: [1, 2] }], clone: false, times: 2 }),
    )
    expect(result.divergence?.difference).toMatchObject({ left: 2, right: 0 })
    expect(result.mutations[0]).toMatchObject({ call: 1, path: '$.items[0]' })
  })

  test('passes when a factory gives every call fresh arguments, and reports its mutations', () => {
    const factory = vi.fn(() => [{ items: [1] }])
    const push = (queue: { items: number[] }) => (queue.items.push(9), queue.items.length)
    const result = sync(checkIdempotent(push, { args: factory, times: 3 }))
    expect(factory).toHaveBeenCalledTimes(3)
    expect(result.divergence).toBeUndefined()
    expect(result.mutations[0]).toMatchObject({ call: 1, path: '$.items[1]', after: 9 })
  })

  test('passes when each output is captured as the call returned it', () => {
    const log: string[] = []
    const append = (line: string) => (log.push(line), log)
    const result = sync(checkIdempotent(append, { args: ['x'], times: 2 }))
    expect(result.calls.map((c) => c.output)).toEqual([['x'], ['x', 'x']])
    expect(result.pass).toBe(false)
  })

  test('passes when the user normalize and unordered remove the difference', () => {
    let call = 0
    const tags = () => ({ tags: ++call % 2 ? ['a', 'b'] : ['b', 'a'], requestId: call })
    expect(sync(checkIdempotent(tags)).pass).toBe(false)
    const dropId = ({ requestId: _, ...rest }: { requestId: number }) => rest
    expect(
      sync(
        checkIdempotent(tags, {
          normalize: dropId as (o: unknown) => unknown,
          unordered: ['$.tags'],
        }),
      ).pass,
    ).toBe(true)
  })

  test('fails when a call throws, naming the call and stopping there', () => {
    let call = 0
    const fn = vi.fn(() => {
      if (++call === 2) throw new TypeError('boom')
      return 1
    })
    const result = sync(checkIdempotent(fn))
    expect(result.pass).toBe(false)
    expect(result.thrown).toEqual({ call: 2, error: new TypeError('boom') })
    expect(fn).toHaveBeenCalledTimes(2)
  })

  test('passes when every call throws the same error and errors are compared', () => {
    const parse = () => JSON.parse('{')
    const result = sync(checkIdempotent(parse, { errors: 'compare' }))
    expect(result.pass).toBe(true)
    expect(result.calls[0]?.output).toBeInstanceOf(Thrown)
    expect(result.calls[0]?.output).toMatchObject({ class: 'SyntaxError' })
  })

  test('fails when compared errors differ in message', () => {
    let call = 0
    const fail = () => {
      throw new Error(`attempt ${++call}`)
    }
    const result = sync(checkIdempotent(fail, { errors: 'compare', times: 2 }))
    expect(result.divergence?.difference).toMatchObject({
      path: '$.message',
      left: 'attempt 1',
      right: 'attempt 2',
    })
  })

  test('passes when an async function is awaited call after call', async () => {
    const load = async (id: number) => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return { id }
    }
    const result = checkIdempotent(load, { args: [1], times: 3 })
    expect(result).toBeInstanceOf(Promise)
    const settled = await result
    expect(settled.pass).toBe(true)
    expect(settled.async).toBe(true)
    expect(settled.concurrent).toBe(false)
  })

  test('fails when concurrent calls share a batch, and passes when the same calls run in sequence', async () => {
    let batch: string[] = []
    const enqueue = async (id: string) => {
      batch.push(id)
      await Promise.resolve()
      const flushed = batch
      batch = []
      return flushed
    }
    expect((await checkIdempotent(enqueue, { args: ['a'], times: 3 })).pass).toBe(true)
    const concurrent = await checkIdempotent(enqueue, { args: ['a'], times: 3, concurrent: true })
    expect(concurrent.pass).toBe(false)
    expect(concurrent.concurrent).toBe(true)
    expect(concurrent.calls.map((c) => c.output)).toEqual([['a', 'a', 'a'], [], []])
  })

  test('fails when Promise.all results are collected in completion order', async () => {
    // A fake network whose latencies change from call to call, driven by explicit resolvers so
    // the completion order is fixed by the test and never by the clock.
    let call = 0
    const fetchPrice = (sku: string, order: string[], pending: Map<string, () => void>) =>
      new Promise<number>((resolve) => pending.set(sku, () => resolve(sku.length))).then(
        (price) => (order.push(sku), price),
      )
    const loadPrices = async (skus: string[]) => {
      const pending = new Map<string, () => void>()
      const order: string[] = []
      const all = Promise.all(skus.map((sku) => fetchPrice(sku, order, pending)))
      const completion = ++call % 2 ? skus : [...skus].reverse()
      for (const sku of completion) pending.get(sku)?.()
      await all
      return order // bug: completion order, not request order
    }
    const result = await checkIdempotent(loadPrices, { args: [['apple', 'fig', 'kiwi']], times: 3 })
    expect(result.divergence).toMatchObject({
      call: 2,
      difference: { path: '$[0]', left: 'apple', right: 'kiwi' },
    })
    expect(result.distinct).toBe(2)
  })

  test('fails when an async call rejects, naming the call', async () => {
    let call = 0
    const result = await checkIdempotent(async () => {
      if (++call === 3) throw new Error('timeout')
      return 'ok'
    })
    expect(result.thrown).toMatchObject({ call: 3 })
    expect(result.calls).toHaveLength(3)
  })

  test.each([
    [{ times: 1 }, /The `times` option of checkIdempotent\(\) must be an integer from 2/],
    [{ times: 2.5 }, /The `times` option of checkIdempotent\(\) must be an integer from 2/],
    [{ tims: 3 }, /does not know the option `tims`/],
    [
      { seed: -1 },
      /The `seed` option of checkIdempotent\(\) must be an integer from 0 to 4294967295/,
    ],
    [{ shuffle: { order: true } }, /checkIdempotent\(\) does not know the option `shuffle.order`/],
    [
      { shuffle: 'yes' },
      /The `shuffle` option of checkIdempotent\(\) must be true, false or \{ unordered \}/,
    ],
    [
      { errors: 'ignore' },
      /The `errors` option of checkIdempotent\(\) must be 'fail' or 'compare'/,
    ],
    [{ ignore: '$.a' }, /The `ignore` option of checkIdempotent\(\) must be an array of paths/],
    [{ unordered: ['$.['] }, /Invalid path/],
    [{ args: 'x' }, /The `args` option of checkIdempotent\(\) must be an array of arguments/],
    [{ fc: { numRuns: 3 } }, /`fc` only applies when `args` is a fast-check arbitrary/],
    [{ normalize: 'trim' }, /The `normalize` option of checkIdempotent\(\) must be a function/],
    [{ concurrent: 1 }, /The `concurrent` option of checkIdempotent\(\) must be true or false/],
    [{ clone: false, shuffle: true }, /`clone: false` cannot be combined with `shuffle`/],
    [
      { clone: false, shuffle: { unordered: true } },
      /`clone: false` cannot be combined with `shuffle`/,
    ],
    [{ maxDepth: 0 }, /The `maxDepth` option of checkIdempotent\(\) must be a positive integer/],
    [
      { maxDepth: 'deep' },
      /The `maxDepth` option of checkIdempotent\(\) must be a positive integer/,
    ],
  ])('throws when the options are %o', (options, message) => {
    expect(() => checkIdempotent(() => 1, options as never)).toThrow(message)
  })

  test('passes when data deeper than the default limit is allowed by maxDepth', () => {
    // Outputs and arguments both nest 1,100 levels: the canonical form, the comparison of
    // outputs and the mutation check must all honour the option.
    const echo = (list: Chain) => ({ list })
    expect(() => checkIdempotent(echo, { args: [chain(1100)], times: 2 })).toThrow(
      /maxDepth \(1000 levels\)/,
    )
    expect(
      sync(checkIdempotent(echo, { args: [chain(1100)], times: 2, maxDepth: 2000 })).pass,
    ).toBe(true)
    const shuffled = { args: [chain(1100)], shuffle: { unordered: true }, maxDepth: 2000 }
    expect(sync(checkIdempotent(echo, shuffled)).pass).toBe(true)
    // Not JSON data (a Map at the bottom): compared structurally rather than by text.
    const withMap = () => chain(1100, new Map([['k', 1]]))
    expect(() => checkIdempotent(withMap, { times: 2 })).toThrow(/maxDepth \(1000 levels\)/)
    expect(sync(checkIdempotent(withMap, { times: 2, maxDepth: 2000 })).pass).toBe(true)
  })

  test('fails when deep data differs or is mutated below the default limit, naming the path', () => {
    let call = 0
    const counter = () => chain(1100, ++call)
    const differs = sync(checkIdempotent(counter, { times: 2, maxDepth: 2000 }))
    expect(differs.divergence?.difference).toMatchObject({ left: 1, right: 2 })
    expect(differs.divergence?.difference?.path).toMatch(/\.next\.leaf$/)
    const cutTail = (list: Chain) => {
      let node = list
      while (node.next !== undefined && node.next.next !== undefined) node = node.next
      delete node.next
      return 0
    }
    const mutated = sync(
      checkIdempotent(cutTail, { args: [chain(1100)], times: 2, maxDepth: 2000 }),
    )
    expect(mutated.divergence).toBeUndefined()
    expect(mutated.mutations[0]?.path).toMatch(/\.next$/)
  })

  test('throws when the args factory or normalize throws, naming the call and keeping the cause', async () => {
    const cause = new Error('no fixture')
    let made = 0
    const factory = () => {
      if (++made === 2) throw cause
      return [1]
    }
    expect(() => checkIdempotent((n: number) => n, { args: factory })).toThrow(
      expect.objectContaining({
        option: 'args',
        call: 2,
        cause,
        message: 'The `args` factory threw before call 2.',
      }),
    )
    const normalize = (n: unknown) => {
      if (n === 3) throw cause
      return n
    }
    let count = 0
    await expect(checkIdempotent(async () => ++count, { normalize })).rejects.toThrow(
      expect.objectContaining({
        option: 'normalize',
        call: 3,
        cause,
        message: '`normalize` threw on the output of call 3.',
      }),
    )
  })

  test('throws when normalize or the args factory returns a promise', async () => {
    expect(() => checkIdempotent(() => 1, { normalize: async (x) => x })).toThrow(
      /`normalize` must be synchronous; await inside fn instead/,
    )
    await expect(checkIdempotent(async () => 1, { normalize: async (x) => x })).rejects.toThrow(
      /`normalize` returned a Promise/,
    )
    expect(() => checkIdempotent(() => 1, { args: (async () => [1]) as never })).toThrow(
      /`args` factory returned a Promise before call 1/,
    )
  })

  test('throws when times is above MAX_TIMES, without calling the function', () => {
    const fn = vi.fn(() => 1)
    expect(() => checkIdempotent(fn, { times: 1e12 })).toThrow(
      `to ${MAX_TIMES}, but received 1000000000000.`,
    )
    expect(() => checkIdempotent(fn, { times: MAX_TIMES + 1 })).toThrow(/to 10000, but received/)
    expect(fn).not.toHaveBeenCalled()
    expect(sync(checkIdempotent(fn, { times: MAX_TIMES })).calls).toHaveLength(MAX_TIMES)
  })

  test('throws when the received value is not a function or the factory returns no array', () => {
    expect(() => checkIdempotent(42)).toThrow(/must be a function, but received number/)
    expect(() => checkIdempotent(() => 1, { args: () => 'x' as never })).toThrow(
      /factory must return an array/,
    )
    expect(() => checkIdempotent(() => 1, { args: fc.tuple(fc.nat()) })).toThrow(
      /use checkIdempotentProperty/,
    )
  })
})

describe('checkIdempotentProperty', () => {
  test('passes when a function of sorted data gives the same output for every generated input', async () => {
    const result = await checkIdempotentProperty(
      (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b),
      {
        args: fc.tuple(fc.array(fc.integer())),
        shuffle: true,
        fc: { numRuns: 50 },
      },
    )
    expect(result.pass).toBe(true)
    expect(result.numRuns).toBe(50)
    expect(result.counterexample).toBeUndefined()
  })

  test('fails when a function returns its input key order under shuffle, with a shrunk counterexample', async () => {
    const result = await checkIdempotentProperty((o: Record<string, number>) => Object.keys(o), {
      args: fc.tuple(
        fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1 }), fc.nat()),
      ),
      shuffle: true,
      fc: { seed: 42 },
    })
    expect(result.pass).toBe(false)
    expect(result.seed).toBe(42)
    expect(typeof result.path).toBe('string')
    // Two keys are the smallest input whose order can change.
    expect(Object.keys((result.counterexample as [object])[0])).toHaveLength(2)
    expect(result.failure?.divergence?.call).toBe(2)
  })

  test('passes when the replay parameters give the same counterexample', async () => {
    const options = {
      args: fc.tuple(fc.array(fc.integer(), { minLength: 1 })),
      shuffle: { unordered: ['$[0]'] },
    }
    const head = (xs: number[]) => xs[0]
    const first = await checkIdempotentProperty(head, { ...options, fc: { seed: 7 } })
    const replay = await checkIdempotentProperty(head, {
      ...options,
      fc: { seed: first.seed, path: first.path },
    })
    expect(replay.counterexample).toEqual(first.counterexample)
  })

  test('fails when an async function is non-deterministic for some input', async () => {
    let call = 0
    const result = await checkIdempotentProperty(async (n: number) => (n > 5 ? ++call : n), {
      args: fc.tuple(fc.nat(20)),
      fc: { seed: 3 },
    })
    expect(result.pass).toBe(false)
    expect(result.counterexample).toEqual([6])
  })

  test('throws when the arbitrary does not generate argument arrays', async () => {
    await expect(checkIdempotentProperty(() => 1, { args: fc.nat() })).rejects.toThrow(
      /must generate arrays of arguments/,
    )
  })
})
