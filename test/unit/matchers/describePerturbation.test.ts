import { describe, expect, test } from 'vitest'
import type { IdempotenceResult } from '../../../src/idempotent/IdempotenceResult'
import {
  readIdempotentOptions,
  type IdempotentOptions,
} from '../../../src/idempotent/readIdempotentOptions'
import {
  describeCause,
  describeExercise,
  describeUnexercised,
  replayOption,
} from '../../../matchers/describePerturbation'

const plan = (options: IdempotentOptions) => readIdempotentOptions({ seed: 42, ...options })

function result(
  overrides: Partial<IdempotenceResult> & {
    verdict?: 'named' | 'none' | 'unreproduced'
    together?: boolean
  },
): IdempotenceResult {
  const { verdict, together = false, ...rest } = overrides
  return {
    pass: false,
    times: 5,
    calls: [],
    divergence: { call: 2, difference: undefined },
    distinct: 2,
    mutations: [],
    thrown: undefined,
    seed: 42,
    async: false,
    concurrent: false,
    causes: [],
    perturbed: { readdir: 5 },
    sites: [],
    unexercised: [],
    perturbation: {
      sources: ['readdir', 'sort'],
      explicit: ['readdir', 'sort'],
      seed: 42,
      exercised: [
        { source: 'readdir', api: 'fs.readdirSync', count: 3 },
        { source: 'readdir', api: 'fs.readdir', count: 2 },
      ],
      verdict,
      together,
      tried: ['readdir'],
      attributionCalls: 2,
      narrowingCalls: 6,
    },
    ...rest,
  }
}

describe('describePerturbation', () => {
  test('names the cause with how it was reached, the site and the replay option', () => {
    const named = result({
      verdict: 'named',
      causes: ['readdir'],
      sites: [
        {
          source: 'readdir',
          api: 'fs.readdirSync',
          location: 'src/docs.ts:12:23',
          call: 2,
          site: 0,
          through: undefined,
        },
      ],
    })
    expect(describeCause(plan({ perturb: ['readdir', 'sort'] }), named)).toBe(
      "The output depends on 'readdir': directory listings were returned in another order (fs.readdirSync 3 times, fs.readdir 2 times).\n" +
        'Site: fs.readdirSync at src/docs.ts:12:23 (perturbing it alone changes the output of call 2).\n' +
        'Sort the listing before use: fs.readdirSync(dir).sort().\n' +
        "Replay with { perturb: ['readdir'], seed: 42 }.",
    )
  })

  test('says when the causes only act together, or when no cause can be named', () => {
    const p = plan({ perturb: ['readdir', 'sort'] })
    expect(
      describeCause(p, result({ verdict: 'named', together: true, causes: ['readdir', 'sort'] })),
    ).toMatch(
      /^The output depends on 'readdir' and 'sort' together: perturbing any one of them alone leaves it unchanged\./,
    )
    expect(describeCause(p, result({ verdict: 'none' }))).toMatch(
      /^No cause can be named: the output still differs with nothing perturbed/,
    )
    expect(describeCause(p, result({ verdict: 'unreproduced' }))).toMatch(
      /no perturbed source brought the difference back/,
    )
    expect(describeCause(p, result({}))).toBeUndefined()
  })

  test('prints the replay option the way the check was asked for', () => {
    const r = result({ causes: ['order'] })
    expect(replayOption(plan({ shuffle: true }), r)).toBe('{ shuffle: true, seed: 42 }')
    expect(replayOption(plan({ shuffle: { unordered: ['$[0]'] } }), r)).toBe(
      "{ shuffle: { unordered: ['$[0]'] }, seed: 42 }",
    )
    expect(replayOption(plan({ perturb: true }), result({ causes: [] }))).toBe(
      '{ perturb: true, seed: 42 }',
    )
    expect(
      replayOption(plan({ perturb: ['order', 'sort'] }), result({ causes: ['order', 'sort'] })),
    ).toBe("{ perturb: ['order', 'sort'], seed: 42 }")
  })

  test('lists what was perturbed, sources not reached included, only when perturb was given', () => {
    expect(describeExercise(plan({ perturb: ['readdir', 'sort'] }), result({}))).toBe(
      'Perturbed with seed 42 (call 1 ran unperturbed, each later call its own way): readdir: fs.readdirSync 3 times, fs.readdir 2 times; not reached: sort.',
    )
    expect(describeExercise(plan({ shuffle: true }), result({}))).toBeUndefined()
  })

  test('says which requested source was never reached, and what to do', () => {
    expect(describeUnexercised(['readdir', 'clock'], 5)).toBe(
      "perturb: 'readdir' was requested, but fn read no directory in 5 calls.\n" +
        "perturb: 'clock' was requested, but fn read no clock in 5 calls.\n\n" +
        'A perturbation that never happened proves nothing. Check that fn reaches what the source patches (a reference taken before the check, a worker thread, a child process or a native addon is out of reach), or leave them out of perturb (perturb: true asks for no source in particular).',
    )
  })
})
