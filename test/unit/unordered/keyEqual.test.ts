import { describe, expect, test } from 'vitest'
import { createScope } from '../../../src/unordered/createScope'
import { keyEqual } from '../../../src/unordered/keyEqual'

describe('keyEqual', () => {
  const deep = createScope({})
  const paths = createScope({ paths: ['$.tags'] })

  test('passes when multisets at the scope’s paths ignore order and other arrays keep it', () => {
    const a = { tags: [1, 2], rows: [1, 2] }
    expect(keyEqual(a, { tags: [2, 1], rows: [1, 2] }, paths, paths.root, false)).toBe(true)
    expect(keyEqual(a, { tags: [1, 2], rows: [2, 1] }, paths, paths.root, false)).toBe(false)
  })

  test('fails when prototypes or lengths differ, in both orders', () => {
    for (const [a, b] of [
      [{ a: 1 }, Object.assign(Object.create(null) as object, { a: 1 })],
      [[1], [1, 1]],
      [new Date(1), new Date(2)],
    ] as const) {
      expect(keyEqual(a, b, deep, deep.root, false)).toBe(false)
      expect(keyEqual(b, a, deep, deep.root, false)).toBe(false)
    }
  })
})
