import * as fs from 'node:fs'
import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { attributeCause } from '../../../src/idempotent/attributeCause'
import { drive } from '../../../src/idempotent/maybeAsync'
import { PerturbSession } from '../../../src/idempotent/perturb/PerturbSession'
import type { PerturbSource } from '../../../src/idempotent/perturb/PerturbSource'
import {
  readIdempotentOptions,
  type IdempotentOptions,
} from '../../../src/idempotent/readIdempotentOptions'

/** Attribution as runPlan runs it after a divergence, with every requested source reached. */
function attribute(
  fn: (...args: unknown[]) => unknown,
  options: IdempotentOptions,
  reached?: PerturbSource[],
) {
  const plan = readIdempotentOptions(options)
  const globals = plan.sources.filter((s) => s !== 'order')
  const session = globals.length > 0 ? PerturbSession.open(plan.seed) : undefined
  try {
    session?.install(globals)
    const experiment = { perturbed: new Set(plan.sources), held: new Set<PerturbSource>() }
    return drive(
      attributeCause({ fn, plan, equals: deepEqual, session, experiment }, reached ?? plan.sources),
    )
  } finally {
    session?.close()
  }
}

describe('attributeCause', () => {
  test('names the one source that reproduces the divergence alone, and narrows it to its site', () => {
    const found = attribute(() => [fs.readdirSync('.'), [3, 1, 2].sort((a, b) => a - b)], {
      perturb: ['readdir', 'sort'],
    })
    expect(found).toMatchObject({ verdict: 'named', causes: ['readdir'], together: false })
    expect(found).toMatchObject({
      sites: [{ source: 'readdir', api: 'fs.readdirSync', call: 2, site: 0 }],
    })
  })

  test('tries no source the calls never reached', () => {
    const found = attribute(() => fs.readdirSync('.'), { perturb: ['readdir', 'sort'] }, [
      'readdir',
    ])
    expect((found as { attributionCalls: number }).attributionCalls).toBe(2)
  })

  test('names a set of sources that only reproduces the divergence together', () => {
    // Differs only when the listing is reversed and the sort runs another algorithm.
    const both = () => {
      const reversed = fs.readdirSync('.')[0] !== [...fs.readdirSync('.')].sort()[0]
      const broken =
        [
          { k: 1, v: 'a' },
          { k: 1, v: 'b' },
        ].sort(() => 1)[0]?.v === 'b'
      return reversed && broken
    }
    const found = attribute(both, { perturb: ['readdir', 'sort'], seed: 2 })
    expect(found).toMatchObject({
      verdict: 'named',
      causes: ['readdir', 'sort'],
      together: true,
      sites: [],
    })
  })

  test('names no cause when the divergence stays with nothing perturbed', () => {
    let n = 0
    expect(
      attribute(() => [fs.readdirSync('.').length, ++n], { perturb: ['readdir'] }),
    ).toMatchObject({ verdict: 'none', causes: [] })
  })

  test('says when no source brings the divergence back', () => {
    expect(attribute(() => 1, { perturb: ['readdir'] })).toMatchObject({
      verdict: 'unreproduced',
      causes: [],
    })
  })

  test('names order under shuffle without patching any global', () => {
    const firstKey = (o: unknown) => Object.keys(o as object)[0]
    const before = Math.random
    expect(attribute(firstKey, { shuffle: true, args: [{ a: 1, b: 2 }] })).toMatchObject({
      verdict: 'named',
      causes: ['order'],
      sites: [],
    })
    expect(Math.random).toBe(before)
  })
})
