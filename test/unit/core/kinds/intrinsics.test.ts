import { runInNewContext } from 'node:vm'
import { describe, expect, test } from 'vitest'
import {
  boxedValueOf,
  bytesOf,
  elementsOf,
  entriesOf,
  forEachEntry,
  forEachMember,
  isoOf,
  membersOf,
  regExpParts,
  sizeOf,
  timeOf,
  typedArrayName,
  viewParts,
} from '../../../../src/core/kinds/intrinsics'

describe('intrinsics', () => {
  test('passes when a Date is read through its slot, whatever its own getTime says', () => {
    const date = new Date(5)
    Object.defineProperty(date, 'getTime', { value: () => 42 })
    expect(timeOf(date)).toBe(5)
    expect(isoOf(date)).toBe('1970-01-01T00:00:00.005Z')
    expect(timeOf(runInNewContext('new Date(7)') as Date)).toBe(7)
    expect(() => timeOf(Object.create(Date.prototype) as object)).toThrow(TypeError)
  })

  test.each<[string, object, unknown]>([
    ['a Number', new Number(1), 1],
    ['a String', new String('a'), 'a'],
    ['a Boolean', new Boolean(false), false],
    ['a BigInt', Object(2n) as object, 2n],
    ['a foreign Number', runInNewContext('new Number(3)') as object, 3],
  ])('passes when the primitive inside %s is read', (_name, boxed, primitive) => {
    expect(boxedValueOf(boxed)).toBe(primitive)
  })

  test('passes when a boxed Symbol gives its own symbol, and throws for anything else', () => {
    const symbol = Symbol('s')
    expect(boxedValueOf(Object(symbol) as object)).toBe(symbol)
    const fake = { valueOf: () => 1 }
    expect(() => boxedValueOf(fake)).toThrow(/not a boxed primitive/)
  })

  test('passes when Map entries and Set members ignore an overridden iterator', () => {
    class Hiding extends Map<string, number> {
      override entries(): MapIterator<[string, number]> {
        return new Map<string, number>().entries()
      }
      override [Symbol.iterator](): MapIterator<[string, number]> {
        return this.entries()
      }
    }
    class Lying extends Set<number> {
      override values(): SetIterator<number> {
        return new Set([99]).values()
      }
    }
    const map = new Hiding([['a', 1]])
    expect(entriesOf(map)).toEqual([['a', 1]])
    const seen: unknown[] = []
    forEachEntry(map, (value, key) => seen.push([key, value]))
    forEachMember(new Lying([1, 2]), (member) => seen.push(member))
    expect(seen).toEqual([['a', 1], 1, 2])
    expect(sizeOf(map, true)).toBe(1)
    expect(membersOf(new Lying([1, 2]))).toEqual([1, 2])
    expect(sizeOf(new Lying([1, 2]), false)).toBe(2)
  })

  test('passes when RegExp flags are read from the slot, not from own properties', () => {
    const re = /a/gi
    Object.defineProperty(re, 'flags', { value: 'm' })
    Object.defineProperty(re, 'global', { value: false })
    expect(regExpParts(re)).toEqual({ source: 'a', flags: 'gi' })
  })

  test('passes when binary values give their bytes through their slots', () => {
    const buffer = new Uint8Array([1, 2, 3, 4]).buffer
    const view = new Uint8Array(buffer, 1, 2)
    Object.defineProperty(view, 'byteOffset', { value: 0 })
    expect([...bytesOf(view)]).toEqual([2, 3])
    expect([...bytesOf(new DataView(buffer, 2))]).toEqual([3, 4])
    expect([...bytesOf(buffer)]).toEqual([1, 2, 3, 4])
    expect(viewParts(view)).toEqual({ buffer, offset: 1, length: 2 })
    expect(typedArrayName(Buffer.from([1]))).toBe('Uint8Array')
    expect(typedArrayName(new DataView(buffer))).toBeUndefined()
  })

  test('passes when elements come from the intrinsic length', () => {
    const array = new Float64Array([1, -0])
    Object.defineProperty(array, 'length', { value: 1 })
    expect(Array.from(elementsOf(array))).toEqual([1, -0])
  })
})
