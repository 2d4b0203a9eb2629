import { existsSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'
import { ExpectDeterministicError } from '../errors'
import { nodeIo, writeAtomic, type WriteIo } from './writeAtomic'
import type { UpdateMode } from './resolveUpdateMode'

/** Extension of goldens whose canonical text is JSON, so other tools can read them. @internal */
export const JSON_EXTENSION = '.json'
/** Extension of goldens in the core's notation (Maps, Sets, `undefined`, ...). @internal */
export const TEXT_EXTENSION = '.golden'
/** Suffix of the pending file that holds the received text of a mismatch, for review. @internal */
export const PENDING_SUFFIX = '.new'

const EXTENSIONS = [JSON_EXTENSION, TEXT_EXTENSION] as const
type Extension = (typeof EXTENSIONS)[number]

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(\s|$)/m

/**
 * What happened to one golden:
 * - `matched`: the file holds the received text;
 * - `written`: it was missing and has been written;
 * - `updated`: it differed and has been rewritten (update mode `all`);
 * - `mismatch`: it differs and was left as it is;
 * - `missing`: it does not exist and was not written (update mode `none`).
 * @internal
 */
export type GoldenStatus = 'matched' | 'written' | 'updated' | 'mismatch' | 'missing'

/** The result of `checkGolden`. @internal */
export interface GoldenOutcome {
  readonly status: GoldenStatus
  /** The golden file compared or written (an existing file keeps its extension). */
  readonly path: string
  /** The stored canonical text, when a golden existed. */
  readonly golden: string | undefined
  /** The pending `.new` file written for review, if any. */
  readonly pendingPath: string | undefined
}

/** The inputs of `checkGolden`. @internal */
export interface GoldenCheck {
  /** Path without extension, from `resolveGoldenLocation`. */
  readonly base: string
  /** The canonical text of the received value (`stableStringify`), without trailing newline. */
  readonly received: string
  readonly mode: UpdateMode
  /** Whether a mismatch (or a missing golden in `none` mode) writes a pending `.new` file. */
  readonly pending: boolean
  /** Project root: error messages name files relative to it. */
  readonly root: string
}

/**
 * `.json` when the canonical text is JSON (plain data), `.golden` otherwise.
 * @example goldenExtension('{\n  "a": 1\n}') // '.json'
 * @internal
 */
export function goldenExtension(text: string): Extension {
  try {
    JSON.parse(text)
    return JSON_EXTENSION
  } catch {
    return TEXT_EXTENSION
  }
}

/**
 * Compares `received` with the golden at `base` and writes only what the update mode allows:
 * missing goldens in `new` and `all`, differing ones in `all`, pending files when `pending` is set.
 * Every write is atomic. Passing removes stale pending files of this golden.
 *
 * A golden that exists but cannot be read, is not UTF-8, is empty, is not JSON although named
 * `.json`, or holds merge-conflict markers throws `CORRUPT_GOLDEN` and is never overwritten, not
 * even in `all` mode: a human should look at it. Line endings are compared as `\n`, so a
 * checkout that turned them into `\r\n` still matches.
 *
 * @example checkGolden({ base: '/p/__golden__/t.1', received: '{}', mode: 'new', pending: true, root: '/p' })
 * @internal
 */
export function checkGolden(check: GoldenCheck, io: WriteIo = nodeIo): GoldenOutcome {
  const extension = goldenExtension(check.received)
  const target = check.base + extension
  const existing = readGolden(check.base, extension, check.root)
  const file = `${check.received}\n`
  if (existing === undefined) {
    if (check.mode === 'none') {
      return {
        status: 'missing',
        path: target,
        golden: undefined,
        pendingPath: writePending(target, file, check.pending, io),
      }
    }
    writeAtomic(target, file, io)
    removePending(check.base)
    return { status: 'written', path: target, golden: undefined, pendingPath: undefined }
  }
  if (existing.text === check.received) {
    removePending(check.base)
    return { status: 'matched', path: existing.path, golden: existing.text, pendingPath: undefined }
  }
  if (check.mode === 'all') {
    writeAtomic(target, file, io)
    // The value changed kind (JSON <-> notation): the old file would be a stale twin.
    if (existing.path !== target) rmSync(existing.path, { force: true })
    removePending(check.base)
    return { status: 'updated', path: target, golden: existing.text, pendingPath: undefined }
  }
  return {
    status: 'mismatch',
    path: existing.path,
    golden: existing.text,
    // Named after the file `-u` would write, so accepting a pending file is a rename.
    pendingPath: writePending(target, file, check.pending, io),
  }
}

/**
 * Reads the golden at `base` (`.json` or `.golden`, `preferred` first), normalised to `\n` line
 * endings and without its final newline; `undefined` when neither exists. Throws
 * `CORRUPT_GOLDEN` for a file that exists but cannot be trusted.
 * @internal
 */
export function readGolden(
  base: string,
  preferred: Extension,
  root: string,
): { path: string; text: string } | undefined {
  const order =
    preferred === JSON_EXTENSION ? EXTENSIONS : ([TEXT_EXTENSION, JSON_EXTENSION] as const)
  for (const extension of order) {
    const path = base + extension
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw corrupt(
        path,
        root,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        error,
      )
    }
    return { path, text: decodeGolden(path, extension, bytes, root) }
  }
  return undefined
}

function decodeGolden(path: string, extension: Extension, bytes: Buffer, root: string): string {
  let raw: string
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw corrupt(path, root, 'is not valid UTF-8', error)
  }
  const text = raw.replace(/\r\n/g, '\n').replace(/\n$/, '')
  if (text.trim() === '') throw corrupt(path, root, 'is empty')
  if (CONFLICT_MARKER.test(text)) throw corrupt(path, root, 'contains merge-conflict markers')
  if (extension === JSON_EXTENSION) {
    try {
      JSON.parse(text)
    } catch (error) {
      throw corrupt(path, root, `is not valid JSON (${(error as Error).message})`, error)
    }
  }
  return text
}

function writePending(
  golden: string,
  file: string,
  enabled: boolean,
  io: WriteIo,
): string | undefined {
  if (!enabled) return undefined
  const path = golden + PENDING_SUFFIX
  writeAtomic(path, file, io)
  return path
}

/** Removes pending files of this golden under either extension; a no-op when there are none. */
function removePending(base: string): void {
  for (const extension of EXTENSIONS) {
    const path = base + extension + PENDING_SUFFIX
    if (existsSync(path)) rmSync(path, { force: true })
  }
}

function corrupt(
  path: string,
  root: string,
  problem: string,
  cause?: unknown,
): ExpectDeterministicError {
  return new ExpectDeterministicError(
    'CORRUPT_GOLDEN',
    `The golden file ${displayPath(path, root)} ${problem}. It was left untouched: fix or delete it, then run the tests again.`,
    { cause },
  )
}

/**
 * `path` relative to `root` with `/` separators, so messages read the same on every platform;
 * absolute when it lies outside `root`.
 * @internal
 */
export function displayPath(path: string, root: string): string {
  const inside = relative(root, path)
  if (inside === '' || inside.startsWith('..')) return path.split('\\').join('/')
  return inside.split('\\').join('/')
}
