import { describe, expect, test } from 'vitest'
import { Circular } from '../../../../src/core/canonical/Circular'
import { IGNORED, normalize } from '../../../../src/core/canonical/normalize'
import { ExpectDeterministicError } from '../../../../src/errors'

/** Keys in enumeration order, symbols included, so tests see the order normalize produced. */
const ownKeys = (value: object) => Reflect.ownKeys(value)

describe('normalize', () => {
  test('passes when plain-object keys come out in code-unit order, symbols last', () => {
    const tag = Symbol('tag')
    const result = normalize({ b: 1, B: 2, a: 3, é: 4, [tag]: 5 }) as object
    expect(ownKeys(result)).toEqual(['B', 'a', 'b', 'é', tag])
  })

  test('passes when nested objects in arrays are sorted but array order is kept', () => {
    const result = normalize([
      { z: 1, y: 2 },
      { b: 1, a: 2 },
    ]) as object[]
    expect(result.map((o) => Object.keys(o))).toEqual([
      ['y', 'z'],
      ['a', 'b'],
    ])
  })

  test('passes when Set members and Map entries are sorted by canonical form', () => {
    const set = normalize(new Set([3, 'a', 1, null, { k: 2 }, { k: 1 }])) as Set<unknown>
    expect([...set]).toEqual([null, 1, 3, 'a', { k: 1 }, { k: 2 }])
    const map = normalize(
      new Map<unknown, unknown>([
        ['b', 1],
        ['a', 2],
        [1, 3],
      ]),
    ) as Map<unknown, unknown>
    expect([...map.keys()]).toEqual([1, 'a', 'b'])
  })

  test('passes when unordered: true sorts every array, stably', () => {
    const first = { id: 1, tag: 'first' }
    const second = { id: 1, tag: 'first' }
    const result = normalize(
      { list: [3, 1, 2], nested: [[2, 1], [0]], same: [first, second] },
      { unordered: true },
    )
    expect(result).toEqual({ list: [1, 2, 3], nested: [[0], [1, 2]], same: [first, second] })
  })

  test('passes when unordered paths sort only the arrays they select', () => {
    const result = normalize(
      { a: [2, 1], b: { c: [2, 1] }, d: [[2, 1]] },
      { unordered: ['$.b.c', '$.d[*]'] },
    )
    expect(result).toEqual({ a: [2, 1], b: { c: [1, 2] }, d: [[1, 2]] })
  })

  test('passes when ignore replaces values at any depth with the placeholder', () => {
    const result = normalize(
      { at: new Date(0), user: { id: 7, token: 'x' }, rows: [{ id: 1 }, { id: 2 }] },
      { ignore: ['$.at', '$..token', '$.rows[*].id'] },
    )
    expect(result).toEqual({
      at: IGNORED,
      user: { id: 7, token: IGNORED },
      rows: [{ id: IGNORED }, { id: IGNORED }],
    })
  })

  test('passes when ignoring the root redacts everything', () => {
    expect(normalize({ a: 1 }, { ignore: ['$'] })).toBe(IGNORED)
  })

  test('passes when a cycle becomes a reference to the ancestor path', () => {
    const node: Record<string, unknown> = { id: 1 }
    node.self = node
    node.children = [{ parent: node }]
    expect(normalize(node)).toEqual({
      children: [{ parent: new Circular('$') }],
      id: 1,
      self: new Circular('$'),
    })
  })

  test('passes when a shared (acyclic) object is normalized at each place, not marked circular', () => {
    const shared = { x: 1 }
    expect(normalize({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } })
  })

  test('passes when a cycle through a Set member prints the member step as [*]', () => {
    const member: Record<string, unknown> = { name: 'm' }
    member.me = member
    const result = normalize({ set: new Set([member]) }) as { set: Set<{ me: Circular }> }
    expect([...result.set][0]?.me).toEqual(new Circular('$.set[*]'))
  })

  test('passes when class instances, Dates, RegExps, binary data and boxed values keep their kind', () => {
    class Point {
      constructor(
        public y: number,
        public x: number,
      ) {}
    }
    const input = [
      new Point(2, 1),
      new Date(5),
      /a/gi,
      new Uint8Array([1, 2]),
      new Number(3),
      new ArrayBuffer(2),
    ]
    const result = normalize(input) as unknown[]
    expect(result[0]).toBeInstanceOf(Point)
    expect(Object.keys(result[0] as object)).toEqual(['x', 'y'])
    expect(result[1]).toEqual(new Date(5))
    expect(result[2]).toEqual(/a/gi)
    expect(result[3]).toEqual(new Uint8Array([1, 2]))
    expect(result[4]).toEqual(new Number(3))
    expect(result[5]).toBeInstanceOf(ArrayBuffer)
    input.forEach((value, i) => expect(result[i]).not.toBe(value))
  })

  test('passes when Errors keep class, message and cause but drop the stack', () => {
    const error = new RangeError('too big', { cause: { code: 7 } })
    const result = normalize(error) as RangeError
    expect(result).toBeInstanceOf(RangeError)
    expect(result.message).toBe('too big')
    expect(result.cause).toEqual({ code: 7 })
    expect(Object.prototype.hasOwnProperty.call(result, 'stack')).toBe(false)
  })

  test('passes when subclasses of Map and Array keep their prototype', () => {
    class Registry extends Map<string, number> {}
    class List extends Array<number> {}
    expect(normalize(new Registry([['a', 1]]))).toBeInstanceOf(Registry)
    expect(normalize(List.from([1]))).toBeInstanceOf(List)
  })

  test('passes when a __proto__ key stays an own key and does not change the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as object
    const result = normalize(input) as Record<string, unknown>
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(result, '__proto__')).toBe(true)
  })

  test('passes when the input is never mutated', () => {
    const input = {
      b: [3, 1],
      a: new Set([2, 1]),
      m: new Map([
        ['z', 1],
        ['a', 2],
      ]),
    }
    const before = JSON.stringify({ ...input, a: [...input.a], m: [...input.m] })
    normalize(input, { unordered: true })
    expect(JSON.stringify({ ...input, a: [...input.a], m: [...input.m] })).toBe(before)
  })

  test('passes when normalizing a canonical form changes nothing', () => {
    const node: Record<string, unknown> = { z: new Set([{ b: 1, a: 2 }]), list: [2, 1] }
    node.self = node
    const once = normalize(node, { unordered: true })
    expect(normalize(once, { unordered: true })).toEqual(once)
  })

  test('throws when data nests deeper than maxDepth, naming the depth and the path', () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 100_000; i++) deep = (deep.next = {}) as Record<string, unknown>
    expect(() => normalize(root)).toThrow(ExpectDeterministicError)
    expect(() => normalize(root)).toThrow(
      /deeper than maxDepth \(1000 levels\) at \$\.next\.next.*more steps/,
    )
    expect(() => normalize(root, { maxDepth: 5 })).toThrow(
      /maxDepth \(5 levels\) at \$\.next\.next\.next\.next\.next\./,
    )
  })

  test('passes when data is just below maxDepth', () => {
    let deep: unknown[] = []
    const root = deep
    for (let i = 0; i < 998; i++) deep = (deep[0] = []) as unknown[]
    expect(() => normalize(root)).not.toThrow()
  })

  test('throws when a getter throws, naming the path', () => {
    const hostile = {
      get secret(): string {
        throw new Error('no access')
      },
    }
    const error = (() => {
      try {
        normalize({ users: [{ ok: 1 }, hostile] })
      } catch (e) {
        return e as ExpectDeterministicError
      }
    })()
    expect(error?.code).toBe('UNREADABLE')
    expect(error?.path).toBe('$.users[1].secret')
    expect(error?.message).toMatch(
      /Reading the value at \$\.users\[1\]\.secret threw \(Error: no access\)/,
    )
  })

  test('throws when a revoked Proxy is read, naming the path', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(() => normalize({ p: proxy })).toThrow(/at \$\.p threw/)
  })

  test.each([
    [{ unorderd: true }, /does not know the option `unorderd`/],
    [
      { unordered: 'yes' },
      /The `unordered` option of normalize\(\) must be true, false or an array of paths/,
    ],
    [{ ignore: '$.a' }, /The `ignore` option of normalize\(\) must be an array of paths/],
    [{ ignore: ['$.'] }, /Invalid path/],
    [{ maxDepth: 0 }, /The `maxDepth` option of normalize\(\) must be a positive integer/],
    [[], /takes an options object/],
  ])('throws when options are %j', (options, message) => {
    expect(() => normalize({}, options as never)).toThrow(message)
  })
})
