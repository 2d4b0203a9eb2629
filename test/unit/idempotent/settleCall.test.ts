import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { DistinctOutputs } from '../../../src/idempotent/DistinctOutputs'
import { CallPerturbation } from '../../../src/idempotent/perturb/CallPerturbation'
import { readIdempotentOptions } from '../../../src/idempotent/readIdempotentOptions'
import { settleCall } from '../../../src/idempotent/settleCall'
import { Thrown } from '../../../src/idempotent/Thrown'

const distinct = () => new DistinctOutputs((a, b) => deepEqual(a.value, b.value), false)
const prepared = (before: unknown[], given: unknown[]) => ({
  given,
  snapshot: before,
  reorderings: [],
  reordered: 0,
})

describe('settleCall', () => {
  test('snapshots the output as the representative of its distinct output, and ends the call', () => {
    const plan = readIdempotentOptions({})
    const outputs = distinct()
    const context = new CallPerturbation(0, 1, { perturbed: new Set(), held: new Set() })
    const first = settleCall(plan, 0, prepared([], []), true, { a: 1 }, context, outputs)
    const second = settleCall(plan, 1, prepared([], []), true, { a: 1 }, undefined, outputs)
    expect(second.snapshot).toBe(first.snapshot)
    expect(first).toMatchObject({
      call: 1,
      thrown: false,
      mutation: undefined,
      perturbation: context,
    })
    expect(context.done).toBe(true)
  })

  test('tells an argument sorted in place from other changes', () => {
    const plan = readIdempotentOptions({})
    const sorted = settleCall(
      plan,
      0,
      prepared([[3, 1, 2]], [[1, 2, 3]]),
      true,
      1,
      undefined,
      distinct(),
    )
    expect(sorted.mutation).toMatchObject({
      call: 1,
      argument: 0,
      path: '$[0]',
      reordered: { path: '$', before: [3, 1, 2], after: [1, 2, 3] },
    })
    const changed = settleCall(
      plan,
      0,
      prepared([[3, 1]], [[3, 2]]),
      true,
      1,
      undefined,
      distinct(),
    )
    expect(changed.mutation).toMatchObject({ path: '$[1]', reordered: undefined })
  })

  test('keeps a thrown error as a Thrown output, compared only under errors: compare', () => {
    const error = new TypeError('bad')
    const failing = settleCall(
      readIdempotentOptions({}),
      0,
      prepared([], []),
      false,
      error,
      undefined,
      distinct(),
    )
    expect(failing).toMatchObject({ thrown: true, error })
    const compared = settleCall(
      readIdempotentOptions({ errors: 'compare' }),
      0,
      prepared([], []),
      false,
      error,
      undefined,
      distinct(),
    )
    expect(compared.snapshot.value).toEqual(new Thrown(error))
  })

  test('throws when normalize throws or returns a promise', () => {
    const throwing = readIdempotentOptions({
      normalize: () => {
        throw new Error('n')
      },
    })
    expect(() => settleCall(throwing, 2, prepared([], []), true, 1, undefined, distinct())).toThrow(
      '`normalize` threw on the output of call 3.',
    )
    const promising = readIdempotentOptions({ normalize: async (x) => x })
    expect(() =>
      settleCall(promising, 0, prepared([], []), true, 1, undefined, distinct()),
    ).toThrow(/returned a Promise/)
  })
})
