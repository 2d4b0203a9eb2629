import { relative, resolve, sep } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  goldenFolder,
  isInside,
  resolveGoldenLocation,
} from '../../../src/golden/resolveGoldenLocation'

const testPath = resolve('/project/src/sum.test.ts')
const root = resolve('/project')

describe('resolveGoldenLocation', () => {
  test('passes when goldens go to __golden__/<test file>/ beside the test file', () => {
    const location = resolveGoldenLocation({
      testPath,
      testName: 'adds',
      index: 1,
      cwd: '/elsewhere',
      root,
    })
    expect(location.folder).toBe(resolve('/project/src/__golden__/sum.test.ts'))
    expect(location.base).toBe(resolve('/project/src/__golden__/sum.test.ts/adds.1'))
  })

  test('passes when dir is relative to the test file folder or absolute', () => {
    expect(
      resolveGoldenLocation({
        testPath,
        testName: 't',
        index: 1,
        dir: '../goldens',
        cwd: '/',
        root,
      }).folder,
    ).toBe(resolve('/project/goldens/sum.test.ts'))
    expect(
      resolveGoldenLocation({
        testPath,
        testName: 't',
        index: 1,
        dir: resolve('/project/g'),
        cwd: '/',
        root,
      }).folder,
    ).toBe(resolve('/project/g/sum.test.ts'))
  })

  test('passes when without a test path the folder is under the working directory', () => {
    const location = resolveGoldenLocation({
      name: 'report',
      index: 1,
      cwd: resolve('/work'),
      root: '/',
    })
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
        const location = resolveGoldenLocation({
          testPath,
          testName,
          name,
          index: 1,
          cwd: '/',
          root,
        })
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
      root: '/',
    })
    expect(location.folder).toBe(resolve('/p/__golden__/_test.js'))
  })

  test.each([
    ['an absolute path outside the project', resolve('/tmp/goldens')],
    ['a path climbing out with ..', '../../outside'],
    ['the parent of the project', '../..'],
  ])('throws when dir is %s, naming the project and where it resolves', (_, dir) => {
    expect(() =>
      resolveGoldenLocation({ testPath, testName: 't', index: 1, dir, cwd: '/', root }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_OPTIONS',
        option: 'dir',
        message: expect.stringContaining(
          `must name a folder inside the project (${root}), but ${JSON.stringify(dir)} resolves to`,
        ),
      }),
    )
  })

  test('throws when dir borrows the __golden__ folder of another folder', () => {
    expect(() =>
      resolveGoldenLocation({
        testPath,
        testName: 't',
        index: 1,
        dir: '../__golden__',
        cwd: '/',
        root,
      }),
    ).toThrow(/must not name a __golden__ folder other than the one beside the test file/)
    expect(
      resolveGoldenLocation({
        testPath,
        testName: 't',
        index: 1,
        dir: '__golden__',
        cwd: '/',
        root,
      }).folder,
    ).toBe(resolve('/project/src/__golden__/sum.test.ts'))
  })

  test('passes when dir is the project root itself or below it, also without a test file', () => {
    expect(
      resolveGoldenLocation({ testPath, testName: 't', index: 1, dir: '..', cwd: '/', root })
        .folder,
    ).toBe(resolve('/project/sum.test.ts'))
    expect(() =>
      resolveGoldenLocation({ name: 'r', index: 1, dir: '../x', cwd: root, root }),
    ).toThrow(/inside the project/)
  })
})

describe('goldenFolder', () => {
  test('passes when the folder of a test file is __golden__/<file> beside it, or <dir>/<file>', () => {
    expect(goldenFolder(testPath, undefined, '/')).toBe(
      resolve('/project/src/__golden__/sum.test.ts'),
    )
    expect(goldenFolder(testPath, 'g', '/')).toBe(resolve('/project/src/g/sum.test.ts'))
    expect(goldenFolder(undefined, undefined, resolve('/w'))).toBe(resolve('/w/__golden__'))
  })
})

describe('isInside', () => {
  test.each([
    ['/p', '/p', true],
    ['/p', '/p/a/b', true],
    ['/p', '/p/..a', true],
    ['/p', '/pa', false],
    ['/p', '/', false],
    ['/p', '/p/../q', false],
  ])('passes when isInside(%j, %j) is %j', (rootDir, path, inside) => {
    expect(isInside(resolve(rootDir), resolve(path))).toBe(inside)
  })
})
