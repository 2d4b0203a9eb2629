import { createHash } from 'node:crypto'
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ExpectDeterministicError } from '../errors'

/** The folder that holds golden files, beside the test file, unless the `dir` option says otherwise. @internal */
export const DEFAULT_GOLDEN_DIR = '__golden__'

/** Longest file stem (name without extension) we write; longer stems get a hash suffix. @internal */
export const MAX_STEM_LENGTH = 120

const HASH_LENGTH = 10

// Windows refuses these as file names whatever the extension (`nul.json` is the null device).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

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
  /** 1-based number of this unnamed assertion within its test. */
  readonly index: number
  /** The `dir` option: relative to the test file's folder (or `cwd`), or absolute. */
  readonly dir?: string | undefined
  /** Base for `dir` when there is no test path. */
  readonly cwd: string
}

/**
 * Turns arbitrary text (a test name, a user's `name`) into one safe file-name piece: runs of
 * characters outside `[A-Za-z0-9_-]` become a single `-`, so separators, `..`, spaces, control
 * characters and characters Windows forbids can never reach the file system. Deterministic and
 * independent of the platform.
 *
 * @example sanitizeSegment('sorts users > by name') // 'sorts-users-by-name'
 * @example sanitizeSegment('../../etc/passwd') // 'etc-passwd'
 * @internal
 */
export function sanitizeSegment(text: string): string {
  const slug = text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug === '') return '_'
  return RESERVED.test(slug) ? `_${slug}` : slug
}

/**
 * A short hex digest of `text` (SHA-256, first 10 hex digits): used to keep shortened names apart.
 * @internal
 */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

/** Marks a hash in a stem: a sanitised name never contains it, so hashed and plain stems stay apart. @internal */
export const HASH_MARK = '~'

/**
 * The file stem of one golden: `<test name>.<name>` or `<test name>.<n>` for the n-th unnamed
 * assertion of a test (just `<name>` or `<n>` outside a test). Each part is sanitised; the `.`
 * between them cannot occur inside a part, so the two never run together.
 *
 * Distinct inputs never share a stem: when sanitising lost anything (a space, `/`, a non-ASCII
 * letter, a reserved name...), when a `name` is made only of digits (which would read as a
 * counter), or when the stem is longer than `MAX_STEM_LENGTH` (then it is cut), the stem ends in
 * `~` and 10 hex digits of a SHA-256 of the raw test name and the raw name or counter. A stem
 * without `~` is its input spelled out, and counters never get a hash.
 *
 * @example goldenStem('sorts_users', 'admins', 1) // 'sorts_users.admins'
 * @example goldenStem('sorts_users', undefined, 2) // 'sorts_users.2'
 * @example goldenStem('sorts users', 'admins', 1) // 'sorts-users.admins~' + 10 hex digits
 * @internal
 */
export function goldenStem(
  testName: string | undefined,
  name: string | undefined,
  index: number,
): string {
  const suffix = name === undefined ? String(index) : sanitizeSegment(name)
  const inTest = testName !== undefined && testName !== ''
  const stem = inTest ? `${sanitizeSegment(testName)}.${suffix}` : suffix
  const lossy =
    (inTest && sanitizeSegment(testName) !== testName) ||
    (name !== undefined && (suffix !== name || /^[0-9]+$/.test(name)))
  if (!lossy && stem.length <= MAX_STEM_LENGTH) return stem
  // The hash covers the raw input with an unambiguous separator, so distinct inputs differ.
  const identity = `${testName ?? ''}\u0000${name === undefined ? `#${index}` : `=${name}`}`
  const tag = `${HASH_MARK}${shortHash(identity)}`
  return `${stem.slice(0, MAX_STEM_LENGTH - tag.length)}${tag}`
}

/**
 * The folder and extension-less path of one golden file:
 * `<test folder>/__golden__/<test file name>/<stem>`. The test file's own name is a sub-folder, so
 * two test files in one folder never share goldens. Throws if the result would leave the golden
 * folder, which sanitising already prevents; the check guards against future changes.
 *
 * @example resolveGoldenLocation({ testPath: '/p/src/sum.test.ts', testName: 'adds', index: 1, cwd: '/p' })
 * // { folder: '/p/src/__golden__/sum.test.ts', base: '/p/src/__golden__/sum.test.ts/adds.1' }
 * @internal
 */
export function resolveGoldenLocation(input: GoldenNameInput): GoldenLocation {
  const root = resolve(
    input.testPath === undefined ? input.cwd : dirname(input.testPath),
    input.dir ?? DEFAULT_GOLDEN_DIR,
  )
  const folder =
    input.testPath === undefined ? root : resolve(root, fileSegment(basename(input.testPath)))
  const base = resolve(folder, goldenStem(input.testName, input.name, input.index))
  const inside = relative(folder, base)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.includes(sep)) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The golden name resolves outside its folder ${folder}.`,
    )
  }
  return { folder, base }
}

/** A real file name keeps its dots (`sum.test.ts`) but may not be `.`, `..` or hidden. */
function fileSegment(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-')
  return safe.replace(/^\.+/, '_') || '_'
}
