import { describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../src/errors'
import { PERTURB_SOURCES } from '../../../src/idempotent/perturb/PerturbSource'
import {
  DEFAULT_SEED,
  DEFAULT_TIMES,
  readIdempotentOptions,
} from '../../../src/idempotent/readIdempotentOptions'

describe('readIdempotentOptions', () => {
  test('fills in the defaults: nothing perturbed', () => {
    expect(readIdempotentOptions(undefined)).toMatchObject({
      times: DEFAULT_TIMES,
      args: [],
      clone: true,
      shuffle: false,
      shuffleUnordered: false,
      sources: [],
      explicit: [],
      perturbGiven: false,
      seed: DEFAULT_SEED,
      errors: 'fail',
    })
  })

  test('reads perturb: true as every source, none of them required', () => {
    const plan = readIdempotentOptions({ perturb: true })
    expect(plan.sources).toEqual(PERTURB_SOURCES)
    expect(plan.explicit).toEqual([])
    expect(plan.shuffle).toBe(true)
    expect(plan.perturbGiven).toBe(true)
  })

  test('reads a list in table order, each source required; shuffle is an alias of order', () => {
    const plan = readIdempotentOptions({ perturb: ['sort', 'readdir', 'sort'] })
    expect(plan.sources).toEqual(['readdir', 'sort'])
    expect(plan.explicit).toEqual(['readdir', 'sort'])
    expect(plan.shuffle).toBe(false)
    const both = readIdempotentOptions({ perturb: ['clock'], shuffle: { unordered: ['$[0]'] } })
    expect(both.sources).toEqual(['order', 'clock'])
    expect(both.explicit).toEqual(['clock'])
    expect(both.shuffleUnordered).toEqual(['$[0]'])
    expect(readIdempotentOptions({ shuffle: true })).toMatchObject({
      sources: ['order'],
      explicit: [],
      perturbGiven: false,
    })
    expect(readIdempotentOptions({ perturb: false }).sources).toEqual([])
  })

  test.each([
    [
      { perturb: ['readir'] },
      'The `perturb` option does not know the source "readir". Known sources:',
    ],
    [
      { perturb: 'sort' },
      'The `perturb` option of toBeIdempotent() must be true, false or an array of sources',
    ],
    [
      { perturb: ['order'], clone: false },
      "`clone: false` cannot be combined with perturbing `'order'`",
    ],
    [{ shuffle: true, clone: false }, '`clone: false` cannot be combined with `shuffle`'],
  ])('throws when the options are %j', (options, message) => {
    const read = () => readIdempotentOptions(options as never)
    expect(read).toThrow(ExpectDeterministicError)
    expect(read).toThrow(message)
  })

  test('passes when clone: false meets sources other than order', () => {
    expect(readIdempotentOptions({ perturb: ['readdir'], clone: false }).clone).toBe(false)
  })
})
