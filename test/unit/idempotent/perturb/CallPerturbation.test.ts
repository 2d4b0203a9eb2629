import { describe, expect, test } from 'vitest'
import { CallPerturbation, elapsedSince } from '../../../../src/idempotent/perturb/CallPerturbation'
import { HELD_CALL } from '../../../../src/idempotent/perturb/siteRandom'

describe('CallPerturbation', () => {
  test('numbers sites per source and counts them per API', () => {
    const call = new CallPerturbation(1, 7, { perturbed: new Set(['sort']), held: new Set() })
    expect(call.enter('sort', 'Array.prototype.sort')).toMatchObject({
      mode: 'perturb',
      index: 0,
      variant: 1,
      seed: 7,
    })
    expect(call.enter('sort', 'Array.prototype.toSorted').index).toBe(1)
    expect(call.enter('readdir', 'fs.readdirSync')).toMatchObject({ mode: 'observe', index: 0 })
    call.add('order', 'arguments', 3)
    expect(Object.fromEntries(call.counts)).toEqual({ sort: 2, readdir: 1, order: 3 })
    expect([...call.apis]).toEqual([
      ['sort Array.prototype.sort', 1],
      ['sort Array.prototype.toSorted', 1],
      ['readdir fs.readdirSync', 1],
      ['order arguments', 3],
    ])
  })

  test('never perturbs call 1, and holds held sources in every call', () => {
    const experiment = {
      perturbed: new Set(['clock'] as const),
      held: new Set(['clock', 'random'] as const),
    }
    expect(new CallPerturbation(0, 1, experiment).enter('clock', 'Date.now')).toMatchObject({
      mode: 'held',
      variant: HELD_CALL,
    })
    expect(new CallPerturbation(2, 1, experiment).enter('clock', 'Date.now')).toMatchObject({
      mode: 'perturb',
      variant: 2,
    })
    expect(new CallPerturbation(2, 1, experiment).enter('random', 'Math.random').mode).toBe('held')
  })

  test('perturbs only sites in the range, holding or observing the others', () => {
    const call = new CallPerturbation(1, 1, {
      perturbed: new Set(['random']),
      held: new Set(['random']),
      range: { source: 'random', from: 1, to: 2 },
    })
    expect([0, 1, 2].map(() => call.enter('random', 'Math.random').mode)).toEqual([
      'held',
      'perturb',
      'held',
    ])
  })

  test('captures where the chosen site is, and measures time on the runtime’s clock', () => {
    const call = new CallPerturbation(1, 1, {
      perturbed: new Set(['sort']),
      held: new Set(),
      capture: { source: 'sort', site: 1 },
    })
    call.enter('sort', 'first')
    expect(call.captured).toBeUndefined()
    call.enter('sort', 'second')
    expect(call.captured).toMatchObject({ source: 'sort', api: 'second' })
    expect(call.captured?.location).toMatch(
      /^test\/unit\/idempotent\/perturb\/CallPerturbation\.test\.ts:\d+:\d+$/,
    )
    expect(elapsedSince(call)).toBeGreaterThanOrEqual(0)
  })
})
