import { describe, expect, test } from 'vitest'
import { normalize } from '../../../src/core/canonical/normalize'
import { canonicalSnapshot, sameSnapshot } from '../../../src/idempotent/canonicalSnapshot'

describe('canonicalSnapshot', () => {
  test('passes when JSON data is kept as compact canonical text and parses back to its canonical form', () => {
    const snapshot = canonicalSnapshot({ b: [2, 1], a: { d: 1, c: 2 } }, {})
    expect(snapshot.text).toBe('{"a":{"c":2,"d":1},"b":[2,1]}')
    expect(snapshot.value).toEqual(normalize({ b: [2, 1], a: { d: 1, c: 2 } }))
    expect(Object.keys(snapshot.value as object)).toEqual(['a', 'b'])
  })

  test('passes when other values are kept in normalized form, without text', () => {
    const snapshot = canonicalSnapshot({ tags: new Set(['b', 'a']) }, {})
    expect(snapshot.text).toBeUndefined()
    expect(snapshot.value).toEqual({ tags: new Set(['a', 'b']) })
  })

  test('passes when unordered and ignore shape the snapshot', () => {
    const snapshot = canonicalSnapshot(
      { ids: [3, 1], at: 5 },
      { unordered: ['$.ids'], ignore: ['$.at'] },
    )
    expect(snapshot.text).toBe('{"at":"[ignored]","ids":[1,3]}')
  })

  test('passes when a later mutation of the value leaves the snapshot as it was', () => {
    const value = { rows: [1, 2] }
    const snapshot = canonicalSnapshot(value, {})
    value.rows.push(3)
    expect(snapshot.value).toEqual({ rows: [1, 2] })
  })
})

describe('sameSnapshot', () => {
  test.each<[string, unknown, unknown, boolean]>([
    ['JSON data in another key order', { a: 1, b: 2 }, { b: 2, a: 1 }, true],
    ['JSON data with a changed leaf', { a: 1 }, { a: 2 }, false],
    ['Sets in another order', new Set([1, 2]), new Set([2, 1]), true],
    ['JSON data against a Map', { a: 1 }, new Map([['a', 1]]), false],
    ['-0 against 0', -0, 0, false],
  ])('compares %s', (_name, a, b, same) => {
    expect(sameSnapshot(canonicalSnapshot(a, {}), canonicalSnapshot(b, {}), undefined)).toBe(same)
    expect(sameSnapshot(canonicalSnapshot(b, {}), canonicalSnapshot(a, {}), undefined)).toBe(same)
  })

  test('passes the canonical forms to custom equality instead of comparing text', () => {
    const caseInsensitive = (x: unknown, y: unknown) =>
      String(x).toLowerCase() === String(y).toLowerCase()
    expect(
      sameSnapshot(canonicalSnapshot('A', {}), canonicalSnapshot('a', {}), caseInsensitive),
    ).toBe(true)
    expect(sameSnapshot(canonicalSnapshot('A', {}), canonicalSnapshot('a', {}), undefined)).toBe(
      false,
    )
  })
})
