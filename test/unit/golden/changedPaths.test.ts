import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { changedPaths, linePaths } from '../../../src/golden/changedPaths'
import { stableStringify } from '../../../src/core/text/stableStringify'

describe('linePaths', () => {
  test('passes when JSON lines get the path of the value they hold', () => {
    const text = stableStringify({ a: [1, { 'odd key': true }], b: {} })
    expect(text.split('\n').map((line, i) => `${linePaths(text)[i]}  ${line.trim()}`)).toEqual([
      '$  {',
      '$.a  "a": [',
      '$.a[0]  1,',
      '$.a[1]  {',
      '$.a[1][\'odd key\']  "odd key": true',
      '$.a[1]  }',
      '$.a  ],',
      '$.b  "b": {}',
      '$  }',
    ])
  })

  test('passes when notation lines of Maps, Sets and class instances get their paths', () => {
    class Order {
      id = 7
      tags = new Set(['x'])
    }
    const value = new Map<unknown, unknown>([
      ['k', new Order()],
      [2, undefined],
      [-1, 'minus'],
      [new Set([1]), [1n]],
    ])
    const text = stableStringify({ m: value })
    const paths = linePaths(text)
    const at = (fragment: string) => paths[text.split('\n').findIndex((l) => l.includes(fragment))]
    expect(at('"k" => Order {')).toBe('$.m.k')
    expect(at('"id": 7')).toBe('$.m.k.id')
    expect(at('"x"')).toBe('$.m.k.tags[*]')
    expect(at('2 => undefined')).toBe('$.m[2]')
    // The core names no negative key: such an entry is a member, as in every other path.
    expect(at('-1 => "minus"')).toBe('$.m[*]')
    expect(at('1n')).toBe('$.m[*][0]')
  })

  test('passes when every line gets a path, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true }), (value) => {
        const text = stableStringify(value)
        const paths = linePaths(text)
        expect(paths).toHaveLength(text.split('\n').length)
        for (const path of paths) expect(path.startsWith('$')).toBe(true)
      }),
    )
  })
})

describe('changedPaths', () => {
  test('passes when the paths of changed, added and removed values are listed once, in order', () => {
    const before = stableStringify({ a: 1, list: [1, 2], gone: true })
    const after = stableStringify({ a: 2, list: [1, 2, 3], added: 'x' })
    expect(changedPaths(before, after)).toEqual({
      paths: ['$.a', '$.gone', '$.added', '$.list[1]', '$.list[2]'],
      count: 5,
      complete: true,
    })
  })

  test('passes when at most limit paths are kept, with the full count', () => {
    const before = stableStringify(Object.fromEntries([...'abcdef'].map((k) => [k, 1])))
    const after = stableStringify(Object.fromEntries([...'abcdef'].map((k) => [k, 2])))
    expect(changedPaths(before, after, 2)).toEqual({
      paths: ['$.a', '$.b'],
      count: 6,
      complete: true,
    })
  })

  test('passes when very long texts are read up to their first 50,000 lines', () => {
    const long = (value: number) => stableStringify(Array.from({ length: 60_000 }, () => value))
    expect(changedPaths(long(1), long(2), 1)).toEqual({
      paths: ['$[0]'],
      count: 49_999,
      complete: false,
    })
  })
})
