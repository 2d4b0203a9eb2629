import { describe, expect, test } from 'vitest'
import { toEqualUnordered } from '../../../matchers/toEqualUnordered'
import { installUnorderedAsymmetric } from '../../../matchers/unorderedAsymmetric'

expect.extend({ toEqualUnordered })
installUnorderedAsymmetric(expect)

type Asymmetric = {
  toEqualUnordered(
    expected: unknown,
    options?: object,
  ): {
    sample: unknown
    asymmetricMatch(other: unknown): boolean
    toAsymmetricMatcher(): string
    toString(): string
  }
}
const asym = expect as unknown as Asymmetric & { not: Asymmetric }

describe('installUnorderedAsymmetric', () => {
  test('passes when the sample is the expected value alone and the matcher still matches', () => {
    const matcher = asym.toEqualUnordered([1, 3], { deep: false })
    expect(matcher.sample).toEqual([1, 3])
    expect(matcher.asymmetricMatch([3, 1])).toBe(true)
    expect(matcher.asymmetricMatch([3, 2])).toBe(false)
    expect(asym.not.toEqualUnordered([1]).asymmetricMatch([2])).toBe(true)
  })

  test('passes when the printed form names the options after the value', () => {
    expect(
      asym.toEqualUnordered([1], { deep: false, paths: undefined }).toAsymmetricMatcher(),
    ).toMatch(/^toEqualUnordered<.*1.*, deep: false, paths: undefined>$/s)
    expect(asym.toEqualUnordered([1]).toAsymmetricMatcher()).toMatch(/^toEqualUnordered<.*1.*>$/s)
    expect(asym.not.toEqualUnordered([1]).toString()).toBe('not.toEqualUnordered')
  })

  test('passes when installing twice wraps once', () => {
    installUnorderedAsymmetric(expect)
    expect(asym.toEqualUnordered([2]).sample).toEqual([2])
  })
})
