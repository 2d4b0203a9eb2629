import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  combine32,
  hashNumber32,
  hashPrimitive32,
  hashText32,
  mix32,
  unorderedHash32,
} from '../../../../src/core/equality/hash32'

describe('hash32', () => {
  test('gives 32-bit integers that never depend on the process (fixed values)', () => {
    // No per-process seed: a pairing that fails is replayed and explained the same way every run.
    expect([mix32(1), combine32(1, 2), hashText32('ab', 7), hashNumber32(1.5)]).toEqual([
      1364076727, -85127662, 234491920, -1973743716,
    ])
    for (const h of [mix32(123), combine32(-5, 9), hashText32('é', 0), hashNumber32(-1e300)]) {
      expect(Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31).toBe(true)
    }
  })

  test('hashes every NaN alike and -0 apart from 0', () => {
    // A NaN with another payload has other bits: it must still hash like every NaN.
    const bits = new Float64Array(1)
    new Uint32Array(bits.buffer).set([1, 0x7ff00000])
    expect(Number.isNaN(bits[0])).toBe(true)
    expect(hashNumber32(bits[0] as number)).toBe(hashNumber32(NaN))
    expect(hashNumber32(-0)).not.toBe(hashNumber32(0))
    expect(hashNumber32(0.1 + 0.2)).not.toBe(hashNumber32(0.3))
  })

  test('combine32 depends on the order of its inputs, unorderedHash32 does not', () => {
    expect(combine32(1, 2)).not.toBe(combine32(2, 1))
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (hashes, turn) => {
        const k = hashes.length === 0 ? 0 : turn % hashes.length
        const rotated = [...hashes.slice(k), ...hashes.slice(0, k)].reverse()
        expect(unorderedHash32(rotated)).toBe(unorderedHash32(hashes))
      }),
    )
  })

  test('tells strings apart by every code unit and by the seed', () => {
    expect(hashText32('ab', 1)).not.toBe(hashText32('ba', 1))
    expect(hashText32('ab', 1)).not.toBe(hashText32('ab', 2))
    expect(hashText32('a\ud800', 1)).not.toBe(hashText32('a\udc00', 1))
  })

  test('hashes primitives by type and value, and leaves symbols, functions and objects out', () => {
    const hashes = ['1', 1, 1n, true, false, undefined, null].map(hashPrimitive32)
    expect(new Set(hashes).size).toBe(hashes.length)
    expect(hashes.every((h) => typeof h === 'number')).toBe(true)
    expect([Symbol('s'), () => 1, {}, []].map(hashPrimitive32)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
