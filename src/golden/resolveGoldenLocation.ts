import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ExpectDeterministicError } from '../errors'
import { goldenStem } from './goldenStem'

/** The folder that holds golden files, beside the test file, unless the `dir` option says otherwise. @internal */
export const DEFAULT_GOLDEN_DIR = '__golden__'

/**
 * Where one golden assertion is stored, before the extension is known: the folder and the path
 * without extension (`<folder>/<stem>`). The store adds `.json` or `.golden`.
 * @internal
 */
export interface GoldenLocation {
  /** Absolute folder that holds this golden (and nothing outside it is ever written). */
  readonly folder: string
  /** Absolute path without extension. */
  readonly base: string
}

/** What the name of a golden file is built from. @internal */
export interface GoldenNameInput {
  /** Absolute path of the test file; absent under the standalone `expect` package. */
  readonly testPath?: string | undefined
  /** The test's full name as the runner reports it (`describe > test`); absent outside a test. */
  readonly testName?: string | undefined
  /** The `name` argument of the assertion. */
  readonly name?: string | undefined
  /** 1-based number of this unnamed assertion among those of its test name. */
  readonly index: number
  /** 1-based number of the test among tests of the same name using this `name` (default 1). */
  readonly occurrence?: number | undefined
  /** The `dir` option: relative to the test file's folder (or `cwd`), or absolute. */
  readonly dir?: string | undefined
  /** Base for `dir` when there is no test path. */
  readonly cwd: string
  /** The project root (Jest's `rootDir`, Vitest's project root, else the working directory). */
  readonly root: string
}

/**
 * The folder that holds the goldens of one test file: `<test folder>/__golden__/<test file name>`,
 * or `<dir>/<test file name>` with the `dir` option (relative to the test file's folder). Without
 * a test file (the standalone `expect` package), `<cwd>/__golden__` or `<cwd>/<dir>`. The test
 * file's own name is a sub-folder, so two test files in one folder never share goldens.
 *
 * @example goldenFolder('/p/src/sum.test.ts', undefined, '/p') // '/p/src/__golden__/sum.test.ts'
 * @internal
 */
export function goldenFolder(testPath: string | undefined, dir: string | undefined, cwd: string) {
  const top = resolve(testPath === undefined ? cwd : dirname(testPath), dir ?? DEFAULT_GOLDEN_DIR)
  return testPath === undefined ? top : resolve(top, testFileSegment(basename(testPath)))
}

/**
 * The folder and extension-less path of one golden file: `goldenFolder` plus `goldenStem`.
 *
 * Nothing an option says can put a golden outside the project: a `dir` that resolves outside
 * `root` (absolute, or climbing out with `..`) is a `BAD_OPTIONS` error naming both. Without
 * `dir` the folder is beside the test file, wherever the runner found it. The stem cannot leave
 * the folder (sanitising removes separators and `..`); the last check guards future changes.
 *
 * @example resolveGoldenLocation({ testPath: '/p/src/sum.test.ts', testName: 'adds', index: 1, cwd: '/p', root: '/p' })
 * // { folder: '/p/src/__golden__/sum.test.ts', base: '/p/src/__golden__/sum.test.ts/adds.1' }
 * @internal
 */
export function resolveGoldenLocation(input: GoldenNameInput): GoldenLocation {
  if (input.dir !== undefined) {
    const top = resolve(
      input.testPath === undefined ? input.cwd : dirname(input.testPath),
      input.dir,
    )
    const own = resolve(
      input.testPath === undefined ? input.cwd : dirname(input.testPath),
      DEFAULT_GOLDEN_DIR,
    )
    // Every `__golden__` folder belongs to the test files beside it: that is how folders of
    // removed test files are found, so another file's `__golden__` must not be borrowed.
    if (basename(top) === DEFAULT_GOLDEN_DIR && top !== own) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        `The \`dir\` option of toMatchGoldenSorted() must not name a ${DEFAULT_GOLDEN_DIR} folder ` +
          `other than the one beside the test file, but ${JSON.stringify(input.dir)} resolves to ` +
          `${top}. Give the folder another name.`,
        { option: 'dir' },
      )
    }
    if (!isInside(input.root, top)) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        `The \`dir\` option of toMatchGoldenSorted() must name a folder inside the project ` +
          `(${input.root}), but ${JSON.stringify(input.dir)} resolves to ${top}. Goldens are ` +
          'never written outside the project: use a folder below the project root.',
        { option: 'dir' },
      )
    }
  }
  const folder = goldenFolder(input.testPath, input.dir, input.cwd)
  const base = resolve(
    folder,
    goldenStem(input.testName, input.name, input.index, input.occurrence ?? 1),
  )
  const inside = relative(folder, base)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.includes(sep)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The golden name resolves outside its folder ${folder}.`,
    )
  }
  return { folder, base }
}

/**
 * Whether `path` is `root` or lies below it, by the paths alone (symbolic links are not followed).
 * @example isInside('/p', '/p/src') // true
 * @internal
 */
export function isInside(root: string, path: string): boolean {
  const inside = relative(resolve(root), resolve(path))
  return inside === '' || (!isAbsolute(inside) && inside !== '..' && !inside.startsWith(`..${sep}`))
}

/**
 * The sub-folder named after a test file: a real file name keeps its dots (`sum.test.ts`) but may
 * not be `.`, `..` or hidden; the same on every platform.
 * @example testFileSegment('sum.test.ts') // 'sum.test.ts'
 * @internal
 */
export function testFileSegment(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-')
  return safe.replace(/^\.+/, '_') || '_'
}
