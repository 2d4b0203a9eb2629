import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { findDifference } from '../../../../src/core/equality/findDifference'

describe('equalFrames (arrays and objects in deepEqual)', () => {
  test('passes when huge sparse arrays compare through their own indices in no time', () => {
    const a: unknown[] = new Array(1e9)
    const b: unknown[] = new Array(1e9)
    a[5] = undefined
    expect(deepEqual(a, b)).toBe(true)
    b[7] = 1
    expect(findDifference(a, b)).toMatchObject({ path: '$[7]', left: undefined, right: 1 })
  })

  test('fails on the first differing key in canonical order, symbol keys after strings', () => {
    const s = Symbol('s')
    expect(findDifference({ [s]: 1, b: 1 }, { [s]: 2, b: 2 })?.path).toBe('$.b')
    expect(findDifference({ [s]: 1 }, { [s]: 2 })?.path).toBe('$[Symbol(s)]')
  })

  test('throws UNREADABLE at the property whose getter throws', () => {
    const hostile = {
      get secret(): number {
        throw new Error('no')
      },
    }
    expect(() => findDifference({ a: hostile }, { a: hostile })).toThrow(/at \$\.a\.secret threw/)
  })
})
