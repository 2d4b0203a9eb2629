import { describe, expect, test } from 'vitest'
import { firstDifference } from '../../../src/golden/firstDifference'

describe('firstDifference', () => {
  test('passes when equal texts have no difference', () => {
    expect(firstDifference('[]', '[]')).toBeUndefined()
  })

  test('passes when JSON texts report the value path', () => {
    expect(firstDifference('{"a":{"b":1}}', '{"a":{"b":2}}')).toBe('$.a.b: values differ')
  })

  test('passes when sides are named golden and received', () => {
    expect(firstDifference('{"a":1}', '{}')).toBe('$.a: missing in the received value')
    expect(firstDifference('{}', '{"a":1}')).toBe('$.a: missing in the golden')
  })

  test('passes when non-JSON texts report the first differing line and the path on it', () => {
    expect(firstDifference('Set [\n  1\n]', 'Set [\n  2\n]')).toBe('$[*] (line 2)')
    expect(firstDifference('Map {\n  "v" => 1\n}', 'Map {\n  "v" => 2\n}')).toBe('$.v (line 2)')
    expect(firstDifference('a\nb', 'a\nb\nc')).toBe('$ (line 3)')
    expect(firstDifference('a\nb', 'a\nbc')).toBe('$ (line 2)')
    expect(firstDifference('x\na\nb', 'x\na')).toBe('$ (line 3)')
  })

  test('passes when JSON texts differing only in layout fall back to the line', () => {
    expect(firstDifference('{"a":1}', '{\n  "a": 1\n}')).toBe('$ (line 1)')
  })

  test('passes when very large JSON texts are not parsed: the line and its path are reported', () => {
    const text = (third: number) =>
      `[\n${Array.from({ length: 500_000 }, (_, i) => `  ${i === 2 ? third : i}`).join(',\n')}\n]`
    expect(firstDifference(text(2), text(-2))).toBe('$[2] (line 4)')
  })
})
