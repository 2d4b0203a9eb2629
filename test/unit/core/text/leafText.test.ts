import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { leafText } from '../../../../src/core/text/leafText'
import { Kind } from '../../../../src/core/kinds/kindOf'

describe('leafText', () => {
  test.each<[unknown, string]>([
    [undefined, 'undefined'],
    [-0, '-0'],
    [NaN, 'NaN'],
    [12n, '12n'],
    ['a"b', '"a\\"b"'],
    [Symbol('s'), 'Symbol("s")'],
    [function named() {}, '[Function named]'],
    [() => {}, '[Function (anonymous)]'],
  ])('passes when %s prints as %s', (value, text) => {
    expect(leafText(value)).toBe(text)
  })

  test('passes when leaf objects print through their slots, subclasses with their name', () => {
    const date = new Date(0)
    Object.defineProperty(date, 'toISOString', { value: () => 'lie' })
    expect(leafText(date, Kind.Date, 'Date')).toBe('Date("1970-01-01T00:00:00.000Z")')
    expect(leafText(new Date(NaN), Kind.Date, 'Stamp')).toBe('Stamp Date(NaN)')
    expect(leafText(/a/gi, Kind.RegExp, 'RegExp')).toBe('/a/gi')
    expect(leafText(new Uint8Array([1, 255]).buffer, Kind.Binary, 'ArrayBuffer')).toBe(
      'ArrayBuffer "01ff"',
    )
    expect(leafText(Object(1n), Kind.Boxed, 'BigInt')).toBe('BigInt(1n)')
    expect(leafText(new AbortController(), Kind.Identity, 'AbortController')).toBe(
      '[AbortController by identity]',
    )
  })

  test('quotes every string exactly as JSON.stringify does, short or long', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u001f', '\ud800', '\udc00', 'é') }),
    )
    fc.assert(
      fc.property(text, (s) => {
        expect(leafText(s)).toBe(JSON.stringify(s))
      }),
    )
  })
})
