import { runInNewContext } from 'node:vm'
import { types } from 'node:util'
import { describe, expect, test } from 'vitest'
import { copyLeaf } from '../../../../src/core/canonical/buildContainer'
import { normalize } from '../../../../src/core/canonical/normalize'
import { Kind } from '../../../../src/core/kinds/kindOf'

describe('buildContainer', () => {
  test('passes when symbol keys sharing a description are ordered by their values', () => {
    const [s1, s2] = [Symbol('s'), Symbol('s')]
    const one = normalize({ [s1]: 2, [s2]: 1 }) as object
    const two = normalize({ [s2]: 1, [s1]: 2 }) as object
    const values = (o: object) => Object.getOwnPropertySymbols(o).map((s) => (o as never)[s])
    expect(values(one)).toEqual([1, 2])
    expect(values(two)).toEqual([1, 2])
  })

  test('passes when an error copy is a real error of its realm, without a stack', () => {
    const foreign = runInNewContext("new TypeError('x', { cause: 1 })") as Error
    const copy = normalize(foreign) as Error
    expect(types.isNativeError(copy)).toBe(true)
    expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(foreign))
    expect([copy.name, copy.message, copy.cause]).toEqual(['TypeError', 'x', 1])
    expect(Object.prototype.hasOwnProperty.call(copy, 'stack')).toBe(false)
  })

  test('passes when a DOMException copy keeps its name and message as own properties', () => {
    const copy = normalize(new DOMException('gone', 'AbortError')) as DOMException
    expect([copy.name, copy.message]).toEqual(['AbortError', 'gone'])
  })

  test('passes when a huge sparse array stays sparse, its elements sorted to the end when unordered', () => {
    const huge: unknown[] = new Array(1e9)
    huge[10] = 'b'
    huge[20] = 'a'
    const kept = normalize(huge) as unknown[]
    expect(kept.length).toBe(1e9)
    expect(Object.keys(kept)).toEqual(['10', '20'])
    const sorted = normalize(huge, { unordered: true }) as unknown[]
    expect([sorted[1e9 - 2], sorted[1e9 - 1]]).toEqual(['a', 'b'])
    expect(Object.keys(sorted)).toHaveLength(2)
  })

  test('passes when leaves are copied through their slots, never through overridable methods', () => {
    const date = new Date(5)
    Object.defineProperty(date, 'getTime', { value: () => 42 })
    expect((copyLeaf(date, Kind.Date) as Date).valueOf()).toBe(5)
    const buffer = Buffer.from([1, 2])
    const copy = copyLeaf(buffer, Kind.Binary) as Buffer
    expect(copy).toBeInstanceOf(Buffer)
    expect([...copy]).toEqual([1, 2])
    expect(copy.buffer).not.toBe(buffer.buffer)
    const url = new URL('http://a.test/')
    expect(copyLeaf(url, Kind.Platform)).not.toBe(url)
    const stream = new ReadableStream()
    expect(copyLeaf(stream, Kind.Identity)).toBe(stream)
  })
})
