import { relative, resolve, sep } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  goldenStem,
  MAX_STEM_LENGTH,
  resolveGoldenLocation,
  sanitizeSegment,
  shortHash,
} from '../../../src/golden/resolveGoldenLocation'

const testPath = resolve('/project/src/sum.test.ts')

describe('sanitizeSegment', () => {
  test.each([
    ['sorts users > by name', 'sorts-users-by-name'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a\\b/c', 'a-b-c'],
    ['..', '_'],
    ['', '_'],
    ['  ', '_'],
    ['nul', '_nul'],
    ['COM1', '_COM1'],
    ['naïve café', 'na-ve-caf'],
    ['tab\tnewline\ncontrol\u0000', 'tab-newline-control'],
    ['keep_under-score', 'keep_under-score'],
  ])('passes when %j becomes %j', (input, output) => {
    expect(sanitizeSegment(input)).toBe(output)
  })

  test('passes when the result only ever holds safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sanitizeSegment(text)).toMatch(/^[A-Za-z0-9_-]+$/)
      }),
    )
  })
})

describe('goldenStem', () => {
  test('passes when a named assertion is test name dot name', () => {
    expect(goldenStem('users_sorts', 'admins-list', 1)).toBe('users_sorts.admins-list')
  })

  test('passes when an unnamed assertion is test name dot counter', () => {
    expect(goldenStem('users_sorts', undefined, 3)).toBe('users_sorts.3')
  })

  test('passes when outside a test only the name or counter is used', () => {
    expect(goldenStem(undefined, 'report', 1)).toBe('report')
    expect(goldenStem('', undefined, 2)).toBe('2')
  })

  test('passes when a name that lost characters to sanitising ends in ~ and a hash of the raw input', () => {
    expect(goldenStem('users > sorts', 'admins list', 1)).toBe(
      `users-sorts.admins-list~${shortHash('users > sorts\u0000=admins list')}`,
    )
    expect(goldenStem('users > sorts', undefined, 3)).toBe(
      `users-sorts.3~${shortHash('users > sorts\u0000#3')}`,
    )
  })

  test('passes when non-ASCII names that sanitise alike get distinct stems', () => {
    expect(goldenStem('сумма', undefined, 1)).not.toBe(goldenStem('разность', undefined, 1))
    expect(goldenStem('t', 'сумма', 1)).not.toBe(goldenStem('t', 'разность', 1))
    expect(goldenStem('t', 'a b', 1)).not.toBe(goldenStem('t', 'a-b', 1))
  })

  test('passes when a name made of digits never meets a counter', () => {
    expect(goldenStem('t', '1', 1)).not.toBe(goldenStem('t', undefined, 1))
    expect(goldenStem(undefined, '1', 1)).not.toBe(goldenStem(undefined, undefined, 1))
    expect(goldenStem('t', '1', 1)).toBe(`t.1~${shortHash('t\u0000=1')}`)
  })

  test('passes when distinct inputs never share a stem', () => {
    const part = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('1', '2', 'a', 'a b', 'a-b', 'a_b', 'nul', '_nul', 'é', '-', '.'),
    )
    const input = fc.record({
      testName: fc.option(part, { nil: undefined }),
      name: fc.option(part, { nil: undefined }),
      index: fc.integer({ min: 1, max: 3 }),
    })
    fc.assert(
      fc.property(input, input, (a, b) => {
        const same =
          (a.testName || undefined) === (b.testName || undefined) &&
          a.name === b.name &&
          (a.name !== undefined || a.index === b.index)
        fc.pre(!same)
        expect(goldenStem(a.testName, a.name, a.index)).not.toBe(
          goldenStem(b.testName, b.name, b.index),
        )
      }),
      { numRuns: 2000 },
    )
  })

  test('passes when long names are cut to the limit with a hash of the raw input', () => {
    const long = 'x'.repeat(300)
    const stem = goldenStem(long, 'a', 1)
    expect(stem).toHaveLength(MAX_STEM_LENGTH)
    expect(stem.endsWith(`~${shortHash(`${long}\u0000=a`)}`)).toBe(true)
  })

  test('passes when distinct long names sharing a prefix get distinct stems', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a !== b)
        const prefix = 'same prefix '.repeat(20)
        expect(goldenStem(prefix + a, undefined, 1)).not.toBe(goldenStem(prefix + b, undefined, 1))
      }),
    )
  })

  test('passes when a name and a counter never produce the same long stem', () => {
    const long = 'y'.repeat(300)
    expect(goldenStem(long, '1', 1)).not.toBe(goldenStem(long, undefined, 1))
  })

  test('passes when the stem is deterministic', () => {
    expect(goldenStem('a'.repeat(200), 'b', 1)).toBe(goldenStem('a'.repeat(200), 'b', 1))
  })
})

describe('resolveGoldenLocation', () => {
  test('passes when goldens go to __golden__/<test file>/ beside the test file', () => {
    const location = resolveGoldenLocation({
      testPath,
      testName: 'adds',
      index: 1,
      cwd: '/elsewhere',
    })
    expect(location.folder).toBe(resolve('/project/src/__golden__/sum.test.ts'))
    expect(location.base).toBe(resolve('/project/src/__golden__/sum.test.ts/adds.1'))
  })

  test('passes when dir is relative to the test file folder or absolute', () => {
    expect(
      resolveGoldenLocation({ testPath, testName: 't', index: 1, dir: '../goldens', cwd: '/' })
        .folder,
    ).toBe(resolve('/project/goldens/sum.test.ts'))
    expect(
      resolveGoldenLocation({ testPath, testName: 't', index: 1, dir: resolve('/g'), cwd: '/' })
        .folder,
    ).toBe(resolve('/g/sum.test.ts'))
  })

  test('passes when without a test path the folder is under the working directory', () => {
    const location = resolveGoldenLocation({ name: 'report', index: 1, cwd: resolve('/work') })
    expect(location.base).toBe(resolve('/work/__golden__/report'))
  })

  test('passes when hostile names and test names stay directly inside the folder', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '..',
        '../..',
        '../../../etc/passwd',
        '/abs/path',
        'C:\\Windows\\x',
        '.\\..\\..',
        'a/../../b',
        '\u0000',
        '.',
      ),
      fc.string({ unit: 'binary' }),
    )
    fc.assert(
      fc.property(hostile, hostile, (name, testName) => {
        const location = resolveGoldenLocation({ testPath, testName, name, index: 1, cwd: '/' })
        const inside = relative(location.folder, location.base)
        expect(inside.includes(sep)).toBe(false)
        expect(inside.startsWith('.')).toBe(false)
        expect(inside.length).toBeGreaterThan(0)
      }),
    )
  })

  test('passes when a hostile test file name cannot climb out of the golden folder', () => {
    const location = resolveGoldenLocation({
      testPath: resolve('/p/..test.js'),
      testName: 't',
      index: 1,
      cwd: '/',
    })
    expect(location.folder).toBe(resolve('/p/__golden__/_test.js'))
  })
})
