import { describe, expect, test } from 'vitest'
import { cloneDeep } from '../../../src/idempotent/cloneDeep'
import { findMutation } from '../../../src/idempotent/findMutation'

describe('findMutation', () => {
  test('passes when unchanged arguments give no finding', () => {
    const args = [{ items: [1, 2] }, new Map([['k', new Set([1])]])]
    expect(findMutation(cloneDeep(args), args, 1)).toBeUndefined()
  })

  test('fails when a call pushed into an argument, naming argument and path', () => {
    const args: [number, { items: number[] }] = [0, { items: [1] }]
    const before = cloneDeep(args)
    args[1].items.push(2)
    expect(findMutation(before, args, 3)).toEqual({
      call: 3,
      argument: 1,
      path: '$.items[1]',
      reason: 'missing on the left',
      before: undefined,
      after: 2,
    })
  })

  test('fails when a Set member was deleted', () => {
    const args = [new Set(['a', 'b'])]
    const before = cloneDeep(args)
    args[0]!.delete('b')
    expect(findMutation(before, args, 1)).toMatchObject({ argument: 0, path: '$[*]', before: 'b' })
  })

  test('passes when only key or array order changed at unordered paths', () => {
    const before = [{ a: 1, b: 2, rows: [1, 2] }]
    const after = [{ b: 2, a: 1, rows: [2, 1] }]
    expect(findMutation(before, after, 1, ['$[0].rows'])).toBeUndefined()
    expect(findMutation(before, after, 1)).toMatchObject({ path: '$.rows[0]' })
  })
})
