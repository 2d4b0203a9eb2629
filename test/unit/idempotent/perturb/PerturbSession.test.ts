import * as fs from 'node:fs'
import * as timers from 'node:timers'
import * as crypto from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../../../../src/idempotent/IdempotenceResult'
import { closeOpenSession, PerturbSession } from '../../../../src/idempotent/perturb/PerturbSession'
import { PERTURB_SOURCES } from '../../../../src/idempotent/perturb/PerturbSource'

/** Every global and module function a source patches, as it is right now. */
function patchable(): unknown[] {
  const typed = Object.getPrototypeOf(Uint8Array.prototype) as Record<string, unknown>
  return [
    globalThis.Date,
    Date.now,
    Date.parse,
    Date.prototype.constructor,
    Date.prototype.getHours,
    Date.prototype.toString,
    Date.prototype.toLocaleString,
    Math.random,
    performance.now,
    globalThis.crypto.randomUUID,
    globalThis.crypto.getRandomValues,
    crypto.randomUUID,
    crypto.randomBytes,
    fs.readdirSync,
    fs.readdir,
    fs.promises.readdir,
    fs.promises.readFile,
    fs.opendirSync,
    Array.prototype.sort,
    Array.prototype.toSorted,
    typed.sort,
    typed.toSorted,
    Intl.DateTimeFormat,
    Intl.NumberFormat,
    Intl.Collator,
    Number.prototype.toLocaleString,
    String.prototype.localeCompare,
    globalThis.setTimeout,
    globalThis.setInterval,
    globalThis.setImmediate,
    globalThis.clearImmediate,
    timers.setTimeout,
    globalThis.fetch,
  ]
}

describe('PerturbSession', () => {
  test('passes when a check without perturb leaves every global the very same before, during and after', () => {
    const before = patchable()
    let during: unknown[] = []
    const result = checkIdempotent(
      () => {
        during = patchable()
        return 1
      },
      { shuffle: true, args: [{ a: 1, b: 2 }] },
    ) as IdempotenceResult
    expect(result.pass).toBe(true)
    expect(during).toEqual(before)
    during.forEach((value, i) => expect(value).toBe(before[i]))
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
  })

  test('passes when a perturbed check puts every global back after it passes, throws or rejects', async () => {
    const before = patchable()
    let during: unknown[] = []
    checkIdempotent(
      () => {
        during = patchable()
        return 1
      },
      { perturb: true },
    )
    expect(during.filter((value, i) => value !== before[i]).length).toBeGreaterThan(25)
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
    expect(() =>
      checkIdempotent(
        () => {
          throw new Error('boom')
        },
        { perturb: true },
      ),
    ).not.toThrow()
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
    // The check itself throws (a bad `args` factory) after its patches went in.
    expect(() =>
      checkIdempotent(() => 1, { perturb: true, args: () => Promise.resolve([]) as never }),
    ).toThrow(/returned a Promise/)
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
    await expect(
      checkIdempotent(async () => 1, {
        perturb: true,
        normalize: () => {
          throw new Error('late')
        },
      }),
    ).rejects.toThrow(/normalize/)
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
    await expect(
      checkIdempotent(async () => Promise.reject(new Error('no')), { perturb: true }),
    ).resolves.toMatchObject({ pass: false })
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
  })

  test('throws when two perturbed checks overlap, and frees the process when the first ends', async () => {
    const slow = checkIdempotent(async () => 1, { perturb: ['async'], times: 2 })
    expect(() => checkIdempotent(() => 1, { perturb: ['sort'] })).toThrow(
      /Another check with `perturb` is still running in this process/,
    )
    await slow
    expect(() =>
      checkIdempotent(() => [2, 1].sort((a, b) => a - b), { perturb: ['sort'] }),
    ).not.toThrow()
  })

  test('passes when a shuffle-only check runs beside a perturbed one: it patches nothing', async () => {
    const slow = checkIdempotent(async () => 1, { perturb: ['async'], times: 2 })
    expect((checkIdempotent(() => 1, { shuffle: true }) as IdempotenceResult).pass).toBe(true)
    await slow
  })

  test('closes a session left open, once, as the runners’ end-of-test hook does', () => {
    const before = patchable()
    const session = PerturbSession.open(1)
    session.install(PERTURB_SOURCES)
    expect(Math.random).not.toBe(before[7])
    expect(closeOpenSession()).toBe(true)
    expect(closeOpenSession()).toBe(false)
    patchable().forEach((value, i) => expect(value).toBe(before[i]))
    session.close()
  })

  test('leaves work a call left behind alone once that call has settled', async () => {
    const leftOver: number[] = []
    let release: (() => void) | undefined
    const fn = async (n: number) => {
      // Runs the previous call's leftover now, while this call runs, in the previous call's context.
      release?.()
      void new Promise<void>((resolve) => (release = resolve)).then(() =>
        leftOver.push(Math.random()),
      )
      await Promise.resolve()
      return n
    }
    const result = (await checkIdempotent(fn, {
      args: [1],
      perturb: true,
      times: 3,
    })) as IdempotenceResult
    expect(leftOver).toHaveLength(2)
    expect(result.perturbed.random).toBeUndefined()
  })
})
