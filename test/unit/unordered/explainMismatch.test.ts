import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { explainMismatch } from '../../../src/unordered/explainMismatch'
import { matchArrays, type ArrayMatching } from '../../../src/unordered/matchArrays'

const comparer = createComparer(createScope({}), true)
const explain = (received: unknown[], expected: unknown[], identifyBy?: string) =>
  explainMismatch(
    received,
    expected,
    matchArrays(received, expected, comparer, comparer.scope.root) as ArrayMatching,
    comparer,
    comparer.scope.root,
    ['rows'],
    identifyBy,
  )

describe('explainMismatch', () => {
  test('passes when copies whose count differs are counted, not listed as missing', () => {
    const m = explain(['a', 'b', 'b'], ['a', 'a', 'b'])
    expect(m.path).toBe('$.rows')
    expect(m.counts.map((c) => [c.value, c.expected, c.received])).toEqual([
      ['a', 2, 1],
      ['b', 1, 2],
    ])
    expect(m.missing).toEqual([])
  })

  test('passes when a changed record is paired by identifyBy, with the field that differs', () => {
    const m = explain([{ id: 1, qty: 2 }], [{ id: 1, qty: 3 }], 'id')
    expect(m.changed).toHaveLength(1)
    expect(m.changed[0]?.pairedBy).toBe('identifyBy')
    expect(m.changed[0]?.difference).toMatchObject({ path: '$.rows[*].qty', left: 3, right: 2 })
  })

  test('passes when a lone pair of containers is shown side by side however deep it differs', () => {
    const chain = (leaf: number) => {
      let value: unknown = [leaf]
      for (let i = 0; i < 500; i++) value = { next: value }
      return value
    }
    const m = explain([chain(1)], [chain(2)])
    expect(m.changed[0]?.pairedBy).toBe('structure')
    expect(m.changed[0]?.difference?.reason).toBe('multisets differ')
    expect(m.missing).toEqual([])
  })

  test('passes when primitives left over stay missing and extra', () => {
    const m = explain(['pen'], ['nib'])
    expect(m.changed).toEqual([])
    expect(m.missing).toEqual([{ index: 0, value: 'nib' }])
    expect(m.extra).toEqual([{ index: 0, value: 'pen' }])
  })
})
