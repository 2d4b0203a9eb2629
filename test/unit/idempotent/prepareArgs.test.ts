import { describe, expect, test } from 'vitest'
import { createRandom } from '../../../src/idempotent/createRandom'
import { CallPerturbation } from '../../../src/idempotent/perturb/CallPerturbation'
import { prepareArgs } from '../../../src/idempotent/prepareArgs'
import { readIdempotentOptions } from '../../../src/idempotent/readIdempotentOptions'

const context = () =>
  new CallPerturbation(1, 1, { perturbed: new Set(['order', 'async']), held: new Set() })

describe('prepareArgs', () => {
  test('copies the arguments, keeping the given ones as the picture before the call', () => {
    const args = [{ a: 1 }]
    const prepared = prepareArgs(readIdempotentOptions({ args }), 0, undefined, undefined)
    expect(prepared.given).toEqual(args)
    expect(prepared.given[0]).not.toBe(args[0])
    expect(prepared.snapshot).toBe(args)
  })

  test('reorders for calls 2..n when a generator is given, counting the reordered collections', () => {
    const ctx = context()
    const prepared = prepareArgs(
      readIdempotentOptions({ args: [{ a: 1, b: 2 }], shuffle: true }),
      1,
      createRandom(1),
      ctx,
    )
    expect(Object.keys(prepared.given[0] as object)).toEqual(['b', 'a'])
    expect(prepared.reordered).toBe(1)
    expect(ctx.counts.get('order')).toBe(1)
  })

  test('wraps functions for the async source before taking the picture, not under clone: false', () => {
    const fetchUser = async () => 'u'
    const prepared = prepareArgs(
      readIdempotentOptions({ args: [{ fetchUser }], perturb: ['async'] }),
      1,
      undefined,
      context(),
    )
    const wrapped = (prepared.given[0] as { fetchUser: unknown }).fetchUser
    expect(wrapped).not.toBe(fetchUser)
    expect((prepared.snapshot?.[0] as { fetchUser: unknown }).fetchUser).toBe(wrapped)
    const shared = prepareArgs(
      readIdempotentOptions({ args: [{ fetchUser }], perturb: ['async'], clone: false }),
      1,
      undefined,
      context(),
    )
    expect((shared.given[0] as { fetchUser: unknown }).fetchUser).toBe(fetchUser)
  })

  test('throws when the factory throws, returns a promise or returns no array', () => {
    const plan = (args: () => unknown) => readIdempotentOptions({ args: args as never })
    expect(() =>
      prepareArgs(
        plan(() => {
          throw new Error('x')
        }),
        0,
        undefined,
        undefined,
      ),
    ).toThrow('The `args` factory threw before call 1.')
    expect(() =>
      prepareArgs(
        plan(() => Promise.resolve([])),
        1,
        undefined,
        undefined,
      ),
    ).toThrow(/returned a Promise before call 2/)
    expect(() =>
      prepareArgs(
        plan(() => 5),
        0,
        undefined,
        undefined,
      ),
    ).toThrow(/must return an array of arguments, but call 1 got number/)
  })
})
