import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../../../../src/idempotent/IdempotenceResult'
import { CallPerturbation } from '../../../../src/idempotent/perturb/CallPerturbation'
import { injectAsync } from '../../../../src/idempotent/perturb/injectAsync'

const context = (call = 1) =>
  new CallPerturbation(call, 1234, { perturbed: new Set(['async']), held: new Set() })

/** Results pushed in completion order: the order follows the latency of each lookup. */
async function loadAll(ids: number[], deps: { fetchUser(id: number): Promise<string> }) {
  const out: string[] = []
  await Promise.all(ids.map(async (id) => out.push(await deps.fetchUser(id))))
  return out
}

describe('injectAsync', () => {
  test('fails when Promise.all pushes results of an injected function in completion order', async () => {
    const deps = { fetchUser: async (id: number) => `user-${id}` }
    const result = (await checkIdempotent(loadAll, {
      args: [[1, 2, 3], deps],
      perturb: ['async'],
    })) as IdempotenceResult
    expect(result.causes).toEqual(['async'])
    expect(result.sites[0]).toMatchObject({ api: '$[1].fetchUser()' })
  })

  test('passes when Promise.all keeps the order of the requests', async () => {
    const loadInOrder = (ids: number[], deps: { fetchUser(id: number): Promise<string> }) =>
      Promise.all(ids.map((id) => deps.fetchUser(id)))
    const deps = { fetchUser: async (id: number) => `user-${id}` }
    const result = (await checkIdempotent(loadInOrder, {
      args: [[1, 2, 3], deps],
      perturb: ['async'],
    })) as IdempotenceResult
    expect(result.pass).toBe(true)
    expect(result.perturbed.async).toBe(15)
  })

  test('wraps functions at any depth of plain objects and arrays, copying only the way there', () => {
    const shared = { limit: 3 }
    const fetchUser = async () => 'u'
    const frozen = Object.freeze({ fetchUser, shared })
    const args = [{ deps: frozen, list: [fetchUser], shared }, 'plain']
    const [first, plain] = injectAsync(args, context(), 100) as [
      { deps: typeof frozen; list: unknown[]; shared: object },
      string,
    ]
    expect(first).not.toBe(args[0])
    expect(first.shared).toBe(shared)
    expect(first.deps).not.toBe(frozen)
    expect(Object.isFrozen(first.deps)).toBe(true)
    expect(first.deps.fetchUser).not.toBe(fetchUser)
    expect(first.list[0]).toBe(first.deps.fetchUser)
    expect(plain).toBe('plain')
    expect(args[0]).toEqual({ deps: frozen, list: [fetchUser], shared })
  })

  test('leaves class instances, cycles and functions returning plain values alone', async () => {
    class Repo {
      find = async () => 1
    }
    const repo = new Repo()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const ctx = context()
    const [gotRepo, gotCycle, sum] = injectAsync(
      [repo, cyclic, (a: number) => a + 1],
      ctx,
      100,
    ) as [Repo, typeof cyclic, (a: number) => number]
    expect(gotRepo).toBe(repo)
    expect(gotCycle).toBe(cyclic)
    expect(sum(1)).toBe(2)
    expect(ctx.counts.get('async')).toBeUndefined()
  })

  test('keeps this, statics and constructors of wrapped functions', async () => {
    function Client(this: { made: boolean }) {
      this.made = true
    }
    Client.version = 2
    const deps = {
      name: 'deps',
      async who(this: { name: string }) {
        return this.name
      },
      Client,
    }
    const [wrapped] = injectAsync([deps], context(), 100) as [typeof deps]
    expect(await wrapped.who()).toBe('deps')
    expect(wrapped.Client.version).toBe(2)
    expect(new (wrapped.Client as unknown as new () => { made: boolean })().made).toBe(true)
  })
})
