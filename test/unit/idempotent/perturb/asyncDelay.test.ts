import { describe, expect, test } from 'vitest'
import {
  afterTurns,
  delaySettlement,
  extraDelay,
  extraTurns,
} from '../../../../src/idempotent/perturb/asyncDelay'
import { CallPerturbation, type Site } from '../../../../src/idempotent/perturb/CallPerturbation'

const site = (call: number, index: number, mode: Site['mode'] = 'perturb'): Site => ({
  mode,
  index,
  variant: call,
  seed: 1,
  context: new CallPerturbation(call, 1, { perturbed: new Set(), held: new Set() }),
})

describe('asyncDelay', () => {
  test('gives earlier sites more turns in call 2, seeded turns later, none outside perturbation', () => {
    expect([0, 1, 2].map((i) => extraTurns(site(1, i)))).toEqual([8, 7, 6])
    const later = extraTurns(site(3, 0)) as number
    expect(later).toBeGreaterThanOrEqual(0)
    expect(later).toBeLessThanOrEqual(8)
    expect(extraTurns(site(1, 0, 'observe'))).toBeUndefined()
    expect(extraTurns(undefined)).toBeUndefined()
  })

  test('adds at most the delay, at least up to 8 and at most 50 ms', () => {
    const extras = (delay: unknown) =>
      Array.from({ length: 50 }, (_, i) => extraDelay(site(2, i), delay) as number)
    expect(Math.max(...extras(0))).toBeLessThanOrEqual(8)
    expect(Math.max(...extras(1000))).toBeLessThanOrEqual(50)
    expect(Math.max(...extras('x'))).toBeLessThanOrEqual(8)
    expect(extraDelay(site(2, 0, 'held'), 10)).toBeUndefined()
  })

  test('settles later by the given number of macrotask turns, rejections too', async () => {
    const order: string[] = []
    const late = delaySettlement(Promise.resolve('late'), 3).then((v) => order.push(v))
    const early = afterTurns(1).then(() => order.push('early'))
    await Promise.all([late, early])
    expect(order).toEqual(['early', 'late'])
    await expect(delaySettlement(Promise.reject(new Error('no')), 2)).rejects.toThrow('no')
  })
})
