import { describe, expect, test } from 'vitest'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { explainArrays, extrasDifference } from '../../../src/unordered/explainArrays'

const comparer = createComparer(createScope({}), true)

describe('explainArrays', () => {
  test('passes when arrays that pair up but differ in extra keys say so', () => {
    const found = explainArrays(
      Object.assign([1], { x: 1 }),
      Object.assign([1], { x: 2 }),
      comparer,
      comparer.scope.root,
      ['list'],
      undefined,
      undefined,
    )
    expect(found).toMatchObject({
      difference: { path: '$.list', reason: 'array properties besides the indices differ' },
    })
  })

  test('passes when arrays that do not pair up get the element-level mismatch', () => {
    const found = explainArrays([1], [2], comparer, comparer.scope.root, [], undefined, undefined)
    expect('mismatch' in found && found.mismatch.missing).toEqual([{ index: 0, value: 2 }])
  })

  test('passes when extrasDifference shows the expected side on the left', () => {
    expect(extrasDifference(Object.assign([], { r: 1 }), [])).toEqual({
      path: '$',
      reason: 'array properties besides the indices differ',
      left: {},
      right: { r: 1 },
    })
  })
})
