import { createHash } from 'node:crypto'

/** Longest file stem (name without extension) we write. @internal */
export const MAX_STEM_LENGTH = 120

const HASH_LENGTH = 10

/** Marks a hash in a stem: a sanitised name never contains it, so hashed and plain stems stay apart. @internal */
export const HASH_MARK = '~'

/**
 * Stems shorter than this are spelled out in full; longer ones are cut to this length and tagged
 * with `~` and a hash, so no stem is longer than `MAX_STEM_LENGTH`. A stem of exactly this length
 * is tagged too: then every name that version 0.1 wrote (which hashed every stem that lost a
 * character to sanitising, and cut at the same place) maps to exactly one name of today, which is
 * what lets `expect-deterministic migrate` rename old goldens without a test run.
 * @internal
 */
export const CUT_LENGTH = MAX_STEM_LENGTH - HASH_LENGTH - HASH_MARK.length

// Windows refuses these as file names whatever the extension (`nul.json` is the null device).
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

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
 * A short hex digest of `text` (SHA-256, first 10 hex digits): keeps stems cut for length apart.
 * @internal
 */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

/**
 * The file stem of one golden, readable the way Playwright names its snapshots:
 * `<test name>.<name>` for a named assertion, `<test name>.<n>` for the n-th unnamed one (just
 * `<name>` or `<n>` outside a test). Each part is sanitised (`sanitizeSegment`); the `.` between
 * them cannot occur inside a part, so they never run together. A named assertion in the second
 * test of the same name gets `.2` after the name (`<test name>.<name>.2`), as the runners number
 * snapshots of duplicate test names; unnamed ones keep counting across such tests.
 *
 * There is no hash unless the stem is cut for length (`CUT_LENGTH`): then it ends in `~` and 10
 * hex digits of a SHA-256 of the raw test name, name (or counter) and duplicate number. Names that
 * sanitise alike (`a b` and `a-b`, or that differ only in letter case) can meet on one file; the
 * session turns that into a `GOLDEN_CONFLICT` naming both tests, never a silent share.
 *
 * @example goldenStem('sorts users', 'admins', 1) // 'sorts-users.admins'
 * @example goldenStem('sorts users', undefined, 2) // 'sorts-users.2'
 * @example goldenStem('sorts users', 'admins', 1, 2) // 'sorts-users.admins.2'
 * @internal
 */
export function goldenStem(
  testName: string | undefined,
  name: string | undefined,
  index: number,
  occurrence = 1,
): string {
  const duplicate = name !== undefined && occurrence > 1 ? `.${occurrence}` : ''
  const suffix = (name === undefined ? String(index) : sanitizeSegment(name)) + duplicate
  const inTest = testName !== undefined && testName !== ''
  const stem = inTest ? `${sanitizeSegment(testName)}.${suffix}` : suffix
  if (stem.length < CUT_LENGTH) return stem
  // The hash covers the raw input with unambiguous separators (as in version 0.1), so distinct
  // inputs differ and a name 0.1 cut keeps its file.
  const counter = name === undefined ? `#${index}` : `=${name}`
  const identity = `${testName ?? ''}\u0000${counter}${duplicate === '' ? '' : `\u0000${occurrence}`}`
  return `${stem.slice(0, CUT_LENGTH)}${HASH_MARK}${shortHash(identity)}`
}
