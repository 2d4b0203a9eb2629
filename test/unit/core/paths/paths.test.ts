import { describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../../src/errors'
import { compilePaths } from '../../../../src/core/paths/compilePaths'
import { formatPath } from '../../../../src/core/paths/formatPath'
import { MEMBER, stepOfMapKey, type PathStep } from '../../../../src/core/paths/pathStep'
import { parsePath } from '../../../../src/core/paths/parsePath'

function selects(pattern: string, steps: PathStep[]): boolean {
  const selector = compilePaths([pattern])
  let state = selector.root
  for (const step of steps) state = selector.step(state, step)
  return selector.matches(state)
}

describe('parsePath', () => {
  test.each([
    ['$', []],
    [
      '$.a.b',
      [
        { kind: 'key', key: 'a' },
        { kind: 'key', key: 'b' },
      ],
    ],
    ["$['odd key']", [{ kind: 'key', key: 'odd key' }]],
    ['$["it\'s"]', [{ kind: 'key', key: "it's" }]],
    ["$['a\\'b']", [{ kind: 'key', key: "a'b" }]],
    [
      '$[0][12]',
      [
        { kind: 'key', key: '0' },
        { kind: 'key', key: '12' },
      ],
    ],
    ['$[*].*', [{ kind: 'any' }, { kind: 'any' }]],
    ['$..id', [{ kind: 'descend' }, { kind: 'key', key: 'id' }]],
    ['$..*', [{ kind: 'descend' }, { kind: 'any' }]],
    ['$..[0]', [{ kind: 'descend' }, { kind: 'key', key: '0' }]],
    ['$[Symbol(tag)]', [{ kind: 'symbol', description: 'tag' }]],
    ['items[*]', [{ kind: 'key', key: 'items' }, { kind: 'any' }]],
  ])('passes when %s parses', (source, segments) => {
    expect(parsePath(source)).toEqual(segments)
  })

  test.each(['$.', '$[', '$[abc]', "$['open", '$..', '$a', '$.1abc', '$[-1]', '#'])(
    'throws when %s is not a path, naming the position',
    (source) => {
      expect(() => parsePath(source)).toThrow(ExpectDeterministicError)
      expect(() => parsePath(source)).toThrow(/Invalid path .* at position \d+/)
    },
  )

  test('throws when the path is not a string', () => {
    expect(() => parsePath(42 as unknown as string)).toThrow(/must be a string/)
  })
})

describe('formatPath', () => {
  test.each<[PathStep[], string]>([
    [[], '$'],
    [['users', 0, 'name'], '$.users[0].name'],
    [['first name', "it's", 'a\\b'], "$['first name']['it\\'s']['a\\\\b']"],
    [[Symbol('tag')], '$[Symbol(tag)]'],
    [['tags', MEMBER], '$.tags[*]'],
    [['$x', '_y', '9'], "$.$x._y['9']"],
  ])('passes when %j prints as %s', (steps, printed) => {
    expect(formatPath(steps)).toBe(printed)
  })

  test('passes when odd symbol descriptions and Map keys print as paths that parse back', () => {
    const steps: PathStep[] = [
      Symbol('a]b'),
      Symbol('x(y)'),
      stepOfMapKey(1.5),
      stepOfMapKey(-1),
      stepOfMapKey(7),
    ]
    const printed = formatPath(steps)
    expect(printed).toBe('$[Symbol(a]b)][Symbol(x(y))][*][*][7]')
    expect(selects(printed, steps)).toBe(true)
    expect(formatPath([Symbol('a)]b')])).toBe('$[*]')
  })

  test('passes when every printed path parses back and selects its own steps', () => {
    const steps: PathStep[] = ['a b', 3, 'c', "q'uote", 'x.y', '']
    const printed = formatPath(steps)
    expect(selects(printed, steps)).toBe(true)
  })
})

describe('compilePaths', () => {
  test.each<[string, PathStep[], boolean]>([
    ['$.a', ['a'], true],
    ['$.a', ['b'], false],
    ['$.a', ['a', 'b'], false],
    ['$', [], true],
    ['$[*]', [3], true],
    ['$[*]', [MEMBER], true],
    ['$[0]', [MEMBER], false],
    ['$[0]', ['0'], true],
    ["$['0']", [0], true],
    ['$.orders[*].items', ['orders', 4, 'items'], true],
    ['$.orders[*].items', ['orders', 4, 'items', 0], false],
    ['$..id', ['id'], true],
    ['$..id', ['a', 3, 'b', 'id'], true],
    ['$..id', ['a', 'ids'], false],
    ['$..*', ['a', 'b'], true],
    ['$.a..b.c', ['a', 'x', 'b', 'c'], true],
    ['$.a..b.c', ['a', 'b', 'c'], true],
    ['$.a..b.c', ['a', 'b', 'x', 'c'], false],
    ['$[Symbol(tag)]', [Symbol('tag')], true],
    ['$[Symbol(tag)]', ['tag'], false],
  ])('%s selects %j: %s', (pattern, steps, expected) => {
    expect(selects(pattern, steps)).toBe(expected)
  })

  test('passes when the state dies once no pattern can match below', () => {
    const selector = compilePaths(['$.a.b'])
    expect(selector.step(selector.root, 'z')).toBeUndefined()
  })

  test('throws when patterns is not an array of strings', () => {
    expect(() => compilePaths('$.a' as unknown as string[], 'ignore')).toThrow(
      /`ignore` option must be an array/,
    )
    expect(() => compilePaths([1] as unknown as string[])).toThrow(ExpectDeterministicError)
  })
})
