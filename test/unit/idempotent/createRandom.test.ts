import { describe, expect, test } from 'vitest'
import {
  createRandom,
  isSeed,
  permutation,
  seedFromText,
} from '../../../src/idempotent/createRandom'

describe('createRandom', () => {
  test('passes when the first output matches the published mulberry32 reference for seed 0', () => {
    // The reference implementation returns 0.26642920868471265 as its first float for seed 0.
    expect(createRandom(0).nextUint32() / 2 ** 32).toBe(0.26642920868471265)
  })

  test('passes when one seed always gives one sequence and another seed a different one', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 20 }, () => random.nextUint32())
    }
    expect(draw(12345)).toEqual(draw(12345))
    expect(draw(12345)).not.toEqual(draw(12346))
  })

  test('passes when nextInt stays in range and reaches every value', () => {
    const random = createRandom(99)
    const counts = [0, 0, 0, 0, 0, 0]
    for (let i = 0; i < 6000; i++) counts[random.nextInt(6)]! += 1
    // 1,000 expected per face; a sound generator stays far inside these bounds.
    for (const count of counts) expect(count).toBeGreaterThan(850)
    for (const count of counts) expect(count).toBeLessThan(1150)
  })

  test('passes when nextInt(1) is always 0 and nextUint32 is an unsigned 32-bit integer', () => {
    const random = createRandom(7)
    for (let i = 0; i < 100; i++) {
      expect(random.nextInt(1)).toBe(0)
      const value = random.nextUint32()
      expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true)
    }
  })

  test.each([-1, 1.5, 2 ** 32, Number.NaN])('throws when the seed is %s', (seed) => {
    expect(() => createRandom(seed)).toThrow(/A seed must be an integer from 0 to 4294967295/)
  })

  test('throws when nextInt gets a bound below 1', () => {
    expect(() => createRandom(1).nextInt(0)).toThrow(RangeError)
  })
})

describe('isSeed', () => {
  test('passes when only integers from 0 to 2^32 - 1 are seeds', () => {
    expect([0, 1, 2 ** 32 - 1].map(isSeed)).toEqual([true, true, true])
    expect([-1, 0.5, 2 ** 32, '1', undefined].map(isSeed)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('seedFromText', () => {
  test('passes when it matches the published FNV-1a 32-bit test vectors', () => {
    expect(seedFromText('')).toBe(0x811c9dc5)
    expect(seedFromText('a')).toBe(0xe40c292c)
    expect(seedFromText('foobar')).toBe(0xbf9cf968)
  })
})

describe('permutation', () => {
  test('passes when it returns every index exactly once, the same way for the same seed', () => {
    const order = permutation(createRandom(5), 50)
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(permutation(createRandom(5), 50)).toEqual(order)
    expect(order).not.toEqual(Array.from({ length: 50 }, (_, i) => i))
  })

  test('passes when every order of three items appears', () => {
    const random = createRandom(3)
    const seen = new Set<string>()
    for (let i = 0; i < 200; i++) seen.add(permutation(random, 3).join(''))
    expect([...seen].sort()).toEqual(['012', '021', '102', '120', '201', '210'])
  })
})
