import { describe, expect, test } from 'vitest'
import { parseGoldenArguments } from '../../../src/golden/parseGoldenArguments'

const fail = (rule: string): never => {
  throw new TypeError(rule)
}

describe('parseGoldenArguments', () => {
  test('passes when given nothing, a name, a name and options, or options alone', () => {
    expect(parseGoldenArguments([], fail)).toEqual({ name: undefined, options: {} })
    expect(parseGoldenArguments(['users'], fail)).toEqual({ name: 'users', options: {} })
    expect(parseGoldenArguments(['users', { dir: 'g' }], fail)).toEqual({ name: 'users', options: { dir: 'g' } })
    expect(parseGoldenArguments([{ unordered: true }], fail)).toEqual({ name: undefined, options: { unordered: true } })
    expect(parseGoldenArguments([undefined, { ignore: ['$.at'] }], fail)).toEqual({ name: undefined, options: { ignore: ['$.at'] } })
  })

  test.each([
    [[''], 'the golden name must be a non-empty string.'],
    [['  '], 'the golden name must be a non-empty string.'],
    [[7], 'the golden name must be a non-empty string.'],
    [['n', 'opts'], 'the options must be an object.'],
    [['n', [1]], 'the options must be an object.'],
    [['n', { indent: 0 }], 'unknown option `indent`; the options are `unordered`, `ignore`, `maxDepth`, `dir`.'],
    [['n', { dir: '' }], 'the `dir` option must be a non-empty string.'],
    [['n', {}, 3], 'toMatchGoldenSorted takes at most two arguments: a name and an options object.'],
  ])('throws when the arguments are %j', (args, rule) => {
    expect(() => parseGoldenArguments(args, fail)).toThrow(rule)
  })
})
