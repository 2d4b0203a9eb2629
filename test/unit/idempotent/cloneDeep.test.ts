import { runInNewContext } from 'node:vm'
import { types } from 'node:util'
import { describe, expect, test } from 'vitest'
import { formatPath } from '../../../src/core/paths/formatPath'
import { cloneDeep } from '../../../src/idempotent/cloneDeep'

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
  get norm(): number {
    return Math.hypot(this.x, this.y)
  }
}

class Tagged extends Map<string, number> {}

describe('cloneDeep', () => {
  test('passes when nothing is shared with the source and the data is equal', () => {
    const source = { list: [1, { a: 2 }], nested: { deep: { value: 'x' } } }
    const copy = cloneDeep(source)
    expect(copy).toStrictEqual(source)
    expect(copy.list).not.toBe(source.list)
    expect(copy.list[1]).not.toBe(source.list[1])
    expect(copy.nested.deep).not.toBe(source.nested.deep)
  })

  test('passes when Maps, Sets, Dates and RegExps are copied with their contents', () => {
    const key = { id: 1 }
    const regex = /a+/g
    regex.lastIndex = 2
    const source = { map: new Map([[key, new Set([1, 2])]]), when: new Date(86_400_000), regex }
    const copy = cloneDeep(source)
    const [copiedKey, members] = [...copy.map][0]!
    expect(copiedKey).toEqual(key)
    expect(copiedKey).not.toBe(key)
    expect([...members!]).toEqual([1, 2])
    expect(copy.when.getTime()).toBe(86_400_000)
    expect(copy.when).not.toBe(source.when)
    expect(copy.regex.source).toBe('a+')
    expect(copy.regex.flags).toBe('g')
    expect(copy.regex.lastIndex).toBe(2)
  })

  test('passes when class instances keep their prototype, getters and subclasses', () => {
    const copy = cloneDeep({ point: new Point(3, 4), tagged: new Tagged([['a', 1]]) })
    expect(copy.point).toBeInstanceOf(Point)
    expect(copy.point.norm).toBe(5)
    expect(copy.tagged).toBeInstanceOf(Tagged)
    expect(copy.tagged.get('a')).toBe(1)
  })

  test('passes when cycles and shared references keep their shape', () => {
    const shared = { n: 1 }
    const source: Record<string, unknown> = { left: shared, right: shared }
    source.self = source
    const copy = cloneDeep(source)
    expect(copy.self).toBe(copy)
    expect(copy.left).toBe(copy.right)
    expect(copy.left).not.toBe(shared)
  })

  test('passes when typed arrays over one buffer still share one copied buffer', () => {
    const buffer = new ArrayBuffer(8)
    const source = {
      bytes: new Uint8Array(buffer),
      words: new Uint32Array(buffer, 4, 1),
      node: Buffer.from('hi'),
    }
    source.bytes[0] = 7
    const copy = cloneDeep(source)
    expect(copy.bytes.buffer).toBe(copy.words.buffer)
    expect(copy.bytes.buffer).not.toBe(buffer)
    copy.words[0] = 0xffffffff
    expect(copy.bytes[4]).toBe(255)
    expect(source.bytes[4]).toBe(0)
    expect(copy.node).toBeInstanceOf(Buffer)
    expect(copy.node.toString()).toBe('hi')
  })

  test('passes when Errors keep class, message, cause and own fields', () => {
    const error = Object.assign(new RangeError('too big', { cause: 'limit' }), { code: 'E_BIG' })
    const copy = cloneDeep(error)
    expect(copy).toBeInstanceOf(RangeError)
    expect(copy.message).toBe('too big')
    expect(copy.cause).toBe('limit')
    expect(copy.code).toBe('E_BIG')
    expect(copy).not.toBe(error)
  })

  test('passes when functions, Promises and WeakMaps stay the same objects', () => {
    const fn = () => 1
    const promise = Promise.resolve(1)
    const weak = new WeakMap()
    const copy = cloneDeep({ fn, promise, weak })
    expect(copy.fn).toBe(fn)
    expect(copy.promise).toBe(promise)
    expect(copy.weak).toBe(weak)
  })

  test('passes when frozen objects stay frozen and holes stay holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    const copy = cloneDeep({ frozen: Object.freeze({ a: 1 }), sparse: [1, , 3] })
    expect(Object.isFrozen(copy.frozen)).toBe(true)
    expect(1 in copy.sparse).toBe(false)
    expect(copy.sparse).toHaveLength(3)
  })

  test('passes when a __proto__ own key is copied as a key, not as the prototype', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<
      string,
      unknown
    >
    const copy = cloneDeep(source)
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['__proto__', 'a'])
  })

  test('passes when the reorder hook changes insertion order and sees paths', () => {
    const seen: string[] = []
    const copy = cloneDeep(
      { a: 1, b: { c: 1, d: 2 }, s: new Set([1, 2]) },
      {
        reorder(kind, steps, keys) {
          seen.push(`${kind}@${steps.map(String).join('.')}:${keys.length}`)
          return keys.map((_, i) => keys.length - 1 - i)
        },
      },
    )
    expect(Object.keys(copy)).toEqual(['s', 'b', 'a'])
    expect(Object.keys(copy.b)).toEqual(['d', 'c'])
    expect([...copy.s]).toEqual([2, 1])
    expect(seen).toEqual(['keys@:3', 'members@s:2', 'keys@b:2'])
  })

  test('passes when a Map value behind an object key is copied at its own path, not inside its key', () => {
    const seen: string[] = []
    const key = { k: 1, j: 2 }
    const value = { list: [1, 2], z: 0 }
    const copy = cloneDeep(
      new Map<unknown, unknown>([
        [key, value],
        ['b', 1],
      ]),
      {
        reorder(kind, steps, keys) {
          seen.push(`${kind}@${formatPath(steps)}`)
          return keys.map((_, i) => keys.length - 1 - i)
        },
      },
    )
    const [copiedKey, copiedValue] = [...copy].find(([k]) => typeof k === 'object') as [
      typeof key,
      typeof value,
    ]
    expect(copiedKey).toEqual(key)
    expect(copiedValue).toEqual({ list: [2, 1], z: 0 })
    expect(copiedValue).not.toBe(value)
    // The value's path goes through the entry (`*`), never through the key's own fields.
    expect(seen).toEqual(['entries@$', 'keys@$[*]', 'keys@$[*]', 'elements@$[*].list'])
  })
})

describe('cloneDeep of built-ins from another realm and of hostile or huge values', () => {
  test('passes when Maps, Sets and Dates of another realm come out usable, with their prototype', () => {
    const [map, set, date] = runInNewContext(
      "[new Map([['a', 1]]), new Set([1]), new Date(5)]",
    ) as [Map<string, number>, Set<number>, Date]
    const copy = cloneDeep({ map, set, date })
    expect(Map.prototype.get.call(copy.map, 'a')).toBe(1)
    expect(Object.getPrototypeOf(copy.map)).toBe(Object.getPrototypeOf(map))
    expect(copy.map.get('a')).toBe(1)
    expect(copy.set.has(1)).toBe(true)
    expect(copy.date.getTime()).toBe(5)
    expect(copy.map).not.toBe(map)
  })

  test('passes when a Map subclass hiding its entries is copied with its real contents', () => {
    class Hiding extends Map<string, number> {
      override entries(): MapIterator<[string, number]> {
        return new Map<string, number>().entries()
      }
      override [Symbol.iterator](): MapIterator<[string, number]> {
        return this.entries()
      }
    }
    const copy = cloneDeep(new Hiding([['a', 1]]))
    expect(copy).toBeInstanceOf(Hiding)
    expect(Map.prototype.get.call(copy, 'a')).toBe(1)
  })

  test('passes when errors are copied as real errors and platform values are rebuilt', () => {
    const error = runInNewContext("new TypeError('x')") as Error
    const copy = cloneDeep({ error, url: new URL('http://a.test/') })
    expect(types.isNativeError(copy.error)).toBe(true)
    expect(copy.error.message).toBe('x')
    expect(copy.url).toBeInstanceOf(URL)
    expect(copy.url.href).toBe('http://a.test/')
  })

  test('passes at 100,000 levels, and for a huge sparse array without visiting its holes', () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 100_000; i++) deep = (deep.next = {}) as Record<string, unknown>
    deep.end = true
    let copy = cloneDeep(root) as Record<string, unknown>
    for (let i = 0; i < 100_000; i++) copy = copy.next as Record<string, unknown>
    expect(copy.end).toBe(true)
    const huge: unknown[] = new Array(1e9)
    huge[123] = { a: 1 }
    const hugeCopy = cloneDeep(huge)
    expect(hugeCopy.length).toBe(1e9)
    expect(Object.keys(hugeCopy)).toEqual(['123'])
    expect(hugeCopy[123]).not.toBe(huge[123])
  })

  test('throws UNREADABLE with the path for a throwing getter or a revoked Proxy', () => {
    const hostile = {
      get secret(): number {
        throw new Error('no')
      },
    }
    expect(() => cloneDeep([{ ok: 1 }, hostile])).toThrow(/at \$\[1\]\.secret threw \(Error: no\)/)
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(() => cloneDeep({ p: proxy })).toThrow(/at \$\.p threw/)
    const behindKey = new Map([[{ k: 1 }, { inner: hostile }]])
    expect(() => cloneDeep([behindKey])).toThrow(/at \$\[0\]\[\*\]\.inner\.secret threw/)
  })
})
