import { describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../../src/errors'
import { stableStringify } from '../../../../src/core/text/stableStringify'

describe('stableStringify', () => {
  test('passes when JSON data gives sorted, indented, valid JSON', () => {
    const text = stableStringify({ b: [1, { d: 'x', c: null }], a: true, '10': 1, '9': 2 })
    expect(text).toBe(
      [
        '{',
        '  "10": 1,',
        '  "9": 2,',
        '  "a": true,',
        '  "b": [',
        '    1,',
        '    {',
        '      "c": null,',
        '      "d": "x"',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    )
    expect(JSON.parse(text)).toEqual({ b: [1, { d: 'x', c: null }], a: true, '10': 1, '9': 2 })
  })

  test('passes when indent: 0 gives one compact line', () => {
    expect(stableStringify({ b: 1, a: [2, 3] }, { indent: 0 })).toBe('{"a":[2,3],"b":1}')
    expect(stableStringify({ b: new Set([2, 1]) }, { indent: 0 })).toBe('{"b":Set [1,2]}')
  })

  test('passes when insertion order of keys, Map entries and Set members does not matter', () => {
    const one = {
      x: new Map([
        ['b', 1],
        ['a', 2],
      ]),
      y: new Set(['q', 'p']),
      z: 1,
    }
    const two = {
      z: 1,
      y: new Set(['p', 'q']),
      x: new Map([
        ['a', 2],
        ['b', 1],
      ]),
    }
    expect(stableStringify(one)).toBe(stableStringify(two))
  })

  test.each<[string, unknown, unknown]>([
    ['NaN vs null', NaN, null],
    ['-0 vs 0', -0, 0],
    ['undefined vs missing key', { a: undefined }, {}],
    ['1n vs 1', 1n, 1],
    ['Map vs object', new Map([['a', 1]]), { a: 1 }],
    ['Set vs array', new Set([1]), [1]],
    [
      'class instance vs plain object',
      new (class Point {
        x = 1
      })(),
      { x: 1 },
    ],
    ['null prototype vs plain object', Object.assign(Object.create(null), { x: 1 }), { x: 1 }],
    ['string "undefined" vs undefined', 'undefined', undefined],
    ['Infinity vs "Infinity"', Infinity, 'Infinity'],
    ['Date vs its ISO string', new Date(0), '1970-01-01T00:00:00.000Z'],
    ['boxed vs primitive', new Number(1), 1],
    ['hole-free array vs object with index keys', [1], { 0: 1 }],
  ])('fails to collide when %s', (_name, a, b) => {
    expect(stableStringify(a)).not.toBe(stableStringify(b))
  })

  test('passes when every kind of value prints in the documented notation', () => {
    class Point {
      x = 1
    }
    const node: Record<string, unknown> = { name: 'n' }
    node.self = node
    const text = stableStringify({
      big: 12n,
      date: new Date(0),
      bad: new Date(NaN),
      error: new TypeError('boom'),
      fn: function named() {},
      map: new Map<unknown, unknown>([
        ['k', 1],
        [{ id: 1 }, 2],
      ]),
      nan: NaN,
      neg: -0,
      inf: -Infinity,
      node,
      point: new Point(),
      re: /a\/b/gi,
      set: new Set([2, 1]),
      sym: Symbol('s'),
      typed: new Uint16Array([1, 2]),
      buffer: new Uint8Array([255, 1]).buffer,
      boxed: new String('s'),
      undef: undefined,
    })
    expect(text).toMatchInlineSnapshot(`
      "{
        "bad": Date(NaN),
        "big": 12n,
        "boxed": String("s"),
        "buffer": ArrayBuffer "ff01",
        "date": Date("1970-01-01T00:00:00.000Z"),
        "error": TypeError {
          "message": "boom",
          "name": "TypeError"
        },
        "fn": [Function named],
        "inf": -Infinity,
        "map": Map {
          "k" => 1,
          {
            "id": 1
          } => 2
        },
        "nan": NaN,
        "neg": -0,
        "node": {
          "name": "n",
          "self": [Circular $.node]
        },
        "point": Point {
          "x": 1
        },
        "re": /a\\/b/gi,
        "set": Set [
          1,
          2
        ],
        "sym": Symbol("s"),
        "typed": Uint16Array [
          1,
          2
        ],
        "undef": undefined
      }"
    `)
  })

  test('passes when symbol keys print after string keys', () => {
    expect(stableStringify({ [Symbol('s')]: 1, a: 2 }, { indent: 0 })).toBe(
      '{"a":2,[Symbol("s")]:1}',
    )
  })

  test('passes when non-enumerable properties are left out, as deepEqual ignores them', () => {
    const value = { a: 1 }
    Object.defineProperty(value, 'hidden', { value: 2, enumerable: false })
    expect(stableStringify([value, { hidden: 3 }], { indent: 0 })).toBe('[{"a":1},{"hidden":3}]')
  })

  test('passes when a __proto__ key is printed as an own key', () => {
    const value = JSON.parse('[{"__proto__": 1}, {"a": 2}]') as unknown
    expect(stableStringify(value, { indent: 0 })).toBe('[{"__proto__":1},{"a":2}]')
  })

  test('passes when unordered and ignore options apply before printing', () => {
    expect(
      stableStringify(
        { ids: [3, 1, 2], at: 5 },
        { unordered: ['$.ids'], ignore: ['$.at'], indent: 0 },
      ),
    ).toBe('{"at":"[ignored]","ids":[1,2,3]}')
  })

  test('throws when data nests too deep, naming the path', () => {
    let deep: unknown[] = []
    const root = deep
    for (let i = 0; i < 100_000; i++) deep = (deep[0] = []) as unknown[]
    expect(() => stableStringify(root)).toThrow(ExpectDeterministicError)
    expect(() => stableStringify(root)).toThrow(/at \$\[0\]\[0\]/)
  })

  test('passes when non-JSON data is just below the default maxDepth', () => {
    let deep: unknown = new Map([['leaf', 1]])
    for (let i = 0; i < 990; i++) deep = { next: deep }
    expect(stableStringify(deep, { indent: 0 })).toMatch(/Map \{"leaf"=>1\}\}+$/)
  })

  test('passes at 100,000 levels with a raised maxDepth, and refuses indented text past the string limit', () => {
    let deep: unknown = new Set([1])
    for (let i = 0; i < 100_000; i++) deep = { next: deep }
    const text = stableStringify(deep, { maxDepth: 1_000_000, indent: 0 })
    expect(text).toBe(`${'{"next":'.repeat(100_000)}Set [1]${'}'.repeat(100_000)}`)
    // Every level indents every line below it: about 10^10 characters.
    let error: unknown
    try {
      stableStringify(deep, { maxDepth: 1_000_000 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ExpectDeterministicError)
    expect((error as ExpectDeterministicError).code).toBe('TOO_LONG')
    expect((error as Error).message).toMatch(/longer than the engine's string limit .* `indent: 0`/)
  })

  test('throws UNCOMPARABLE for a Promise or WeakMap, naming the path, and redaction helps', () => {
    expect(() => stableStringify({ rows: [Promise.resolve(1)] })).toThrow(
      /A Promise at \$\.rows\[0\] has no contents .* Await it, spread it .*`ignore: \["\$\.rows\[0\]"\]/,
    )
    expect(() => stableStringify(new WeakMap())).toThrow(ExpectDeterministicError)
    expect(
      stableStringify({ rows: [Promise.resolve(1)] }, { ignore: ['$.rows[*]'], indent: 0 }),
    ).toBe('{"rows":["[ignored]"]}')
  })

  test('throws when a getter throws, naming the path', () => {
    const hostile = {
      get secret(): string {
        throw new Error('denied')
      },
    }
    expect(() => stableStringify({ a: hostile })).toThrow(
      /at \$\.a\.secret threw \(Error: denied\)/,
    )
  })

  test.each([
    [{ indent: -1 }, /The `indent` option of stableStringify\(\) must be an integer from 0 to 10/],
    [{ indent: '2' }, /`indent` option/],
    [{ sort: true }, /does not know the option `sort`/],
  ])('throws when options are %j', (options, message) => {
    expect(() => stableStringify({}, options as never)).toThrow(message)
  })

  test('passes when options set on a polluted Object.prototype change nothing', () => {
    const proto = Object.prototype as Record<string, unknown>
    try {
      proto.ignore = ['$.secret']
      proto.indent = 0
      proto.unordered = true
      expect(stableStringify({ secret: 's', list: [2, 1] }, { maxDepth: 10 })).toBe(
        '{\n  "list": [\n    2,\n    1\n  ],\n  "secret": "s"\n}',
      )
    } finally {
      delete proto.ignore
      delete proto.indent
      delete proto.unordered
    }
  })
})
