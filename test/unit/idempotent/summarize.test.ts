import { describe, expect, test } from 'vitest'
import { canonicalSnapshot } from '../../../src/idempotent/canonicalSnapshot'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { CallPerturbation } from '../../../src/idempotent/perturb/CallPerturbation'
import { readIdempotentOptions } from '../../../src/idempotent/readIdempotentOptions'
import {
  failsAgainst,
  snapshotComparer,
  summarize,
  type SettledCall,
} from '../../../src/idempotent/summarize'

const call = (
  n: number,
  snapshot = canonicalSnapshot(1, {}),
  extra: Partial<SettledCall> = {},
): SettledCall => ({
  call: n,
  snapshot,
  thrown: false,
  error: undefined,
  mutation: undefined,
  reorderings: [],
  reordered: 0,
  perturbation: undefined,
  ...extra,
})

describe('summarize', () => {
  test('passes when every call shares call 1’s snapshot', () => {
    const plan = readIdempotentOptions({ times: 3 })
    const same = canonicalSnapshot({ a: 1 }, {})
    const result = summarize(plan, {
      settled: [call(1, same), call(2, same), call(3, same)],
      async: false,
      concurrent: false,
      distinct: 1,
    })
    expect(result).toMatchObject({
      pass: true,
      distinct: 1,
      divergence: undefined,
      perturbed: {},
      seed: undefined,
    })
    expect(result.calls.map((c) => c.output)).toEqual([{ a: 1 }, { a: 1 }, { a: 1 }])
  })

  test('finds the first call with another snapshot, and the first difference', () => {
    const plan = readIdempotentOptions({ times: 3 })
    const one = canonicalSnapshot({ a: 1 }, {})
    const two = canonicalSnapshot({ a: 2 }, {})
    const result = summarize(plan, {
      settled: [call(1, one), call(2, one), call(3, two)],
      async: false,
      concurrent: false,
      distinct: 2,
    })
    expect(result.divergence).toEqual({
      call: 3,
      difference: { path: '$.a', reason: 'values differ', left: 1, right: 2 },
    })
    expect(result.distinct).toBe(2)
  })

  test('reports the first throwing call under errors: fail', () => {
    const plan = readIdempotentOptions({ times: 2 })
    const error = new Error('x')
    const result = summarize(plan, {
      settled: [call(1), call(2, undefined, { thrown: true, error })],
      async: false,
      concurrent: false,
      distinct: 1,
    })
    expect(result.thrown).toEqual({ call: 2, error })
    expect(result.pass).toBe(false)
  })

  test('adds up what each call exercised, per source and per API in table order', () => {
    const plan = readIdempotentOptions({ perturb: ['sort', 'readdir'], seed: 3, times: 2 })
    const contexts = [0, 1].map((n) => {
      const context = new CallPerturbation(n, 3, {
        perturbed: new Set(['sort', 'readdir']),
        held: new Set(),
      })
      context.enter('sort', 'Array.prototype.sort')
      context.enter('readdir', 'fs.readdirSync')
      return context
    })
    const result = summarize(plan, {
      settled: contexts.map((perturbation, i) => call(i + 1, undefined, { perturbation })),
      async: false,
      concurrent: false,
      distinct: 1,
    })
    expect(result.perturbed).toEqual({ sort: 2, readdir: 2 })
    expect(result.calls[1]?.perturbed).toEqual({ sort: 1, readdir: 1 })
    expect(result.perturbation?.exercised).toEqual([
      { source: 'readdir', api: 'fs.readdirSync', count: 2 },
      { source: 'sort', api: 'Array.prototype.sort', count: 2 },
    ])
    expect(result.seed).toBe(3)
  })

  test('compares snapshots by text, by value, or with custom equality', () => {
    const plan = readIdempotentOptions({})
    const strict = snapshotComparer(plan, deepEqual)
    expect(strict(canonicalSnapshot([1], {}), canonicalSnapshot([1], {}))).toBe(true)
    expect(strict(canonicalSnapshot(new Set([1]), {}), canonicalSnapshot(new Set([1]), {}))).toBe(
      true,
    )
    expect(
      snapshotComparer(plan, () => true)(canonicalSnapshot(1, {}), canonicalSnapshot(2, {})),
    ).toBe(true)
    const first = call(1)
    expect(failsAgainst(plan, first, call(2, first.snapshot))).toBe(false)
    expect(failsAgainst(plan, first, call(2, canonicalSnapshot(1, {})))).toBe(true)
    expect(failsAgainst(plan, first, call(2, first.snapshot, { thrown: true }))).toBe(true)
  })
})
