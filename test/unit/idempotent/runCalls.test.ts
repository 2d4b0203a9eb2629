import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { drive } from '../../../src/idempotent/maybeAsync'
import { PerturbSession } from '../../../src/idempotent/perturb/PerturbSession'
import {
  readIdempotentOptions,
  type IdempotentOptions,
} from '../../../src/idempotent/readIdempotentOptions'
import { runCalls, type RunSetup } from '../../../src/idempotent/runCalls'

const setup = (
  fn: (...args: unknown[]) => unknown,
  options: IdempotentOptions,
  extra: Partial<RunSetup> = {},
): RunSetup => ({
  fn,
  plan: readIdempotentOptions(options),
  equals: deepEqual,
  session: undefined,
  experiment: undefined,
  ...extra,
})

describe('runCalls', () => {
  test('makes every call and keeps one snapshot per distinct output', () => {
    let n = 0
    const run = drive(runCalls(setup(() => ++n % 2, { times: 4 })))
    if (run instanceof Promise) throw new Error('expected a synchronous run')
    expect(run.settled.map((s) => s.snapshot.value)).toEqual([1, 0, 1, 0])
    expect(run.settled[2]?.snapshot).toBe(run.settled[0]?.snapshot)
    expect(run.distinct).toBe(2)
  })

  test('stops at the first failing call when asked, and counts the calls made', () => {
    let n = 0
    const counter = { calls: 0 }
    const run = drive(
      runCalls(setup(() => (++n > 1 ? 'b' : 'a'), { times: 5 }, { stopAtFailure: true, counter })),
    )
    expect((run as unknown as { settled: unknown[] }).settled).toHaveLength(2)
    expect(counter.calls).toBe(2)
  })

  test('makes only the calls asked for, each as its own perturbed call inside the session', () => {
    const session = PerturbSession.open(5)
    try {
      session.install(['random'])
      const run = drive(
        runCalls(
          setup(
            () => Math.random(),
            { times: 5, seed: 5 },
            {
              session,
              experiment: { perturbed: new Set(['random']), held: new Set() },
              indices: [2, 2],
            },
          ),
        ),
      ) as unknown as { settled: { call: number; snapshot: unknown }[] }
      expect(run.settled.map((s) => s.call)).toEqual([3, 3])
      expect(run.settled[1]?.snapshot).toBe(run.settled[0]?.snapshot)
    } finally {
      session.close()
    }
  })

  test('starts every call before awaiting any when concurrent', async () => {
    let running = 0
    let most = 0
    const fn = async () => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, 1))
      running--
      return 1
    }
    const run = await drive(runCalls(setup(fn, { times: 3, concurrent: true })))
    expect(most).toBe(3)
    expect(run).toMatchObject({ async: true, concurrent: true, distinct: 1 })
  })
})
