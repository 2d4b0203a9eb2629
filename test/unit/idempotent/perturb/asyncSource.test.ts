import * as fs from 'node:fs'
import * as timersPromises from 'node:timers/promises'
import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../../../../src/idempotent/IdempotenceResult'
import { inCall } from '../../../helpers/perturbation'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

describe('asyncSource', () => {
  test('fails when results are pushed in completion order of timers, naming async', async () => {
    const gather = async (delays: number[]) => {
      const out: number[] = []
      await Promise.all(delays.map(async (ms, i) => (await sleep(ms), out.push(i))))
      return out
    }
    const result = (await checkIdempotent(gather, {
      args: [[2, 3, 4, 5]],
      perturb: ['async'],
    })) as IdempotenceResult
    expect(result.pass).toBe(false)
    expect(result.causes).toEqual(['async'])
    expect(result.sites[0]?.api).toBe('setTimeout')
  })

  test('passes when retries wait on timers and the result does not depend on timing', async () => {
    const retry = async (failures: number) => {
      let left = failures
      for (;;) {
        if (left-- === 0) return 'ok'
        await sleep(1)
      }
    }
    const result = (await checkIdempotent(retry, {
      args: [3],
      perturb: ['async'],
    })) as IdempotenceResult
    expect(result.pass).toBe(true)
    expect(result.perturbed.async).toBe(15)
  })

  test('delays setTimeout and setInterval, and setImmediate by turns, keeping clearImmediate working', async () => {
    const order = await inCall(['async'], async () => {
      const seen: string[] = []
      const interval = setInterval(() => {
        seen.push('interval')
        clearInterval(interval)
      }, 1)
      const cancelled = setImmediate(() => seen.push('cancelled'))
      clearImmediate(cancelled)
      await new Promise<void>((resolve) => setImmediate(() => (seen.push('immediate'), resolve())))
      await sleep(60)
      return seen
    }).value
    expect(order).toEqual(['immediate', 'interval'])
  })

  test('settles fs.promises, timers/promises and fetch late in perturbed calls', async () => {
    const { value, context } = inCall(['async'], async () => {
      await fs.promises.stat('.')
      await timersPromises.setTimeout(1)
      await timersPromises.setImmediate()
      return 'done'
    })
    expect(await value).toBe('done')
    expect([...context.apis.keys()]).toEqual([
      'async fs.promises.stat',
      'async timers/promises.setTimeout',
      'async timers/promises.setImmediate',
    ])
  })

  test('passes rejections through, late', async () => {
    const { value } = inCall(['async'], () => fs.promises.readFile('no such file here'))
    await expect(value).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
