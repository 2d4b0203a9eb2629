import { describe, expect, test } from 'vitest'
import { canonicalSnapshot } from '../../../src/idempotent/canonicalSnapshot'
import { DistinctOutputs } from '../../../src/idempotent/DistinctOutputs'
import { deepEqual } from '../../../src/core/equality/deepEqual'

const snap = (value: unknown) => canonicalSnapshot(value, {})
const strict = new DistinctOutputs((a, b) => deepEqual(a.value, b.value), false)

describe('DistinctOutputs', () => {
  test('keeps one snapshot per distinct output, by text and by value', () => {
    const outputs = new DistinctOutputs((a, b) => deepEqual(a.value, b.value), false)
    const first = snap({ a: 1 })
    expect(outputs.representative(first)).toBe(first)
    expect(outputs.representative(snap({ a: 1 }))).toBe(first)
    const map = snap(new Map([[1, 2]]))
    expect(outputs.representative(map)).toBe(map)
    expect(outputs.representative(snap(new Map([[1, 2]])))).toBe(map)
    expect(outputs.representative(snap({ a: 2 }))).not.toBe(first)
    expect(outputs.size).toBe(3)
    expect(strict.size).toBe(0)
  })

  test('asks a custom equality about outputs of different text', () => {
    const loose = new DistinctOutputs(() => true, true)
    const first = snap('a')
    loose.representative(first)
    expect(loose.representative(snap('b'))).toBe(first)
    expect(loose.size).toBe(1)
  })
})
