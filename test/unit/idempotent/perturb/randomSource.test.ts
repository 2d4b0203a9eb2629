import * as crypto from 'node:crypto'
import { randomUUID as namedRandomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { inCall, sync } from '../../../helpers/perturbation'

const draw = () => ({
  math: Math.random(),
  uuid: globalThis.crypto.randomUUID(),
  named: namedRandomUUID(),
  bytes: Array.from(globalThis.crypto.getRandomValues(new Uint8Array(4))),
  nodeBytes: Array.from(crypto.getRandomValues(new Uint8Array(4))),
  buffer: crypto.randomBytes(4).toString('hex'),
  int: crypto.randomInt(10, 20),
})

describe('randomSource', () => {
  test('fails when a random value leaks into the output, naming random', () => {
    const result = sync(
      checkIdempotent(() => Math.floor(Math.random() * 1e6), { perturb: ['random'] }),
    )
    expect(result.causes).toEqual(['random'])
    expect(result.sites[0]).toMatchObject({ api: 'Math.random' })
  })

  test('passes when randomness picks among equal outcomes', () => {
    const pick = (xs: number[]) => xs[Math.floor(Math.random() * xs.length)]
    const result = sync(checkIdempotent(pick, { args: [[7, 7, 7]], perturb: ['random'] }))
    expect(result.pass).toBe(true)
  })

  test('draws the same values for the same seed and call, other values for another call', () => {
    const first = inCall(['random'], draw, { call: 2 }).value
    expect(inCall(['random'], draw, { call: 2 }).value).toEqual(first)
    const other = inCall(['random'], draw, { call: 3 }).value
    for (const key of Object.keys(first) as (keyof typeof first)[]) {
      expect(other[key]).not.toEqual(first[key])
    }
    expect(first.uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(first.math).toBeGreaterThanOrEqual(0)
    expect(first.math).toBeLessThan(1)
    expect(first.int).toBeGreaterThanOrEqual(10)
    expect(first.int).toBeLessThan(20)
  })

  test('holds the stream fixed across calls when held, and leaves call 1 to the platform', () => {
    const held = [1, 2, 3].map((call) => inCall(['random'], draw, { call, mode: 'held' }).value)
    expect(held[1]).toEqual(held[0])
    expect(held[2]).toEqual(held[0])
    const observed = [0, 0].map(() => inCall(['random'], () => Math.random(), { call: 0 }).value)
    expect(observed[0]).not.toBe(observed[1])
  })

  test('keeps the platform’s argument checks', () => {
    expect(() => inCall(['random'], () => crypto.randomInt(5, 1))).toThrow(RangeError)
    expect(() =>
      inCall(['random'], () => globalThis.crypto.getRandomValues(new Float64Array(2) as never)),
    ).toThrow()
  })

  test('perturbs the callback form of randomBytes', async () => {
    const bytes = () =>
      new Promise<string>((resolve, reject) =>
        crypto.randomBytes(4, (error, buffer) =>
          error ? reject(error) : resolve(buffer.toString('hex')),
        ),
      )
    const first = await inCall(['random'], bytes, { call: 2 }).value
    expect(await inCall(['random'], bytes, { call: 2 }).value).toBe(first)
  })
})
