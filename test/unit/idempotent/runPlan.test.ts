import * as fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import {
  readIdempotentOptions,
  type IdempotentOptions,
} from '../../../src/idempotent/readIdempotentOptions'
import { runPlan } from '../../../src/idempotent/runPlan'
import { sync } from '../../helpers/perturbation'

const run = (fn: unknown, options: IdempotentOptions, mode?: Parameters<typeof runPlan>[3]) =>
  runPlan(fn, readIdempotentOptions(options, 'checkIdempotent()'), deepEqual, mode)

describe('runPlan', () => {
  test('throws when fn is not a function or args is an arbitrary', () => {
    expect(() => run(5, {})).toThrow(
      'The function to call must be a function, but received number.',
    )
    const arbitrary = { generate() {}, shrink() {}, canShrinkWithoutContext() {} }
    expect(() => run(() => 1, { args: arbitrary })).toThrow(/use checkIdempotentProperty/)
  })

  test('returns the result synchronously for a synchronous function, with nothing perturbed', () => {
    const result = sync(run((x: number) => x * 2, { args: [2] }))
    expect(result).toMatchObject({
      pass: true,
      distinct: 1,
      causes: [],
      sites: [],
      unexercised: [],
      perturbation: undefined,
      seed: undefined,
    })
    expect(result.calls.map((c) => c.output)).toEqual([4, 4, 4, 4, 4])
  })

  test('names the cause and the site of a divergence under perturbation', () => {
    const result = sync(run(() => fs.readdirSync('.'), { perturb: ['readdir', 'sort'], seed: 9 }))
    expect(result.causes).toEqual(['readdir'])
    expect(result.unexercised).toEqual(['sort'])
    expect(result.pass).toBe(false)
    expect(result.perturbation).toMatchObject({
      sources: ['readdir', 'sort'],
      explicit: ['readdir', 'sort'],
      seed: 9,
      verdict: 'named',
      together: false,
      exercised: [{ source: 'readdir', api: 'fs.readdirSync', count: 5 }],
    })
    expect(result.perturbation?.attributionCalls).toBe(2)
  })

  test('leaves the cause unnamed without attribution, and unexercised sources alone when told', () => {
    const options = { perturb: ['readdir', 'sort'] as const, seed: 9 }
    const result = sync(
      run(() => fs.readdirSync('.'), options, { attribute: false, requireExercise: false }),
    )
    expect(result.causes).toEqual([])
    expect(result.unexercised).toEqual([])
    expect(result.perturbation?.verdict).toBeUndefined()
  })

  test('names no cause when the output differs with nothing perturbed', () => {
    let count = 0
    const result = sync(run(() => [fs.readdirSync('.').length, ++count], { perturb: true }))
    expect(result.perturbation?.verdict).toBe('none')
    expect(result.causes).toEqual([])
  })

  test('names the clock when it was not asked for but the calls read it', () => {
    const result = sync(
      run(() => [fs.readdirSync('.').sort(), performance.now()], { perturb: ['readdir'] }),
    )
    expect(result.causes).toEqual(['clock'])
  })

  test('attributes a throw in a perturbed call, but not one in call 1', () => {
    const parse = (text: string) => {
      const value = Number.parseFloat((1.5).toLocaleString())
      if (value !== 1.5) throw new Error(`not a number: ${text}`)
      return value
    }
    const result = sync(run(parse, { args: ['x'], perturb: ['locale'] }))
    expect(result.thrown?.call).toBe(2)
    expect(result.causes).toEqual(['locale'])
    const always = sync(
      run(
        () => {
          throw new Error('always')
        },
        { perturb: true },
      ),
    )
    expect(always.thrown?.call).toBe(1)
    expect(always.perturbation?.verdict).toBeUndefined()
  })

  test('returns a promise for an async function, and names the cause there too', async () => {
    const result = await run(async () => fs.promises.readdir('.'), { perturb: ['readdir'] })
    expect(result.causes).toEqual(['readdir'])
    expect(result.async).toBe(true)
  })

  test('perturbs each of concurrent calls in its own way, and names the cause', async () => {
    const gather = async (ids: number[], deps: { load(id: number): Promise<number> }) => {
      const out: number[] = []
      await Promise.all(ids.map(async (id) => out.push(await deps.load(id))))
      return { out, files: fs.readdirSync('.').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) }
    }
    const deps = { load: async (id: number) => id }
    const options = { args: [[1, 2, 3], deps], perturb: true, concurrent: true } as const
    const result = await run(gather, options)
    expect(result).toMatchObject({ pass: false, concurrent: true, causes: ['async'] })
    const inOrder = (ids: number[], d: typeof deps) => Promise.all(ids.map((id) => d.load(id)))
    expect((await run(inOrder, options)).pass).toBe(true)
  })
})
