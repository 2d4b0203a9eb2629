import { describe, expect, test } from 'vitest'
import { Circular } from '../../../../src/core/canonical/Circular'
import { normalize } from '../../../../src/core/canonical/normalize'
import { printCanonical } from '../../../../src/core/text/printCanonical'
import { ExpectDeterministicError } from '../../../../src/errors'

const print = (value: unknown, indent = 0) => printCanonical(normalize(value), indent)

describe('printCanonical', () => {
  test('passes when JSON data prints exactly as JSON.stringify with sorted keys', () => {
    const value = { b: [1, { d: 'x', c: null }], a: true }
    expect(print(value, 2)).toBe(JSON.stringify({ a: true, b: [1, { c: null, d: 'x' }] }, null, 2))
    expect(print(value)).toBe('{"a":true,"b":[1,{"c":null,"d":"x"}]}')
  })

  test.each<[string, unknown, string]>([
    ['a boxed BigInt', Object(10n), 'BigInt(10n)'],
    ['a boxed Symbol', Object(Symbol('s')), 'Symbol(Symbol("s"))'],
    ['a URL', new URL('https://a.test/'), 'URL("https://a.test/")'],
    ['URLSearchParams', new URLSearchParams('a=1'), 'URLSearchParams("a=1")'],
    ['Headers', new Headers([['a', '1']]), 'Headers([["a","1"]])'],
    ['a Blob', new Blob(['ab']), '[Blob by identity {"size":2,"type":""}]'],
    ['a stream', new ReadableStream(), '[ReadableStream by identity]'],
    ['a Buffer', Buffer.from([1, 2]), 'Buffer [1,2]'],
    ['a cycle marker', new Circular('$.a'), '[Circular $.a]'],
    ['a Map', new Map([[{ k: 1 }, [2]]]), 'Map {{"k":1}=>[2]}'],
    ['a Set subclass', new (class Tags extends Set {})(['a']), 'Tags ["a"]'],
    ['a hole', Object.assign(new Array(2), { 1: 1 }), '[undefined,1]'],
  ])('passes when %s prints in its notation', (_name, value, text) => {
    expect(print(value)).toBe(text)
  })

  test('passes when a platform value and a Map entry lay out over lines with an indent', () => {
    expect(print({ h: new Headers([['a', '1']]), m: new Map([['k', [1]]]) }, 2)).toBe(
      [
        '{',
        '  "h": Headers([',
        '    [',
        '      "a",',
        '      "1"',
        '    ]',
        '  ]),',
        '  "m": Map {',
        '    "k" => [',
        '      1',
        '    ]',
        '  }',
        '}',
      ].join('\n'),
    )
  })

  test('passes at 100,000 levels, and refuses text past the string limit before building it', () => {
    let value: unknown = 0
    for (let i = 0; i < 100_000; i++) value = [value]
    const form = normalize(value, { maxDepth: 100_001 })
    expect(printCanonical(form, 0)).toBe(`${'['.repeat(100_000)}0${']'.repeat(100_000)}`)
    expect(() => printCanonical(form, 2)).toThrow(ExpectDeterministicError)
    expect(() => printCanonical(new Array(1e9), 0)).toThrow(/string limit .* at least 2000000000/)
  })

  test('throws UNCOMPARABLE for a Promise, naming the path', () => {
    let error: unknown
    try {
      printCanonical({ p: [Promise.resolve()] }, 0)
    } catch (e) {
      error = e
    }
    expect((error as ExpectDeterministicError).code).toBe('UNCOMPARABLE')
    expect((error as ExpectDeterministicError).path).toBe('$.p[0]')
  })
})
