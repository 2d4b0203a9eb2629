import { afterEach, describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../src/errors'
import { describeValue } from '../../../src/options/describeValue'
import { readOptions } from '../../../src/options/readOptions'
import { BOOLEAN, integerIn, MAX_DEPTH, oneOf, PATHS, UNORDERED } from '../../../src/options/rules'

const SCHEMA = {
  deep: BOOLEAN,
  times: integerIn(2, 9),
  mode: oneOf('a', 'b'),
  ignore: PATHS,
  unordered: UNORDERED,
  maxDepth: MAX_DEPTH,
}

function errorOf(run: () => unknown): ExpectDeterministicError {
  try {
    run()
  } catch (error) {
    if (error instanceof ExpectDeterministicError) return error
    throw error
  }
  throw new Error('expected an ExpectDeterministicError')
}

describe('readOptions', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).deep
    delete (Object.prototype as Record<string, unknown>).times
  })

  test('passes when the options are absent or hold known, valid values', () => {
    expect(readOptions(undefined, SCHEMA, 'f()')).toEqual({})
    expect(
      readOptions(
        { deep: true, times: 3, mode: 'b', ignore: ['$.a'], unordered: false },
        SCHEMA,
        'f()',
      ),
    ).toEqual({
      deep: true,
      times: 3,
      mode: 'b',
      ignore: ['$.a'],
      unordered: false,
    })
  })

  test('passes when an option is given as undefined, which counts as absent', () => {
    expect(readOptions({ deep: undefined }, SCHEMA, 'f()')).toEqual({})
  })

  test('reads own properties only, so a polluted Object.prototype supplies nothing', () => {
    ;(Object.prototype as Record<string, unknown>).deep = 'polluted'
    ;(Object.prototype as Record<string, unknown>).times = 3
    expect(readOptions({}, SCHEMA, 'f()')).toEqual({})
    const read = readOptions({ mode: 'a' }, SCHEMA, 'f()')
    expect({ ...read }).toStrictEqual({ mode: 'a' })
    // What was not given reads as missing, not as what the polluted prototype holds.
    expect(read.deep).toBeUndefined()
    expect(read.times).toBeUndefined()
    expect(Object.getPrototypeOf(read)).toBeNull()
  })

  test('throws when the options are not a plain object, in one wording', () => {
    const error = errorOf(() => readOptions([], SCHEMA, 'f()'))
    expect(error.code).toBe('BAD_OPTIONS')
    expect(error.message).toBe('f() takes an options object, but received an array.')
    expect(error.option).toBeUndefined()
    expect(errorOf(() => readOptions(null, SCHEMA, 'f()')).message).toBe(
      'f() takes an options object, but received null.',
    )
  })

  test('throws when an option is unknown, naming it in `option` and listing the known ones', () => {
    const error = errorOf(() => readOptions({ depp: true }, SCHEMA, 'f()'))
    expect(error.option).toBe('depp')
    expect(error.message).toBe(
      'f() does not know the option `depp`. Known options: `deep`, `times`, `mode`, `ignore`, `unordered`, `maxDepth`.',
    )
  })

  test.each([
    [
      { deep: 'yes' },
      'deep',
      'The `deep` option of f() must be true or false, but received "yes".',
    ],
    [
      { times: 10 },
      'times',
      'The `times` option of f() must be an integer from 2 to 9, but received 10.',
    ],
    [
      { times: 2.5 },
      'times',
      'The `times` option of f() must be an integer from 2 to 9, but received 2.5.',
    ],
    [{ mode: 'c' }, 'mode', "The `mode` option of f() must be 'a' or 'b', but received \"c\"."],
    [
      { ignore: '$.a' },
      'ignore',
      'The `ignore` option of f() must be an array of paths such as [\'$.items[*].tags\'], but received "$.a".',
    ],
    [
      { maxDepth: 0 },
      'maxDepth',
      'The `maxDepth` option of f() must be a positive integer, but received 0.',
    ],
  ])('throws when a value is of the wrong kind: %j', (options, option, message) => {
    const error = errorOf(() => readOptions(options, SCHEMA, 'f()'))
    expect(error.code).toBe('BAD_OPTIONS')
    expect(error.option).toBe(option)
    expect(error.message).toBe(message)
  })

  test('throws BAD_PATH when a path of the right type does not parse', () => {
    expect(errorOf(() => readOptions({ unordered: ['$.a['] }, SCHEMA, 'f()')).code).toBe('BAD_PATH')
    expect(errorOf(() => readOptions({ ignore: ['a b'] }, SCHEMA, 'f()')).code).toBe('BAD_PATH')
  })

  test('names nested options with their prefix', () => {
    const error = errorOf(() =>
      readOptions({ order: true }, { unordered: UNORDERED }, 'g()', 'shuffle.'),
    )
    expect(error.option).toBe('shuffle.order')
    expect(error.message).toBe(
      'g() does not know the option `shuffle.order`. Known options: `unordered`.',
    )
    expect(errorOf(() => readOptions(3, {}, 'g()', 'shuffle.')).message).toBe(
      'The `shuffle` option of g() takes an options object, but received 3.',
    )
  })

  test('throws BAD_OPTIONS, keeping the cause, when reading an option throws', () => {
    const hostile = Object.defineProperty({}, 'deep', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const error = errorOf(() => readOptions(hostile, SCHEMA, 'f()'))
    expect(error.option).toBe('deep')
    expect((error.cause as Error).message).toBe('boom')
  })
})

describe('describeValue', () => {
  test.each([
    ['x', '"x"'],
    [-0, '-0'],
    [NaN, 'NaN'],
    [1n, '1n'],
    [undefined, 'undefined'],
    [null, 'null'],
    [Symbol('s'), 'Symbol(s)'],
    [() => 1, 'a function'],
    [[1], 'an array'],
    [{ a: 1 }, 'an object'],
  ])('describes %s', (value, text) => {
    expect(describeValue(value)).toBe(text)
  })
})
