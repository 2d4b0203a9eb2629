import { runInNewContext } from 'node:vm'
import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { Kind, kindOf } from '../../../../src/core/kinds/kindOf'
import { stableStringify } from '../../../../src/core/text/stableStringify'

// Values built in another realm, as Jest's test context and `node:vm` produce them.
const foreign = <T>(code: string): T => runInNewContext(code) as T

describe('kindOf', () => {
  test.each<[string, string, number]>([
    ['a Map', "new Map([['a', 1]])", Kind.Map],
    ['a Set', 'new Set([1])', Kind.Set],
    ['a Date', 'new Date(0)', Kind.Date],
    ['a RegExp', '/a/g', Kind.RegExp],
    ['an Error', "new TypeError('x')", Kind.Error],
    ['an ArrayBuffer', 'new ArrayBuffer(2)', Kind.Binary],
    ['a typed array', 'new Uint8Array(2)', Kind.Binary],
    ['a boxed number', 'new Number(1)', Kind.Boxed],
    ['an array', '[1]', Kind.Array],
    ['a plain object', '({ a: 1 })', Kind.Object],
  ])('passes when %s from another realm is recognised', (_name, code, kind) => {
    expect(kindOf(foreign(code))).toBe(kind)
  })

  test.each<[string, unknown, number]>([
    ['a boxed BigInt', Object(1n), Kind.Boxed],
    ['a boxed Symbol', Object(Symbol('s')), Kind.Boxed],
    ['a URL', new URL('http://a.test/'), Kind.Platform],
    ['a subclass of URL', new (class Link extends URL {})('http://a.test/'), Kind.Platform],
    ['Headers', new Headers(), Kind.Platform],
    ['a Blob', new Blob([]), Kind.Identity],
    ['a ReadableStream', new ReadableStream(), Kind.Identity],
    ['a Promise', Promise.resolve(), Kind.Identity],
    ['an array iterator', [][Symbol.iterator](), Kind.Identity],
    ['a generator object', (function* () {})(), Kind.Identity],
    ['a Buffer', Buffer.from([1]), Kind.Binary],
    ['a DOMException', new DOMException('m'), Kind.Error],
  ])('passes when %s is recognised', (_name, value, kind) => {
    expect(kindOf(value)).toBe(kind)
  })

  test('passes when built-ins are told by their slots, not by their prototypes', () => {
    expect(kindOf(Object.create(Map.prototype))).toBe(Kind.Instance)
    expect(kindOf(Object.create(Date.prototype))).toBe(Kind.Instance)
    expect(kindOf(Object.setPrototypeOf(new Date(0), null))).toBe(Kind.Date)
    expect(kindOf(Object.setPrototypeOf(new Map(), null))).toBe(Kind.Instance)
    class MyMap extends Map {}
    expect(kindOf(new MyMap())).toBe(Kind.Map)
    expect(kindOf(foreign('(class extends Map {}).prototype.constructor.prototype'))).toBe(
      Kind.Instance,
    )
  })

  test('throws when a revoked Proxy is asked for its kind', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(() => kindOf(proxy)).toThrow(TypeError)
  })

  test('passes when a class that only claims a tag stays a class instance', () => {
    class FakeMap {
      get [Symbol.toStringTag]() {
        return 'Map'
      }
    }
    expect(kindOf(new FakeMap())).toBe(Kind.Instance)
  })

  test('fails to confuse Maps from another realm that differ', () => {
    const a = foreign<Map<string, number>>("new Map([['n', 1]])")
    const b = foreign<Map<string, number>>("new Map([['n', 2]])")
    expect(deepEqual(a, b)).toBe(false)
    expect(stableStringify(a, { indent: 0 })).toBe('Map {"n"=>1}')
    expect(stableStringify(foreign('({ b: new Date(0), a: [1] })'), { indent: 0 })).toBe(
      '{"a":[1],"b":Date("1970-01-01T00:00:00.000Z")}',
    )
  })
})
