import { describe, expect, test } from 'vitest'
import { callRandom, mix, siteRandom } from '../../../../src/idempotent/perturb/siteRandom'

describe('siteRandom', () => {
  test('depends only on seed, call, source and site', () => {
    const draw = (seed: number, call: number, site: number) =>
      siteRandom(seed, call, 'readdir', site).nextUint32()
    expect(draw(1, 2, 3)).toBe(draw(1, 2, 3))
    const others = [
      draw(2, 2, 3),
      draw(1, 3, 3),
      draw(1, 2, 4),
      siteRandom(1, 2, 'sort', 3).nextUint32(),
    ]
    for (const other of others) expect(other).not.toBe(draw(1, 2, 3))
    expect(callRandom(1, 2, 'locale').nextUint32()).toBe(callRandom(1, 2, 'locale').nextUint32())
  })

  test('mixes into unsigned 32-bit integers', () => {
    for (const parts of [[0], [1, 2], [0xffffffff, 7, 9]]) {
      const hash = mix(...parts)
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true)
    }
    expect(mix(1, 2)).not.toBe(mix(2, 1))
  })
})
