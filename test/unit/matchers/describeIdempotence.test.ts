import { describe, expect, test } from 'vitest'
import { createPlainContext } from '../../../matchers/assert/plainContext'
import { describeIdempotence } from '../../../matchers/describeIdempotence'
import type { IdempotenceResult } from '../../../src/idempotent/IdempotenceResult'
import { readIdempotentOptions } from '../../../src/idempotent/readIdempotentOptions'

const ctx = createPlainContext({
  names: { toBeIdempotent: { call: 'assertIdempotent', received: 'fn' } },
  color: false,
})

/** A failed shuffled run whose cause was not looked for (as in property mode's inner runs). */
function unattributed(): IdempotenceResult {
  const call = (n: number) => ({
    call: n,
    output: n,
    reorderings: [],
    reordered: 0,
    perturbed: {},
  })
  return {
    pass: false,
    times: 2,
    calls: [call(1), call(2)],
    divergence: { call: 2, difference: undefined },
    distinct: 2,
    mutations: [],
    thrown: undefined,
    seed: 7,
    async: false,
    concurrent: false,
    causes: [],
    perturbed: {},
    sites: [],
    unexercised: [],
    perturbation: {
      sources: ['order'],
      explicit: [],
      seed: 7,
      exercised: [],
      verdict: undefined,
      together: false,
      tried: [],
      attributionCalls: 0,
      narrowingCalls: 0,
    },
  }
}

describe('describeIdempotence', () => {
  test.each([
    [true, '{ shuffle: true, seed: 7 }'],
    [{ unordered: ['$[0]'] }, "{ shuffle: { unordered: ['$[0]'] }, seed: 7 }"],
  ] as const)('fails with the seed and the option that replays shuffle %j', (shuffle, replay) => {
    const plan = readIdempotentOptions({ shuffle, seed: 7 })
    expect(describeIdempotence(ctx, plan, unattributed(), undefined)).toContain(
      `Shuffle seed: 7. Replay with ${replay}.`,
    )
  })
})
