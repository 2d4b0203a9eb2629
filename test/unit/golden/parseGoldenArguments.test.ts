import { describe, expect, test } from 'vitest'
import { parseGoldenArguments } from '../../../src/golden/parseGoldenArguments'

const fail = (rule: string): never => {
  throw new TypeError(rule)
}

describe('parseGoldenArguments', () => {
  test('passes when given nothing, a name, a name and options, or options alone', () => {
    expect(parseGoldenArguments([], fail)).toEqual({ name: undefined, options: {} })
    expect(parseGoldenArguments(['users'], fail)).toEqual({ name: 'users', options: {} })
    expect(parseGoldenArguments(['users', { dir: 'g' }], fail)).toEqual({
      name: 'users',
      options: { dir: 'g' },
    })
    expect(parseGoldenArguments([{ unordered: true }], fail)).toEqual({
      name: undefined,
      options: { unordered: true },
    })
    expect(parseGoldenArguments([undefined, { ignore: ['$.at'] }], fail)).toEqual({
      name: undefined,
      options: { ignore: ['$.at'] },
    })
  })

  test.each([
    [[''], 'the golden name must be a non-empty string.'],
    [['  '], 'the golden name must be a non-empty string.'],
    [[7], 'the golden name must be a non-empty string.'],
    [['n', 'opts'], 'toMatchGoldenSorted() takes an options object, but received "opts".'],
    [['n', [1]], 'toMatchGoldenSorted() takes an options object, but received an array.'],
    [
      ['n', { indent: 0 }],
      'toMatchGoldenSorted() does not know the option `indent`. Known options: `unordered`, `ignore`, `maxDepth`, `dir`.',
    ],
    [
      ['n', { dir: 'a\0b' }],
      'The `dir` option of toMatchGoldenSorted() must be a non-empty folder path without NUL characters, but received "a\\u0000b".',
    ],
    [
      ['n', { dir: '' }],
      'The `dir` option of toMatchGoldenSorted() must be a non-empty folder path without NUL characters, but received "".',
    ],
    [
      ['n', {}, 3],
      'toMatchGoldenSorted takes at most two arguments: a name and an options object.',
    ],
  ])('throws when the arguments are %j', (args, rule) => {
    expect(() => parseGoldenArguments(args, fail)).toThrow(rule)
  })
})
